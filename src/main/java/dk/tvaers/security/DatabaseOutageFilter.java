package dk.tvaers.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.kernel.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away, every path (Tværs's API, the engine's REST API, the webapps and their APIs, the
 * workspace and the board) answers 503 with {@code Retry-After} within the pool's connection timeout: a Danish problem
 * ({@code application/problem+json}) to a program, a Danish page to a browser. It recognises the outage in what a
 * request threw, and in the engine failure behind a server error that Camunda's REST API already answered. Nothing
 * of such a request is stored (its transaction never began or was rolled back), so the client may send it again.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DataSource database;
    private final Duration retryAfter;
    private final String webappPath;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * For this long after an outage was recognised, requests are answered 503 at once instead of each waiting the
     * pool's connection timeout; then requests go to the database again, so recovery shows within this time.
     */
    private static final Duration SHORT_CIRCUIT = Duration.ofSeconds(2);

    private volatile long shortCircuitUntil = System.nanoTime();

    public DatabaseOutageFilter(DataSource database, Duration retryAfter, String webappPath) {
        this.database = database;
        this.retryAfter = retryAfter;
        this.webappPath = webappPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (System.nanoTime() - shortCircuitUntil < 0) {
            answer(request, response);
            return;
        }
        boolean owner = EngineFailures.begin();
        HeldBackResponse held = new HeldBackResponse(response, 500);
        Exception thrown = null;
        RuntimeException recorded;
        try {
            chain.doFilter(request, held);
        } catch (IOException | ServletException | RuntimeException e) {
            thrown = e;
        } finally {
            recorded = EngineFailures.end(owner);
        }
        boolean failed = thrown != null || held.status() >= 500;
        boolean outage =
                failed && (DatabaseOutage.isCause(thrown) || DatabaseOutage.isCause(recorded) || unreachable());
        if (outage && !response.isCommitted()) {
            logger.warn("Database unavailable: answered " + request.getMethod() + " " + request.getRequestURI()
                    + " with 503");
            shortCircuitUntil = System.nanoTime() + SHORT_CIRCUIT.toNanos();
            answer(request, response);
            return;
        }
        if (thrown instanceof IOException io) {
            throw io;
        } else if (thrown instanceof ServletException servlet) {
            throw servlet;
        } else if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        held.release();
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        byte[] body;
        if (browserPage(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            body = DatabaseOutage.html(retryAfter).getBytes(StandardCharsets.UTF_8);
        } else {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", DatabaseOutage.PROBLEM_TYPE);
            problem.put("title", DatabaseOutage.TITLE);
            problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            problem.put("detail", DatabaseOutage.DETAIL);
            // the engine API's own error field, which Tasklist, Cockpit and Admin show
            problem.put("message", DatabaseOutage.DETAIL);
            problem.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
            body = json.writeValueAsBytes(problem);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Whether the database cannot be reached now. A connection the database ended in the middle of a request fails
     * with a plain I/O error, and the rollback after it with "connection is closed": only asking tells an outage from
     * a fault of the code. Asked only after a server error; it waits at most the pool's connection timeout.
     */
    private boolean unreachable() {
        try (Connection connection = database.getConnection()) {
            return !connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    /** Health and metrics ask the database themselves and say DOWN in their own words. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/actuator/");
    }

    /** A browser asking for a page, not a program calling an API (the webapps' own calls accept JSON). */
    private boolean browserPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(ApiAuthenticationConfig.API_PATH + "/")
                || path.startsWith(ApiAuthenticationConfig.ENGINE_REST_PATH + "/")
                || path.startsWith(webappPath + "/api/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
