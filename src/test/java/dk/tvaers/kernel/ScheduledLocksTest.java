package dk.tvaers.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.kernel.ScheduledLocks.Outcome;
import dk.tvaers.support.PostgresDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Scheduled work on one node at a time: two nodes' schedulers firing together on one PostgreSQL database. */
class ScheduledLocksTest {

    private static PGSimpleDataSource database;
    private static ScheduledLocks nodeA;
    private static ScheduledLocks nodeB;

    @BeforeAll
    static void twoNodes() throws Exception {
        database = new PGSimpleDataSource();
        database.setUrl(PostgresDatabases.newDatabase());
        database.setUser("postgres");
        database.setPassword("postgres");
        new JdbcTemplate(database)
                .execute(Files.readString(Path.of("src/main/resources/db/migration/V20__scheduled_lock.sql")));
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
        nodeA = new ScheduledLocks(database, transactions, java.time.Clock.systemUTC(), "node-a");
        nodeB = new ScheduledLocks(database, transactions, java.time.Clock.systemUTC(), "node-b");
    }

    @Test
    void twoSchedulersFiringTogetherRunTheJobOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch together = new CountDownLatch(1);
        CountDownLatch bothTried = new CountDownLatch(2);
        ExecutorService schedulers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> firings = List.of(nodeA, nodeB).stream()
                    .map(node -> schedulers.submit(() -> {
                        together.await();
                        Outcome outcome = node.runAlone("nightly", Duration.ofMinutes(5), Duration.ofHours(1), () -> {
                            runs.incrementAndGet();
                            bothTried.countDown();
                            await(bothTried);
                        });
                        bothTried.countDown();
                        return outcome;
                    }))
                    .toList();
            together.countDown();
            List<Outcome> outcomes = List.of(
                    firings.get(0).get(20, TimeUnit.SECONDS), firings.get(1).get(20, TimeUnit.SECONDS));
            assertThat(outcomes).containsExactlyInAnyOrder(Outcome.RAN, Outcome.SKIPPED);
            assertThat(runs).hasValue(1);
            // the same night's firing on a node whose clock is a little late: still held (at least 5 minutes)
            assertThat(nodeA.runAlone("nightly", Duration.ofMinutes(5), Duration.ofHours(1), runs::incrementAndGet))
                    .isEqualTo(Outcome.SKIPPED);
            assertThat(nodeB.runAlone("nightly", Duration.ofMinutes(5), Duration.ofHours(1), runs::incrementAndGet))
                    .isEqualTo(Outcome.SKIPPED);
            assertThat(runs).hasValue(1);
        } finally {
            schedulers.shutdownNow();
        }
    }

    @Test
    void theNextFiringRunsOnWhicheverNodeComesFirstAndAFailureFreesTheJob() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(nodeA.runAlone("hourly", Duration.ZERO, Duration.ofHours(1), runs::incrementAndGet))
                .isEqualTo(Outcome.RAN);
        assertThat(nodeB.runAlone("hourly", Duration.ZERO, Duration.ofHours(1), runs::incrementAndGet))
                .isEqualTo(Outcome.RAN);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> nodeA.runAlone("hourly", Duration.ZERO, Duration.ofHours(1), () -> {
                            throw new IllegalStateException("failed");
                        }))
                .hasMessage("failed");
        assertThat(nodeB.runAlone("hourly", Duration.ZERO, Duration.ofHours(1), runs::incrementAndGet))
                .isEqualTo(Outcome.RAN);
        assertThat(runs).hasValue(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
