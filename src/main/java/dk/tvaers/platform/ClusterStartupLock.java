package dk.tvaers.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Serialises the start of Tværs nodes that share one PostgreSQL database: as soon as the data source exists (before
 * Flyway and the engine use it) a node takes a PostgreSQL session advisory lock and holds it until it is ready. Flyway's
 * migrations, Camunda's schema creation ({@code databaseSchemaUpdate}), the engine's bootstrap (history level,
 * administrator, groups, grants, filters) and the deployment of the models therefore run on one node at a time, and
 * two nodes started together on an empty database both come up: the second waits and then finds the schema made,
 * instead of dying with ENGINE-03017 (duplicate key {@code pg_type_typname_nsp_index}). The lock goes with the
 * connection, so a node killed during its start releases it. Waits at most {@code tvaers.cluster.startup-lock-wait}
 * (default 10 minutes), then ends the start with one clear sentence ({@link StartupLockTimeoutException}). On H2 (one
 * node) it does nothing.
 */
public class ClusterStartupLock
        implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, DisposableBean, EnvironmentAware {

    /** The advisory lock's key: "tvaers-start" as a number, the same on every node. */
    static final long KEY = 0x7476_6165_7273_5354L;

    static final String WAIT_PROPERTY = "tvaers.cluster.startup-lock-wait";

    private static final Logger LOG = LoggerFactory.getLogger(ClusterStartupLock.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(15);

    private Duration maximumWait = Duration.ofMinutes(10);
    private Connection held;
    private boolean done;

    @Override
    public void setEnvironment(Environment environment) {
        maximumWait = environment.getProperty(WAIT_PROPERTY, Duration.class, maximumWait);
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !done) {
            done = true;
            held = acquire(dataSource, maximumWait);
        }
        return bean;
    }

    /**
     * Takes the start lock on a connection of the given data source, waiting while another node holds it; the
     * connection is then the lock's, to be given to {@link #release}. Null when the database is not PostgreSQL.
     */
    static Connection acquire(DataSource dataSource, Duration maximumWait) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
                connection.close();
                return null;
            }
            connection.setAutoCommit(true);
            long started = System.nanoTime();
            long lastLog = started;
            while (!tryLock(connection)) {
                long now = System.nanoTime();
                if (now - started > maximumWait.toNanos()) {
                    throw new StartupLockTimeoutException(maximumWait);
                }
                if (now - lastLog > LOG_EVERY.toNanos()) {
                    LOG.info(
                            "Waiting for another Tværs node to finish its start (schema, bootstrap, deployment):"
                                    + " {} s so far",
                            Duration.ofNanos(now - started).toSeconds());
                    lastLog = now;
                }
                Thread.sleep(250);
            }
            long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
            if (waited > 500) {
                LOG.info("Start lock taken after waiting {} ms for another node's start", waited);
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("The cluster start lock could not be taken: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(connection);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the cluster start lock", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Gives the lock back and the connection to its pool. */
    static void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, KEY);
            statement.execute();
        } catch (SQLException e) {
            LOG.warn("The cluster start lock could not be given back; it goes with its connection: {}", e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the pool discards it
        }
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        release(held);
        held = null;
    }

    @Override
    public synchronized void destroy() {
        release(held);
        held = null;
    }
}
