package dk.tvaers.kernel;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled work on one node at a time (issue 16). Every node runs Spring's scheduler, so a nightly job fires on
 * each; {@link #runAlone} lets only the node that takes the job's row in {@code scheduled_lock} run it, the others
 * skip that firing. The row is held until the work ends, but at least {@code atLeast} (longer than the clocks of the
 * nodes differ, so that a node whose clock is a little late does not run the same firing again) and at most
 * {@code atMost} (a node that dies while running frees the job after that). The way ShedLock's JDBC provider works,
 * in a few lines and the project's own table. Times are the nodes' clocks (the kernel's {@link Clock}; NTP keeps the
 * nodes' system clocks together).
 */
@Component
public class ScheduledLocks {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledLocks.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String node;
    private final Clock clock;

    @Autowired
    public ScheduledLocks(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this(dataSource, transactions, clock, defaultNodeName());
    }

    /** With a given node name: tests run two nodes in one JVM. */
    public ScheduledLocks(DataSource dataSource, PlatformTransactionManager transactions, Clock clock, String node) {
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.node = node;
    }

    /** What a firing did: ran here, or skipped because another node holds the job. */
    public enum Outcome {
        RAN,
        SKIPPED
    }

    /** Runs the work if no other node runs (or just ran) the job {@code name}; otherwise skips it. */
    public Outcome runAlone(String name, Duration atLeast, Duration atMost, Runnable work) {
        return callAlone(name, atLeast, atMost, () -> {
                    work.run();
                    return Outcome.RAN;
                })
                .orElse(Outcome.SKIPPED);
    }

    private <T> java.util.Optional<T> callAlone(String name, Duration atLeast, Duration atMost, Supplier<T> work) {
        Instant start = clock.instant();
        if (!take(name, start, start.plus(atMost))) {
            LOG.info("Scheduled job {} skipped: another node ({}) holds it", name, holder(name));
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(work.get());
        } finally {
            Instant end = clock.instant();
            Instant until = start.plus(atLeast).isAfter(end) ? start.plus(atLeast) : end;
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "UPDATE scheduled_lock SET locked_until = ? WHERE name = ? AND locked_by = ?",
                    Timestamp.from(until),
                    name,
                    node));
        }
    }

    private boolean take(String name, Instant now, Instant until) {
        Boolean taken = ownTransaction.execute(status -> jdbc.update(
                        "UPDATE scheduled_lock SET locked_until = ?, locked_at = ?, locked_by = ?"
                                + " WHERE name = ? AND locked_until <= ?",
                        Timestamp.from(until),
                        Timestamp.from(now),
                        node,
                        name,
                        Timestamp.from(now))
                == 1);
        if (Boolean.TRUE.equals(taken)) {
            return true;
        }
        try {
            Boolean inserted = ownTransaction.execute(status -> jdbc.update(
                            "INSERT INTO scheduled_lock (name, locked_until, locked_at, locked_by) VALUES (?, ?, ?, ?)",
                            name,
                            Timestamp.from(until),
                            Timestamp.from(now),
                            node)
                    == 1);
            return Boolean.TRUE.equals(inserted);
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    private String holder(String name) {
        return jdbc.queryForList("SELECT locked_by FROM scheduled_lock WHERE name = ?", String.class, name).stream()
                .findFirst()
                .orElse("?");
    }

    /** This node's name in the lock table: host and a random part (two nodes on one host differ). */
    public String node() {
        return node;
    }

    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
