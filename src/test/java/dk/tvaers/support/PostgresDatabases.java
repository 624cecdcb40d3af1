package dk.tvaers.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (a binary from Maven, no Docker), with a fresh database for each caller.
 */
public final class PostgresDatabases {

    private static EmbeddedPostgres server;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Creates an empty database and returns its JDBC URL (user and password: postgres). */
    public static synchronized String newDatabase() {
        try {
            if (server == null) {
                // the planner costs docker-compose.yml and docs/performance.md give production
                server = EmbeddedPostgres.builder()
                        .setServerConfig("random_page_cost", "1.1")
                        .setServerConfig("effective_cache_size", "4GB")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabases::stop));
            }
            String name = "tvaers_" + COUNTER.incrementAndGet();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
    }

    /**
     * Takes a database made by {@link #newDatabase()} away as an outage would: it refuses new connections and its
     * open ones are ended (the server itself runs on, for the other databases). {@link #allow} brings it back.
     */
    public static synchronized void refuse(String url) {
        String name = name(url);
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /** Lets a database refused by {@link #refuse} take connections again. */
    public static synchronized void allow(String url) {
        admin("ALTER DATABASE " + name(url) + " ALLOW_CONNECTIONS true");
    }

    private static void admin(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    private static String name(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        String name = query < 0 ? path : path.substring(0, query);
        if (!name.matches("tvaers_\\d+")) {
            throw new IllegalArgumentException("Not a test database: " + name);
        }
        return name;
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // the JVM is ending
        }
    }

    private PostgresDatabases() {}
}
