package dk.tvaers.benchmark;

import static dk.tvaers.process.FamilyInterventionIds.Elements.*;
import static dk.tvaers.process.FamilyInterventionIds.Variables.*;

import dk.tvaers.benchmark.BenchmarkResults.Figure;
import dk.tvaers.family.MemberRole;
import dk.tvaers.family.NewMember;
import dk.tvaers.family.NewReferral;
import dk.tvaers.family.ReferralSource;
import dk.tvaers.kernel.Groups;
import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.referral.IntakeRequest;
import dk.tvaers.referral.IntakeService;
import dk.tvaers.support.PostgresIntegrationTest;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Target 3 of issue 13, engine throughput: {@value #WORKERS} workers each drive complete family courses through the
 * engine's Java API for {@code benchmark.throughput.seconds} (default {@value #DEFAULT_SECONDS}) seconds: the
 * referral, the registration, the child's investigation, visitation, the plan, four administrations' goals and
 * offers, a coordination meeting, a quarterly report, re-screening, phase-out, aftercare, follow-up and closing; the
 * course's timers (meeting cycle, quarterly report, end of the intensive phase, of phase-out and of aftercare) are run
 * by the worker when their turn comes, as the job executor would. 26 engine transactions a course: 1 start, 20 task
 * completions, 5 timer jobs.
 *
 * <p>Side by side in one run, each engine on its own database of the same embedded PostgreSQL server: Tværs's engine
 * (intake through {@link IntakeService} as the coordinator mette, each task completed as the caseworker of its
 * candidate group, so the engine guard, the form check, authorization and the case tables take part; history full),
 * the stock engine ({@link StockEngine}) with the same models and workload (doubles for the case tables, no user),
 * the stock engine with a trivial model of 10 user tasks in a row, and {@code pgbench -N} at the same concurrency
 * against the same server. Unit: engine transactions per second (each start, completion or timer job is one database
 * transaction); the ratio to pgbench divides that by pgbench's transactions per second.
 * {@code mvn -Pbenchmark test -Dtest=EngineThroughputBenchmarkTest}.
 */
@Tag("benchmark")
class EngineThroughputBenchmarkTest extends PostgresIntegrationTest {

    static final int WORKERS = 4;
    static final int DEFAULT_SECONDS = 30;
    static final int SECONDS = Integer.getInteger("benchmark.throughput.seconds", DEFAULT_SECONDS);
    static final int PGBENCH_SECONDS = 15;
    static final String TEN_TASKS = "ten-user-tasks";
    static final String[] DISTRICTS = {
        "Indre By",
        "Østerbro",
        "Nørrebro",
        "Valby",
        "Vanløse",
        "Brønshøj-Husum",
        "Bispebjerg",
        "Amager Øst",
        "Amager Vest",
        "Vesterbro/Kongens Enghave"
    };
    /** The demo caseworker who works a candidate group's tasks. */
    static final Map<String, String> USER_OF_GROUP = Map.of(
            Groups.COORDINATOR, "mette",
            Groups.SOF, "sofie",
            Groups.TEAM_CHIEF, "lars",
            Groups.TEAM_LEAD, "henrik",
            Groups.BUF, "jonas",
            Groups.BIF, "fatima",
            Groups.KFF, "karen");

    static final Map<String, List<String>> GROUPS_OF_USER = Map.of(
            "mette", List.of(Groups.SOF, Groups.COORDINATOR),
            "sofie", List.of(Groups.SOF),
            "lars", List.of(Groups.SOF, Groups.TEAM_CHIEF),
            "henrik", List.of(Groups.SOF, Groups.TEAM_LEAD),
            "jonas", List.of(Groups.BUF),
            "fatima", List.of(Groups.BIF),
            "karen", List.of(Groups.KFF));

    @Autowired
    ProcessEngine engine;

    @Autowired
    IntakeService intake;

    /** One engine a worker drives. */
    interface Driver {
        ProcessEngine engine();

        /** Starts a family's course; returns its business key. */
        String refer(int family);

        /** Completes a task as the caseworker of its candidate group. */
        void complete(String user, String taskId, Map<String, Object> variables);
    }

    /** What one engine did in the measured time. */
    record Run(String engine, String workload, long transactions, long completions, double seconds, Timings steps) {
        double perSecond() {
            return transactions / seconds;
        }
    }

    @Test
    void familyCoursesWithFourWorkers() throws Exception {
        Map<String, String> groupOfTask = candidateGroups();
        List<Run> runs = new ArrayList<>();
        runs.add(measure("Tværs", "family courses", () -> course(tvaers(), groupOfTask)));
        String pgbench;
        try (StockEngine stock = StockEngine.start("stock-courses")
                .deploy(Map.of(), "family-intervention.bpmn", "child-investigation.bpmn", "support-decision.bpmn")) {
            runs.add(measure("stock", "family courses", () -> course(stock(stock), groupOfTask)));
            pgbench = stock.jdbcUrl;
        }
        try (StockEngine stock = StockEngine.start("stock-ten-tasks").deploy(Map.of("ten.bpmn", tenTasks()))) {
            runs.add(measure("stock", "10 user tasks in a row", () -> tenTasks(stock.engine)));
        }
        write(runs, pgbench(pgbench));
    }

    /** One unit of a worker's work: how many transactions and completions it took, each step timed. */
    record Course(int transactions, int completions, List<Long> stepNanos) {}

    interface Work {
        Course next() throws Exception;
    }

    private Run measure(String engineName, String workload, Work work) throws Exception {
        work.next(); // warm-up: one course on each engine before the clock starts
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        AtomicInteger transactions = new AtomicInteger();
        AtomicInteger completions = new AtomicInteger();
        List<Long> steps = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(SECONDS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            done.add(workers.submit(() -> {
                while (System.nanoTime() < end) {
                    Course course = work.next();
                    transactions.addAndGet(course.transactions());
                    completions.addAndGet(course.completions());
                    steps.addAll(course.stepNanos());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        workers.shutdown();
        BY_STEP.forEach((k, v) -> System.out.printf("  step %s: %.0f ms in all%n", k, v.sum() / 1e6));
        BY_STEP.clear();
        Run run =
                new Run(engineName, workload, transactions.get(), completions.get(), seconds, Timings.fromNanos(steps));
        System.out.printf(
                "throughput %s / %s: %d transactions (%d completions) in %.1f s = %.1f/s; step median %.1f ms,"
                        + " p95 %.1f ms%n",
                run.engine(),
                run.workload(),
                run.transactions(),
                run.completions(),
                run.seconds(),
                run.perSecond(),
                run.steps().medianMs(),
                run.steps().p95Ms());
        return run;
    }

    private static final AtomicInteger FAMILY = new AtomicInteger();

    /** One family's whole course; the timers run by the worker. */
    private static Course course(Driver driver, Map<String, String> groupOfTask) {
        List<Long> steps = new ArrayList<>();
        long t = System.nanoTime();
        String key = driver.refer(FAMILY.incrementAndGet());
        steps.add(System.nanoTime() - t);
        ProcessEngine e = driver.engine();
        String instance = e.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(key)
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .singleResult()
                .getId();
        Steps s = new Steps(driver, groupOfTask, key, instance, steps);
        s.complete(USER_REGISTER_MEMBERS, Map.of(MEMBERS_REGISTERED, true));
        s.complete(
                ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                Map.of(INVESTIGATION_CONCLUSION, "SUPPORT_NEEDED", INVESTIGATION_FINISHED, true));
        s.complete(
                USER_DECIDE_VISITATION,
                Map.of(VISITATION_DECISION, "VISITED", VISITATION_REASON, "Belastningsgrad høj"));
        s.complete(
                USER_FAMILY_MEETING_PLAN,
                Map.of(
                        PLAN_RECORDED, true,
                        CONSENT_RECORDED, true,
                        PLAN_BUF, true,
                        PLAN_BIF, true,
                        PLAN_KFF, true));
        for (String accept :
                List.of(USER_ACCEPT_GOALS_SOF, USER_ACCEPT_GOALS_BUF, USER_ACCEPT_GOALS_BIF, USER_ACCEPT_GOALS_KFF)) {
            s.complete(accept, Map.of(GOALS_ACCEPTED, true));
        }
        String today = LocalDate.now().toString();
        for (String offer : List.of(USER_OFFER_SOF, USER_OFFER_BUF, USER_OFFER_BIF, USER_OFFER_KFF)) {
            s.complete(offer, Map.of(OFFER_START_DATE, today, OFFER_ESTABLISHED, true));
        }
        s.timer(START_COORDINATION_MEETING);
        s.complete(
                USER_HOLD_COORDINATION_MEETING,
                Map.of(
                        MINUTES_RECORDED, true,
                        MEETING_TASK_SOF, false,
                        MEETING_TASK_BUF, false,
                        MEETING_TASK_BIF, false,
                        MEETING_TASK_KFF, false));
        s.timer(START_QUARTERLY_REPORT);
        s.complete(USER_QUARTERLY_REPORT, Map.of(REPORT_SENT, true));
        // the intensive phase ends on the coordinator's decision after the re-screening; phase-out when ready
        s.timer(TIMER_PROGRESS_REVIEW);
        s.complete(USER_RESCREENING, Map.of(RESCREENING_RECORDED, true));
        s.complete(USER_DECIDE_PROGRESS, Map.of(PROGRESS_DECISION, "PHASE_OUT"));
        s.complete(USER_PLAN_PHASE_OUT, Map.of(PHASE_OUT_PLANNED, true));
        s.complete(USER_END_PHASE_OUT, Map.of(PHASE_OUT_ENDED, true, AFTERCARE_OFFER, "ACCEPTED"));
        s.complete(USER_PLAN_AFTERCARE, Map.of(AFTERCARE_PLANNED, true));
        s.timer(TIMER_AFTERCARE_OVER);
        s.complete(USER_AFTERCARE_FOLLOW_UP, Map.of(FOLLOW_UP_DONE, true));
        s.complete(USER_CLOSE_CASE, Map.of(OUTCOME, "GOALS_MET", HANDOVER_TO, "ORDINARY_SUPPORT"));
        long open = e.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instance)
                .count();
        if (open != 0) {
            throw new IllegalStateException("the course of " + key + " did not close");
        }
        return new Course(1 + s.completions + s.timers, s.completions, steps);
    }

    /** Time in each kind of step, summed over the workers: printed after each engine's run, to see where it goes. */
    static final Map<String, LongAdder> BY_STEP = new ConcurrentHashMap<>();

    /** The steps of one course: find the task (or timer) the way a worker would, then time its transaction. */
    static final class Steps {
        final Driver driver;
        final Map<String, String> groupOfTask;
        final String key;
        final String instance;
        final List<Long> nanos;
        int completions;
        int timers;

        Steps(Driver driver, Map<String, String> groupOfTask, String key, String instance, List<Long> nanos) {
            this.driver = driver;
            this.groupOfTask = groupOfTask;
            this.key = key;
            this.instance = instance;
            this.nanos = nanos;
        }

        void complete(String taskKey, Map<String, Object> variables) {
            Task task = driver.engine()
                    .getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(key)
                    .taskDefinitionKey(taskKey)
                    .singleResult();
            if (task == null) {
                throw new IllegalStateException(key + " has no open " + taskKey);
            }
            String user = USER_OF_GROUP.get(groupOfTask.get(taskKey));
            long t = System.nanoTime();
            driver.complete(user, task.getId(), variables);
            took(taskKey, System.nanoTime() - t);
            completions++;
        }

        private void took(String step, long nanos) {
            this.nanos.add(nanos);
            BY_STEP.computeIfAbsent(step, k -> new LongAdder()).add(nanos);
        }

        void timer(String activityId) {
            Job job = driver.engine()
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(instance)
                    .activityId(activityId)
                    .singleResult();
            if (job == null) {
                throw new IllegalStateException(key + " has no timer " + activityId);
            }
            long t = System.nanoTime();
            driver.engine().getManagementService().executeJob(job.getId());
            took(activityId, System.nanoTime() - t);
            timers++;
        }
    }

    private Driver tvaers() {
        return new Driver() {
            public ProcessEngine engine() {
                return engine;
            }

            public String refer(int family) {
                engine.getIdentityService().setAuthentication("mette", GROUPS_OF_USER.get("mette"));
                try {
                    return intake.refer(
                            new IntakeRequest(
                                    DISTRICTS[family % DISTRICTS.length],
                                    new NewReferral(ReferralSource.SCHOOL, "Fravær", 3, LocalDate.now()),
                                    List.of(
                                            new NewMember(
                                                    "Forælder",
                                                    String.format("020280-1%03d", family % 1_000),
                                                    null,
                                                    MemberRole.PARENT,
                                                    null),
                                            new NewMember(
                                                    "Barn",
                                                    String.format("020214-4%03d", family % 1_000),
                                                    null,
                                                    MemberRole.CHILD,
                                                    null))),
                            "mette");
                } finally {
                    engine.getIdentityService().clearAuthentication();
                }
            }

            public void complete(String user, String taskId, Map<String, Object> variables) {
                EngineCalls.completeAs(engine, user, GROUPS_OF_USER.get(user), taskId, variables);
            }
        };
    }

    private static Driver stock(StockEngine stock) {
        return new Driver() {
            public ProcessEngine engine() {
                return stock.engine;
            }

            public String refer(int family) {
                String key = "TV-STOCK-" + family;
                Map<String, Object> variables = new HashMap<>();
                variables.put(DISTRICT, DISTRICTS[family % DISTRICTS.length]);
                variables.put(REFERRAL_SOURCE, "SCHOOL");
                variables.put(SSP_CATEGORY, "3");
                variables.put(AWARENESS_DATE, LocalDate.now().toString());
                stock.engine
                        .getRuntimeService()
                        .startProcessInstanceByKey(FamilyInterventionProcess.KEY, key, variables);
                return key;
            }

            public void complete(String user, String taskId, Map<String, Object> variables) {
                stock.engine.getTaskService().complete(taskId, variables);
            }
        };
    }

    /** The stock comparison of the issue: a process of ten user tasks in a row, started and completed. */
    static BpmnModelInstance tenTasks() {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(TEN_TASKS)
                .camundaHistoryTimeToLive(1)
                .startEvent();
        for (int i = 1; i <= 10; i++) {
            flow = flow.userTask("task" + i);
        }
        return flow.endEvent().done();
    }

    private static Course tenTasks(ProcessEngine e) {
        List<Long> steps = new ArrayList<>();
        long t = System.nanoTime();
        String instance =
                e.getRuntimeService().startProcessInstanceByKey(TEN_TASKS).getId();
        steps.add(System.nanoTime() - t);
        for (int i = 0; i < 10; i++) {
            Task task = e.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(instance)
                    .singleResult();
            t = System.nanoTime();
            e.getTaskService().complete(task.getId());
            steps.add(System.nanoTime() - t);
        }
        return new Course(11, 10, steps);
    }

    /** Each user task's candidate group, from the models. */
    private static Map<String, String> candidateGroups() {
        Map<String, String> groups = new HashMap<>();
        for (String model : List.of("family-intervention.bpmn", "child-investigation.bpmn")) {
            BpmnModelInstance instance = Bpmn.readModelFromFile(new File("bpmn", model));
            for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
                groups.put(task.getId(), task.getCamundaCandidateGroups());
            }
        }
        return groups;
    }

    /** pgbench's result at the workers' concurrency, or why there is none. */
    record Pgbench(Double tps, String note) {}

    static Pgbench pgbench(String jdbcUrl) {
        String binary = List.of(
                        "/usr/lib/postgresql/17/bin/pgbench", "/usr/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench")
                .stream()
                .filter(p -> new File(p).canExecute())
                .findFirst()
                .orElse(null);
        if (binary == null) {
            return new Pgbench(null, "pgbench is not installed (apt-get install postgresql-client): no ratio");
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        List<String> connection = List.of("-h", uri.getHost(), "-p", Integer.toString(uri.getPort()), "-U", "postgres");
        try {
            run(binary, connection, List.of("-i", "-q", database));
            String out = run(
                    binary,
                    connection,
                    List.of(
                            "-N",
                            "-c",
                            Integer.toString(WORKERS),
                            "-j",
                            "2",
                            "-T",
                            Integer.toString(PGBENCH_SECONDS),
                            database));
            Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)")
                    .matcher(out);
            if (!tps.find()) {
                return new Pgbench(null, "pgbench gave no tps: " + out.strip());
            }
            return new Pgbench(
                    Double.parseDouble(tps.group(1)),
                    String.format(
                            "`%s -N -c %d -j 2 -T %d` (scale 1) against the same server",
                            binary, WORKERS, PGBENCH_SECONDS));
        } catch (IOException | InterruptedException e) {
            return new Pgbench(null, "pgbench failed: " + e.getMessage());
        }
    }

    private static String run(String binary, List<String> connection, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary);
        command.addAll(connection);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + ": " + out.strip());
        }
        return out;
    }

    private static void write(List<Run> runs, Pgbench pgbench) {
        Run tvaers = runs.get(0);
        Run stock = runs.get(1);
        Run trivial = runs.get(2);
        List<Figure> figures = new ArrayList<>();
        Map<Run, String> keys = new LinkedHashMap<>();
        keys.put(tvaers, "tvaers");
        keys.put(stock, "stock-courses");
        keys.put(trivial, "stock-ten-tasks");
        keys.forEach((run, key) -> {
            figures.add(
                    Figure.of("engine-throughput", key + ".transactionsPerSecond", WORKERS, run.perSecond(), "tx/s"));
            figures.add(Figure.of(
                    "engine-throughput",
                    key + ".completionsPerSecond",
                    WORKERS,
                    run.completions() / run.seconds(),
                    "1/s"));
            figures.add(Figure.of(
                    "engine-throughput", key + ".stepP95", WORKERS, run.steps().p95Ms(), "ms"));
        });
        double vsStock = tvaers.perSecond() / stock.perSecond();
        figures.add(Figure.of("engine-throughput", "tvaers/stock-courses", WORKERS, vsStock, "ratio"));
        if (pgbench.tps() != null) {
            figures.add(Figure.of("engine-throughput", "pgbench.tps", WORKERS, pgbench.tps(), "tx/s"));
            figures.add(Figure.of(
                    "engine-throughput", "tvaers/pgbench", WORKERS, tvaers.perSecond() / pgbench.tps(), "ratio"));
        }
        StringBuilder md = new StringBuilder();
        md.append("## Engine throughput (issue 13, target 3)\n\n");
        md.append(String.format(
                "%d workers drive complete family courses through the engine's Java API for %d s per engine (one"
                        + " warm-up course first); each engine on its own database of the same embedded PostgreSQL 17"
                        + " server, one after the other in one run (`mvn -Pbenchmark test"
                        + " -Dtest=EngineThroughputBenchmarkTest`, `-Dbenchmark.throughput.seconds=N`). A course is"
                        + " 26 engine transactions: the referral, 20 task completions and 5 timer jobs. **Unit: engine"
                        + " transactions per second** (start, completion or timer job: one database transaction"
                        + " each).%n%n",
                WORKERS, SECONDS));
        md.append("| engine | workload | transactions | of them completions | s | transactions/s | completions/s |"
                + " step median ms | step p95 ms |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Run r : runs) {
            md.append(String.format(
                    "| %s | %s | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    r.engine(),
                    r.workload(),
                    r.transactions(),
                    r.completions(),
                    r.seconds(),
                    r.perSecond(),
                    r.completions() / r.seconds(),
                    r.steps().medianMs(),
                    r.steps().p95Ms()));
        }
        if (pgbench.tps() != null) {
            md.append(String.format(
                    "| pgbench -N | %d clients | | | %d | %.0f | | | |%n", WORKERS, PGBENCH_SECONDS, pgbench.tps()));
        }
        md.append(String.format("%nTværs ÷ stock, same courses: **%.2f×** (target ≥ 2×). ", vsStock));
        if (pgbench.tps() != null) {
            md.append(String.format(
                    "Tværs ÷ pgbench: **%.3f** engine transactions per pgbench transaction (target ≥ 0.15); stock"
                            + " 10 user tasks ÷ pgbench: %.3f. pgbench: %s.%n",
                    tvaers.perSecond() / pgbench.tps(), trivial.perSecond() / pgbench.tps(), pgbench.note()));
        } else {
            md.append(pgbench.note()).append(".\n");
        }
        md.append("\n*Tværs*: the application's engine (history full, authorization on, the engine guard and form"
                + " check on every completion, the case tables written by its delegates); intake through IntakeService"
                + " as mette, each task completed as the demo caseworker of its candidate group. *Stock*: as in the"
                + " timer storm (the starter's defaults, authorization off), Tværs's models with doubles for the case"
                + " tables, no user.\n");
        BenchmarkResults.write("engine-throughput", figures, md.toString());
    }
}
