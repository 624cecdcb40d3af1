package dk.tvaers.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.kernel.ConcurrentChange;
import dk.tvaers.kernel.DatabaseOutage;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.security.guard.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the engine's REST API (both paths: /engine-rest and the webapps' /camunda/api/engine) in Danish and with
 * the right status: a refusal of the engine guard with the status it carries (403, 400 naming the field, 404, 409),
 * a concurrent change 409, a client's mistake that Camunda answers 500 with 400; and no error body names an internal
 * class or engine code. A real server fault stays 500, with a Danish message and no details.
 */
public class EngineErrorFilter extends OncePerRequestFilter {

    /** What no error body may show: Java class names, engine codes, SQL. */
    private static final Pattern INTERNAL = Pattern.compile(
            "([a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\b\\w+(Exception|Error)\\b|ENGINE-\\d+|\\bSQL|\\bjava\\.|\\bat \\w",
            Pattern.CASE_INSENSITIVE);

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean owner = EngineFailures.begin();
        HeldBackResponse capturing = new HeldBackResponse(response, 400);
        RuntimeException failure = null;
        try {
            chain.doFilter(request, capturing);
        } finally {
            failure = EngineFailures.end(owner);
        }
        if (capturing.error() && capturing.status() < 500 && causedBy(failure, ParseException.class)) {
            // a model refused by the deployment review or the parser: Camunda's own body, with each problem at its
            // element (Camunda Modeler shows them), passes as it is
            byte[] body = capturing.body();
            response.setStatus(capturing.status());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } else if (capturing.error()) {
            answer(response, capturing, failure);
        } else if (capturing.status() >= 400) {
            response.setStatus(capturing.status());
        }
    }

    private void answer(HttpServletResponse response, HeldBackResponse captured, RuntimeException failure)
            throws IOException {
        int status = captured.status();
        String message = null;
        String field = null;
        java.util.List<Map<String, String>> fields = java.util.List.of();
        Refusal refusal = refusal(failure);
        if (refusal != null) {
            status = refusal.status();
            message = refusal.getMessage();
            field = refusal.field();
            fields = refusal.fields();
        } else if (status >= 500 && invalidInput(failure) != null) {
            // a listener of Tværs refused the input (the engine wraps what a task listener throws): its Danish reason
            InvalidInputException invalid = invalidInput(failure);
            status = 400;
            message = invalid.getMessage();
            field = invalid.field();
            fields = java.util.List.of(Map.of("field", field, "message", message));
        } else if (status >= 500) {
            if (DatabaseOutage.isCause(failure)) {
                // DatabaseOutageFilter, outside this one, adds Retry-After
                status = 503;
                message = DatabaseOutage.DETAIL;
            } else if (causedBy(failure, OptimisticLockingException.class) || vanishedState(failure)) {
                status = 409;
                message = ConcurrentChange.DETAIL + ". Hent opgaven igen.";
            } else if (failure == null || clientMistake(failure)) {
                status = 400;
            }
        } else {
            message = sanitized(captured.message());
        }
        if (message == null) {
            message = standard(status);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type(status));
        body.put("message", message);
        body.put("code", null);
        if (field != null) {
            body.put("field", field);
            body.put("fields", fields);
        }
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static InvalidInputException invalidInput(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid && invalid.field() != null) {
                return invalid;
            }
        }
        return null;
    }

    private static Refusal refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /**
     * Two completions of one step at once: the slower one finds the execution state the faster one removed (a
     * multi-instance counter, an execution) before the optimistic lock would have told. A conflict, not bad input.
     */
    private static boolean vanishedState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.camunda.bpm.engine.exception.NullValueException
                    && t.getMessage() != null
                    && t.getMessage().contains("could not be found in execution")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An engine failure that the request's content caused (a value of the wrong type, a missing variable the model
     * needs, a value the database cannot take), not the server: no database fault and no programming error below it.
     */
    private static boolean clientMistake(Throwable failure) {
        if (!(failure instanceof ProcessEngineException)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (dataException(t)) {
                return true;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof NullPointerException
                    || t instanceof IllegalStateException
                    || t.getClass().getName().startsWith("org.apache.ibatis")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The database refused a value the request brought: SQL's "data exception" class 22, e.g. a NUL character in a
     * text (PostgreSQL: 22021), a text too long for its column (22001), a number out of range (22003).
     */
    private static boolean dataException(Throwable t) {
        return t instanceof java.sql.SQLDataException
                || t instanceof java.sql.SQLException sql
                        && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("22");
    }

    private String sanitized(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            String message = json.readTree(body).path("message").asText(null);
            return message == null || INTERNAL.matcher(message).find() ? null : message;
        } catch (IOException e) {
            return null;
        }
    }

    private static String standard(int status) {
        return switch (status) {
            case 400 -> "Forespørgslen er ugyldig og blev ikke udført.";
            case 401 -> "Du skal logge ind.";
            case 403 -> "Du har ikke adgang til at gøre dette.";
            case 404 -> "Det findes ikke.";
            case 405 -> "Metoden er ikke tilladt her.";
            case 409 -> "Det blev ændret af en anden på samme tid. Hent det igen og prøv igen.";
            case 415 -> "Indholdstypen understøttes ikke.";
            case 503 -> "Tjenesten er midlertidigt utilgængelig. Prøv igen om lidt.";
            default ->
                status >= 500
                        ? "Der opstod en fejl på serveren. Forespørgslen blev ikke udført."
                        : "Forespørgslen blev ikke udført.";
        };
    }

    private static String type(int status) {
        return switch (status) {
            case 400 -> "InvalidRequestException";
            case 403 -> "AuthorizationException";
            case 404 -> "NotFound";
            case 409 -> "Conflict";
            default -> status >= 500 ? "ServerError" : "RestException";
        };
    }
}
