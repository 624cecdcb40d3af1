package dk.tvaers.kernel;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure means that the database is away (stopped, refusing connections, the pool could not get a
 * connection within its timeout), not that the request or the code is wrong. Such a request is answered 503 with
 * {@code Retry-After} and a Danish message: the client may send it again, nothing of it was stored.
 */
public final class DatabaseOutage {

    /** The problem type of the answer to a request made while the database is away. */
    public static final String PROBLEM_TYPE = "urn:tvaers:problem:database-unavailable";

    public static final String TITLE = "Tjenesten er midlertidigt utilgængelig";

    public static final String DETAIL = "Databasen svarer ikke lige nu, og intet er gemt. Prøv igen om lidt.";

    /** Seconds a client should wait before it tries again (Retry-After), unless configured otherwise. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(10);

    /** Whether the failure, or one of its causes, says the database cannot be reached. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof DataAccessResourceFailureException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception), 57P01-57P03 (the server shuts down
     * or cannot take connections now) and 53300 (too many connections). A refused database (PostgreSQL's "not currently
     * accepting connections") reaches here as the pool's {@link SQLTransientConnectionException} after its timeout.
     */
    private static boolean connectionState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03")
                        || state.equals("53300"));
    }

    /** The Danish page a browser gets while the database is away. */
    public static String html(Duration retryAfter) {
        return """
                <!DOCTYPE html>
                <html lang="da">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d"><title>Tværs er midlertidigt utilgængelig</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;\
                color:#1a1a1a;line-height:1.5}h1{font-size:1.5rem}</style></head>
                <body><main><h1>Tværs er midlertidigt utilgængelig</h1>
                <p>Databasen svarer ikke lige nu. Intet af det, du var ved at gøre, er gemt.</p>
                <p>Siden prøver igen af sig selv om %d sekunder. Tværs kommer tilbage af sig selv, når databasen svarer \
                igen.</p></main></body></html>
                """
                .formatted(retryAfter.toSeconds(), retryAfter.toSeconds());
    }

    private DatabaseOutage() {}
}
