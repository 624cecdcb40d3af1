package dk.tvaers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.support.PostgresDatabases;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two nodes on one empty PostgreSQL database (issue 16): started at the same moment, both come up, because
 * {@link ClusterStartupLock} makes them take turns at the schema; and their job executors, running together, fire
 * every timer exactly once. Two plain engines stand for the two nodes: a whole application start takes longer than
 * the default suite may.
 */
class ClusterStartTest {

    private static final String USER = "postgres";

    @Test
    void theStartLockMakesASecondNodeWaitUntilTheFirstIsReady() throws Exception {
        PGSimpleDataSource database = dataSource(PostgresDatabases.newDatabase());
        Connection first = ClusterStartupLock.acquire(database, Duration.ofSeconds(5));
        assertThat(first).as("PostgreSQL: the lock is taken").isNotNull();
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            Future<Connection> waiting =
                    second.submit(() -> ClusterStartupLock.acquire(database, Duration.ofSeconds(20)));
            Thread.sleep(700);
            assertThat(waiting)
                    .as("the second node waits while the first starts")
                    .isNotDone();
            ClusterStartupLock.release(first);
            Connection taken = waiting.get(10, TimeUnit.SECONDS);
            assertThat(taken).isNotNull();
            ClusterStartupLock.release(taken);
        } finally {
            second.shutdownNow();
        }
    }

    @Test
    void aNodeThatWaitsTooLongEndsItsStartWithOneSentence() throws Exception {
        PGSimpleDataSource database = dataSource(PostgresDatabases.newDatabase());
        Connection first = ClusterStartupLock.acquire(database, Duration.ofSeconds(5));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> ClusterStartupLock.acquire(database, Duration.ofMillis(600)))
                    .isInstanceOf(StartupLockTimeoutException.class)
                    .satisfies(e -> assertThat(
                                    new StartupFailureAnalyzer().analyze(e).getAction())
                            .contains("stop any stuck Tværs process"));
        } finally {
            ClusterStartupLock.release(first);
        }
    }

    /** Counts each process instance's timer firing, and which engine fired it. */
    public static final class Firings {
        final Map<String, AtomicInteger> perInstance = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> perEngine = new ConcurrentHashMap<>();

        public void fired(DelegateExecution execution) {
            perInstance
                    .computeIfAbsent(execution.getProcessInstanceId(), id -> new AtomicInteger())
                    .incrementAndGet();
            perEngine
                    .computeIfAbsent(execution.getProcessEngine().getName(), id -> new AtomicInteger())
                    .incrementAndGet();
        }
    }

    @Test
    void twoEnginesStartedTogetherOnAnEmptyDatabaseComeUpAndFireEachTimerOnce() throws Exception {
        String url = PostgresDatabases.newDatabase();
        PGSimpleDataSource database = dataSource(url);
        Firings firings = new Firings();
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<ProcessEngine> engines = new ArrayList<>();
        try {
            List<Future<ProcessEngine>> starting = new ArrayList<>();
            for (String name : List.of("node-a", "node-b")) {
                Callable<ProcessEngine> start = () -> {
                    together.await();
                    Connection lock = ClusterStartupLock.acquire(database, Duration.ofMinutes(2));
                    try {
                        return engine(name, url, firings);
                    } finally {
                        ClusterStartupLock.release(lock);
                    }
                };
                starting.add(nodes.submit(start));
            }
            together.countDown();
            for (Future<ProcessEngine> engine : starting) {
                engines.add(engine.get(3, TimeUnit.MINUTES));
            }
            assertThat(engines).hasSize(2);

            BpmnModelInstance model = Bpmn.createExecutableProcess("timer-once")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .intermediateCatchEvent("wait")
                    .timerWithDuration("PT0S")
                    .serviceTask("fire")
                    .camundaExpression("${firings.fired(execution)}")
                    .endEvent()
                    .done();
            ProcessEngine a = engines.get(0);
            a.getRepositoryService()
                    .createDeployment()
                    .addModelInstance("timer-once.bpmn", model)
                    .deploy();
            int instances = 40;
            Set<String> ids = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < instances; i++) {
                ids.add(a.getRuntimeService()
                        .startProcessInstanceByKey("timer-once")
                        .getId());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (a.getManagementService().createJobQuery().count() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(a.getManagementService().createJobQuery().count())
                    .as("every timer fired")
                    .isZero();
            assertThat(firings.perInstance.keySet()).as("no timer lost").isEqualTo(ids);
            assertThat(firings.perInstance.values())
                    .as("no timer fired twice")
                    .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(a.getRuntimeService().createProcessInstanceQuery().count())
                    .as("every instance ended")
                    .isZero();
        } finally {
            engines.forEach(ProcessEngine::close);
            nodes.shutdownNow();
        }
    }

    private static ProcessEngine engine(String name, String url, Firings firings) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername(USER);
        configuration.setJdbcPassword(USER);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(true);
        configuration.setBeans(Map.of("firings", firings));
        configuration.setMetricsEnabled(false);
        return configuration.buildProcessEngine();
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(url);
        database.setUser(USER);
        database.setPassword(USER);
        return database;
    }
}
