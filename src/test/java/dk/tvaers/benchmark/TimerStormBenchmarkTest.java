package dk.tvaers.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.benchmark.BenchmarkResults.Figure;
import dk.tvaers.kernel.Groups;
import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.ChildInvestigationProcess;
import dk.tvaers.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Target 2 of issue 13, the timer storm: {@value #DEFAULT_TIMERS} timers of the real models fall due at once (child
 * investigations whose awareness date lies six months back, so that the warning and the deadline timer are both
 * due), and the job executor drains them while caseworkers complete tasks. Measured side by side in one run on the
 * same PostgreSQL server, each engine on its own database:
 *
 * <ol>
 *   <li>Tværs's engine (the application's, with its plugins, authorization and the job executor settings of
 *       application.yaml),
 *   <li>a stock engine ({@link StockEngine}: the starter's defaults) with the same models and the same workload,
 *   <li>the stock engine with a trivial model (one user task with a due boundary timer).
 * </ol>
 *
 * Drain rate: due timers ÷ seconds from the job executor's start until no due timer is left. Completions: two
 * clients each complete a child investigation task every {@value #CLIENT_INTERVAL_MS} ms during the storm (as the
 * caseworker sofie with her groups on Tværs, through the engine guard and authorization; without a user on stock).
 * {@code mvn -Pbenchmark test -Dtest=TimerStormBenchmarkTest [-Dbenchmark.timers=2000]}.
 */
@Tag("benchmark")
class TimerStormBenchmarkTest extends PostgresIntegrationTest {

    static final int DEFAULT_TIMERS = 10_000;
    static final int TIMERS = Integer.getInteger("benchmark.timers", DEFAULT_TIMERS);
    static final int CLIENTS = 2;
    static final long CLIENT_INTERVAL_MS = 125;
    static final int WORK_TASKS = 1_000;
    static final String TRIVIAL = "trivial-timer";
    /**
     * Extra runs on Tværs's engine with other job executor settings, to measure one tuning change at a time:
     * {@code -Dbenchmark.storm.variants="stock:core=3,max=10,queue=3,jobs=3;dueDate:dueDate=true"} (keys: core,
     * max, queue, jobs, wait, backoff, dueDate, preferTimers), printed and written only to the console.
     */
    static final List<String> VARIANTS = List.of(
                    System.getProperty("benchmark.storm.variants", "").split(";"))
            .stream()
            .filter(v -> !v.isBlank())
            .toList();
    /** Whether the stock engines run too ({@code -Dbenchmark.storm.stock=false} while tuning). */
    static final boolean STOCK = Boolean.parseBoolean(System.getProperty("benchmark.storm.stock", "true"));

    @Autowired
    ProcessEngine engine;

    /** EXPLAIN (ANALYZE) of the job acquisition query on Tværs's database with the storm's timers due. */
    final Map<String, String> plans = new java.util.LinkedHashMap<>();

    /**
     * The job executor's acquisition query as Camunda 7.24 issues it on PostgreSQL (Job.xml, selectNextJobsToExecute;
     * no deployment awareness, history cleanup enabled), {@code %s} for the ordering.
     */
    static final String ACQUISITION =
            """
            select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
            from ACT_RU_JOB RES
            where (RES.RETRIES_ > 0)
              and (RES.DUEDATE_ is null or RES.DUEDATE_ <= now())
              and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now())
              and RES.SUSPENSION_STATE_ = 1
              and ((RES.EXCLUSIVE_ = true and not exists(
                    select J2.ID_ from ACT_RU_JOB J2
                    where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
                      and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now())))
                or RES.EXCLUSIVE_ = false)
            %s
            LIMIT %d
            """;

    /** The plans of the acquisition query: as configured by default, by due date, and by due date with an index. */
    static Map<String, String> acquisitionPlans(DataSource dataSource) {
        Map<String, String> plans = new java.util.LinkedHashMap<>();
        try (java.sql.Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (java.sql.Statement statement = connection.createStatement()) {
                plans.put("default (no ordering), 3 jobs", explain(statement, String.format(ACQUISITION, "", 3)));
                plans.put(
                        "jobExecutorAcquireByDueDate, 3 jobs, no index",
                        explain(statement, String.format(ACQUISITION, "order by RES.DUEDATE_ asc", 3)));
                // the index the engine plugin creates, inside this transaction only
                statement.execute("CREATE INDEX IF NOT EXISTS benchmark_job_due ON act_ru_job (duedate_)");
                statement.execute("ANALYZE act_ru_job");
                plans.put(
                        "jobExecutorAcquireByDueDate, 3 jobs, index on DUEDATE_",
                        explain(statement, String.format(ACQUISITION, "order by RES.DUEDATE_ asc", 3)));
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (java.sql.SQLException e) {
            plans.put("failed", e.getMessage());
        }
        return plans;
    }

    private static String explain(java.sql.Statement statement, String sql) throws java.sql.SQLException {
        StringBuilder plan = new StringBuilder();
        try (java.sql.ResultSet rows = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    @Autowired
    CamundaBpmProperties camunda;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    /** One engine under the storm: how to start and stop its job executor, and how a client completes a task. */
    interface Target {
        String name();

        ProcessEngine engine();

        TransactionTemplate transactions();

        DataSource dataSource();

        void startJobExecutor();

        void stopJobExecutor();

        void complete(String taskId, Map<String, Object> variables);
    }

    /** What one storm measured. */
    record Storm(String target, String model, int timers, double seconds, Timings completions, long failedJobs) {
        double jobsPerSecond() {
            return timers / seconds;
        }
    }

    @Test
    void tenThousandDueTimers() {
        JobExecutionProperty tuned = camunda.getJobExecution();
        List<Storm> storms = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);

        storms.add(storm(tvaers(tuned), realModel(run)));
        for (String variant : VARIANTS) {
            storms.add(variant(variant, tuned, run));
        }
        if (!STOCK) {
            return;
        }
        try (StockEngine stock = StockEngine.start("stock-timers").deploy(Map.of(), "child-investigation.bpmn")) {
            storms.add(storm(stock(stock), realModel(run)));
        }
        try (StockEngine stock =
                StockEngine.start("stock-trivial-timers").deploy(Map.of("trivial-timer.bpmn", trivialModel()))) {
            storms.add(storm(stock(stock), trivialModel(run)));
        }
        write(storms, tuned);
    }

    /** One variant of Tværs's job executor settings, then the engine's settings restored. */
    private Storm variant(String spec, JobExecutionProperty tuned, String run) {
        String label = spec.substring(0, spec.indexOf(':'));
        JobExecutionProperty p = new JobExecutionProperty();
        p.setCorePoolSize(tuned.getCorePoolSize());
        p.setMaxPoolSize(tuned.getMaxPoolSize());
        p.setQueueCapacity(tuned.getQueueCapacity());
        p.setMaxJobsPerAcquisition(tuned.getMaxJobsPerAcquisition());
        p.setWaitTimeInMillis(tuned.getWaitTimeInMillis());
        p.setBackoffTimeInMillis(tuned.getBackoffTimeInMillis());
        p.setMaxBackoff(tuned.getMaxBackoff());
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        boolean dueDate = configuration.isJobExecutorAcquireByDueDate();
        boolean preferTimers = configuration.isJobExecutorPreferTimerJobs();
        for (String setting : spec.substring(spec.indexOf(':') + 1).split(",")) {
            String[] kv = setting.split("=");
            switch (kv[0].trim()) {
                case "core" -> p.setCorePoolSize(Integer.parseInt(kv[1]));
                case "max" -> p.setMaxPoolSize(Integer.parseInt(kv[1]));
                case "queue" -> p.setQueueCapacity(Integer.parseInt(kv[1]));
                case "jobs" -> p.setMaxJobsPerAcquisition(Integer.parseInt(kv[1]));
                case "wait" -> p.setWaitTimeInMillis(Integer.parseInt(kv[1]));
                case "backoff" -> p.setBackoffTimeInMillis(Integer.parseInt(kv[1]));
                case "dueDate" -> configuration.setJobExecutorAcquireByDueDate(Boolean.parseBoolean(kv[1]));
                case "preferTimers" -> configuration.setJobExecutorPreferTimerJobs(Boolean.parseBoolean(kv[1]));
                default -> throw new IllegalArgumentException("unknown setting " + setting);
            }
        }
        System.out.println("variant " + label + ": " + describe(p) + ", acquire by due date "
                + configuration.isJobExecutorAcquireByDueDate() + ", prefer timers "
                + configuration.isJobExecutorPreferTimerJobs());
        try {
            Storm storm = storm(tvaers(p), realModel(run + label));
            return new Storm(
                    "Tværs " + label,
                    storm.model(),
                    storm.timers(),
                    storm.seconds(),
                    storm.completions(),
                    storm.failedJobs());
        } finally {
            configuration.setJobExecutorAcquireByDueDate(dueDate);
            configuration.setJobExecutorPreferTimerJobs(preferTimers);
        }
    }

    /** Tværs's own engine; the job executor the starter would build from application.yaml's job-execution. */
    private Target tvaers(JobExecutionProperty properties) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return new Target() {
            JobExecutor original;
            SpringJobExecutor executor;
            ThreadPoolTaskExecutor threads;

            public String name() {
                return "Tværs";
            }

            public ProcessEngine engine() {
                return engine;
            }

            public TransactionTemplate transactions() {
                return transactions;
            }

            public DataSource dataSource() {
                return dataSource;
            }

            public void startJobExecutor() {
                original = configuration.getJobExecutor();
                threads = StockEngine.threads(properties, "tvaers-job-");
                executor = StockEngine.jobExecutor(properties, threads);
                executor.registerProcessEngine((org.camunda.bpm.engine.impl.ProcessEngineImpl) engine);
                configuration.setJobExecutor(executor);
                executor.start();
            }

            public void stopJobExecutor() {
                executor.shutdown();
                executor.unregisterProcessEngine((org.camunda.bpm.engine.impl.ProcessEngineImpl) engine);
                configuration.setJobExecutor(original);
                threads.shutdown();
            }

            public void complete(String taskId, Map<String, Object> variables) {
                EngineCalls.completeAs(engine, "sofie", List.of(Groups.SOF), taskId, variables);
            }
        };
    }

    private static Target stock(StockEngine stock) {
        return new Target() {
            public String name() {
                return "stock";
            }

            public ProcessEngine engine() {
                return stock.engine;
            }

            public TransactionTemplate transactions() {
                return stock.transactions;
            }

            public DataSource dataSource() {
                return stock.dataSource;
            }

            public void startJobExecutor() {
                stock.jobExecutor().start();
            }

            public void stopJobExecutor() {
                stock.jobExecutor().shutdown();
            }

            public void complete(String taskId, Map<String, Object> variables) {
                stock.engine.getTaskService().complete(taskId, variables);
            }
        };
    }

    /** The model of a storm: its process, the variables of a due and of a not yet due instance, timers each. */
    record Model(
            String name,
            String processKey,
            int timersPerInstance,
            IntFunction<Map<String, Object>> due,
            IntFunction<Map<String, Object>> notDue,
            String workTask,
            Map<String, Object> completion,
            String businessKeyPrefix) {}

    private static Model realModel(String run) {
        String sixMonthsAgo = LocalDate.now().minusMonths(6).toString();
        String today = LocalDate.now().toString();
        return new Model(
                "child investigation (warning + deadline timer)",
                ChildInvestigationProcess.KEY,
                2,
                i -> Map.of(
                        ChildInvestigationIds.Variables.CASE_NUMBER,
                        "STORM-" + run + "-" + i,
                        ChildInvestigationIds.Variables.AWARENESS_DATE,
                        sixMonthsAgo,
                        ChildInvestigationIds.Variables.CHILD_ID,
                        (long) i),
                i -> Map.of(
                        ChildInvestigationIds.Variables.CASE_NUMBER,
                        "WORK-" + run + "-" + i,
                        ChildInvestigationIds.Variables.AWARENESS_DATE,
                        today,
                        ChildInvestigationIds.Variables.CHILD_ID,
                        (long) i),
                ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                Map.of(
                        ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                        "NO_SUPPORT_NEEDED",
                        ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                        true),
                run);
    }

    private static Model trivialModel(String run) {
        java.util.Date past = new java.util.Date(System.currentTimeMillis() - 3_600_000);
        java.util.Date future = new java.util.Date(System.currentTimeMillis() + 30L * 24 * 3_600_000);
        return new Model(
                "trivial (one user task, one boundary timer)",
                TRIVIAL,
                1,
                i -> Map.of("due", past),
                i -> Map.of("due", future),
                "work",
                Map.of(),
                run);
    }

    static BpmnModelInstance trivialModel() {
        return Bpmn.createExecutableProcess(TRIVIAL)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("work")
                .boundaryEvent("timer")
                .timerWithDate("${due}")
                .endEvent("timed_out")
                .moveToActivity("work")
                .endEvent("done")
                .done();
    }

    private Storm storm(Target target, Model model) {
        int instances = TIMERS / model.timersPerInstance();
        ProcessEngine e = target.engine();
        create(target, model, instances, model.due(), "STORM-");
        create(target, model, WORK_TASKS, model.notDue(), "WORK-");
        new JdbcTemplate(target.dataSource()).execute("ANALYZE");
        var due = e.getManagementService()
                .createJobQuery()
                .processDefinitionKey(model.processKey())
                .timers()
                .executable();
        long timers = due.count();
        if (target.name().equals("Tværs") && plans.isEmpty()) {
            plans.putAll(acquisitionPlans(target.dataSource()));
        }
        assertThat(timers).as("due timers").isGreaterThanOrEqualTo((long) instances * model.timersPerInstance());
        ConcurrentLinkedQueue<String> work = new ConcurrentLinkedQueue<>(e
                .getTaskService()
                .createTaskQuery()
                .processDefinitionKey(model.processKey())
                .taskDefinitionKey(model.workTask())
                .processInstanceBusinessKeyLike("WORK-" + model.businessKeyPrefix() + "-%")
                .list()
                .stream()
                .map(org.camunda.bpm.engine.task.Task::getId)
                .toList());

        List<Long> completions = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean storming = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        target.startJobExecutor();
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (storming.get()) {
                    String task = work.poll();
                    if (task == null) {
                        return null;
                    }
                    long t = System.nanoTime();
                    try {
                        target.complete(task, model.completion());
                        completions.add(System.nanoTime() - t);
                    } catch (RuntimeException failed) {
                        if (errors.getAndIncrement() == 0) {
                            failed.printStackTrace();
                        }
                    }
                    Thread.sleep(CLIENT_INTERVAL_MS);
                }
                return null;
            });
        }
        long deadline = started + TimeUnit.MINUTES.toNanos(10);
        while (due.count() > 0 && System.nanoTime() < deadline) {
            sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        storming.set(false);
        clients.shutdown();
        await(clients);
        target.stopJobExecutor();
        long failed = e.getManagementService()
                .createJobQuery()
                .processDefinitionKey(model.processKey())
                .withException()
                .count();
        assertThat(errors.get()).as("failed completions").isZero();
        Storm storm = new Storm(
                target.name(),
                model.name(),
                (int) timers,
                seconds,
                completions.isEmpty() ? new Timings(0, 0, 0) : Timings.fromNanos(completions),
                failed);
        System.out.printf(
                "timer storm %s / %s: %d timers in %.1f s = %.0f jobs/s; completions median %.0f ms, p95 %.0f ms (%d);"
                        + " failed jobs %d%n",
                storm.target(),
                storm.model(),
                storm.timers(),
                storm.seconds(),
                storm.jobsPerSecond(),
                storm.completions().medianMs(),
                storm.completions().p95Ms(),
                storm.completions().runs(),
                failed);
        return storm;
    }

    /** Starts instances in transactions of 100, two at a time. */
    private static void create(
            Target target, Model model, int count, IntFunction<Map<String, Object>> variables, String prefix) {
        ExecutorService creators = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        int batch = 100;
        for (int from = 0; from < count; from += batch) {
            int first = from;
            done.add(creators.submit(() -> target.transactions().executeWithoutResult(status -> {
                for (int i = first; i < Math.min(first + batch, count); i++) {
                    target.engine()
                            .getRuntimeService()
                            .startProcessInstanceByKey(
                                    model.processKey(),
                                    prefix + model.businessKeyPrefix() + "-" + i,
                                    variables.apply(i));
                }
            })));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (Exception ex) {
                throw new IllegalStateException("creating the storm failed", ex);
            }
        }
        creators.shutdown();
    }

    private void write(List<Storm> storms, JobExecutionProperty tuned) {
        Storm tvaers = storms.get(0);
        Storm stockReal = storms.get(storms.size() - 2);
        Storm stockTrivial = storms.get(storms.size() - 1);
        List<Figure> figures = new ArrayList<>();
        for (Storm s : storms) {
            String key = s == tvaers
                    ? "tvaers"
                    : s == stockReal ? "stock-real" : s == stockTrivial ? "stock-trivial" : s.target();
            figures.add(Figure.of("timer-storm", key + ".jobsPerSecond", s.timers(), s.jobsPerSecond(), "jobs/s"));
            figures.add(Figure.of(
                    "timer-storm",
                    key + ".completionP95",
                    s.timers(),
                    s.completions().p95Ms(),
                    "ms"));
            figures.add(Figure.of(
                    "timer-storm",
                    key + ".completionMedian",
                    s.timers(),
                    s.completions().medianMs(),
                    "ms"));
            figures.add(Figure.of("timer-storm", key + ".failedJobs", s.timers(), s.failedJobs(), "jobs"));
        }
        double vsStock = tvaers.jobsPerSecond() / stockReal.jobsPerSecond();
        double vsTrivial = tvaers.jobsPerSecond() / stockTrivial.jobsPerSecond();
        figures.add(Figure.of("timer-storm", "tvaers/stock-real", tvaers.timers(), vsStock, "ratio"));
        figures.add(Figure.of("timer-storm", "tvaers/stock-trivial", tvaers.timers(), vsTrivial, "ratio"));

        StringBuilder md = new StringBuilder();
        md.append("## Timer storm (issue 13, target 2)\n\n");
        md.append(String.format(
                "%,d due timers drained by the job executor while %d clients complete a task every %d ms each; every"
                        + " engine on its own database of the same embedded PostgreSQL 17 server, one after the"
                        + " other in one run (`mvn -Pbenchmark test -Dtest=TimerStormBenchmarkTest`,"
                        + " `-Dbenchmark.timers=N`).\n\n",
                TIMERS, CLIENTS, CLIENT_INTERVAL_MS));
        md.append("| engine | model | timers | drained in s | jobs/s | completion median ms | completion p95 ms |"
                + " completions | failed jobs |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Storm s : storms) {
            md.append(String.format(
                    "| %s | %s | %,d | %.1f | %.0f | %.0f | %.0f | %d | %d |%n",
                    s.target(),
                    s.model(),
                    s.timers(),
                    s.seconds(),
                    s.jobsPerSecond(),
                    s.completions().medianMs(),
                    s.completions().p95Ms(),
                    s.completions().runs(),
                    s.failedJobs()));
        }
        md.append(String.format(
                "%nTværs ÷ stock, same model: **%.2f×** (target ≥ 2×); Tværs ÷ stock on the trivial model: **%.2f×**"
                        + " (aim > 1×); completion p95 on Tværs during the storm: **%.0f ms** (target ≤ 200 ms).%n%n",
                vsStock, vsTrivial, tvaers.completions().p95Ms()));
        md.append("*Tværs*: the application's engine (authorization on, the engine guard, history full, its plugins)"
                + " with the job executor application.yaml configures: " + describe(tuned) + ". Completions as the"
                + " caseworker sofie (engine guard, form check, authorization).\n\n");
        md.append("*Stock*: a `SpringProcessEngineConfiguration` as the Camunda 7.24 Spring Boot starter builds it with"
                + " nothing configured: " + describe(new JobExecutionProperty()) + "; history full, authorization"
                + " off, strong UUIDs, Hikari pool 10, Tværs's beans replaced by doubles that touch no case table."
                + " Completions without a user.\n");
        if (!plans.isEmpty()) {
            md.append("\nThe job acquisition query on Tværs's database with the storm's timers due, `EXPLAIN (ANALYZE,"
                    + " BUFFERS)` (query text: `TimerStormBenchmarkTest.ACQUISITION`):\n");
            plans.forEach((what, plan) -> md.append("\n")
                    .append(what)
                    .append(":\n\n```\n")
                    .append(plan.strip())
                    .append("\n```\n"));
        }
        BenchmarkResults.write("timer-storm", figures, md.toString());
    }

    static String describe(JobExecutionProperty p) {
        return String.format(
                "core %d / max %d threads, queue %d, %s jobs per acquisition, wait %s ms, lock %s ms, back-off %s ms",
                p.getCorePoolSize(),
                p.getMaxPoolSize(),
                p.getQueueCapacity(),
                p.getMaxJobsPerAcquisition() == null ? "3" : p.getMaxJobsPerAcquisition(),
                p.getWaitTimeInMillis() == null ? "5000" : p.getWaitTimeInMillis(),
                p.getLockTimeInMillis() == null ? "300000" : p.getLockTimeInMillis(),
                p.getBackoffTimeInMillis() == null ? "0" : p.getBackoffTimeInMillis());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
