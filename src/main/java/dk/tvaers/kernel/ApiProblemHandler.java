package dk.tvaers.kernel;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers the errors of Tværs's own API (/api) as RFC 7807 problem details in Danish, with a property {@code field}
 * naming the field at fault (as the request spells it, e.g. {@code members[1].cpr}). Details never repeat the
 * submitted values, so a CPR number never comes back in an error.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "dk.tvaers")
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    static final String BODY = "body";

    private final Duration retryAfter;

    ApiProblemHandler(@Value("${tvaers.outage.retry-after:10s}") Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ugyldig sag", "invalid-case", e.getMessage(), e.field());
    }

    @ExceptionHandler(ApiRefusal.class)
    ProblemDetail refused(ApiRefusal e) {
        return problem(e.status(), e.title(), e.type(), e.getMessage(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Sagen findes ikke", "case-not-found", e.getMessage(), e.field());
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        return problem(HttpStatus.FORBIDDEN, "Ingen adgang", "forbidden", "Du har ikke adgang til at gøre dette", null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        // the database's message may quote the row (a CPR number): never pass it on
        if (dataException(e)) {
            // SQL's data exception (class 22): a value the database cannot store, e.g. a text with a NUL character
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "Ugyldig værdi",
                    "invalid-value",
                    "Et felt indeholder et tegn eller en værdi, som ikke kan gemmes (fx et NUL-tegn)",
                    BODY);
        }
        return problem(
                HttpStatus.CONFLICT,
                "Konflikt",
                "conflict",
                "Ændringen strider mod sagens eksisterende oplysninger; hent sagen og prøv igen",
                null);
    }

    /**
     * The database is away (503 with {@code Retry-After}; a browser gets a Danish page), or another user changed the
     * same case or task at the same moment (409, {@link ConcurrentChange}; the API's retry sends such a write again
     * before it answers). Any other fault of the engine or the database stays a server error.
     */
    @ExceptionHandler({
        DataAccessException.class,
        TransactionException.class,
        ProcessEngineException.class,
        PersistenceException.class
    })
    ResponseEntity<Object> infrastructure(RuntimeException e, HttpServletRequest request) {
        if (DatabaseOutage.isCause(e)) {
            return outage(request, retryAfter);
        }
        if (ConcurrentChange.isCause(e)) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(problem(
                            HttpStatus.CONFLICT, "Konflikt", ConcurrentChange.TYPE, ConcurrentChange.DETAIL, null));
        }
        throw e;
    }

    /** 503 with Retry-After: a Danish problem, or a Danish page for a browser outside the API. */
    static ResponseEntity<Object> outage(HttpServletRequest request, Duration retryAfter) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return answer.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(DatabaseOutage.html(retryAfter));
        }
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                DatabaseOutage.TITLE,
                "database-unavailable",
                DatabaseOutage.DETAIL,
                null);
        return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> Map.of(
                        "field",
                        error.getField(),
                        "message",
                        error.getDefaultMessage() == null ? "Ugyldig værdi" : error.getDefaultMessage()))
                .toList();
        String field = errors.isEmpty() ? BODY : errors.get(0).get("field");
        String detail = errors.isEmpty()
                ? "Anmodningen er ugyldig"
                : errors.stream()
                        .map(m -> m.get("field") + ": " + m.get("message"))
                        .collect(Collectors.joining("; "));
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "Ugyldige oplysninger", "invalid-request", detail, field);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field;
        String detail;
        StreamReadException broken = brokenJson(e.getCause());
        if (broken != null) {
            field = path(broken.getProcessor().getParsingContext());
            detail = "Anmodningen er ikke gyldig JSON";
        } else if (e.getCause() instanceof JsonMappingException mapping) {
            field = path(mapping.getPath());
            detail = mapping instanceof InvalidFormatException format
                            && format.getTargetType() != null
                            && format.getTargetType().isEnum()
                    ? "Ukendt værdi; tilladte værdier: "
                            + Arrays.stream(format.getTargetType().getEnumConstants())
                                    .map(Object::toString)
                                    .collect(Collectors.joining(", "))
                    : "Feltet har en forkert type eller en ugyldig værdi";
        } else {
            field = BODY;
            detail = "Anmodningen mangler eller er ikke gyldig JSON";
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Ugyldig anmodning", "unreadable-request", detail, field));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        "Ugyldig anmodning",
                        "missing-parameter",
                        "Parameteren " + e.getParameterName() + " mangler",
                        e.getParameterName()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // the submitted value is not repeated: it could be a CPR number
        String field =
                e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        String detail = e.getRequiredType() == LocalDate.class
                ? "Datoen skal have formen ÅÅÅÅ-MM-DD"
                : "Parameteren har en forkert type eller en ugyldig værdi";
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        "Ugyldig anmodning",
                        "invalid-parameter",
                        detail,
                        field == null ? BODY : field));
    }

    private static boolean dataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** The JSON syntax error behind a failed read, if that is what it is (databind may wrap it). */
    private static StreamReadException brokenJson(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read && read.getProcessor() != null) {
                return read;
            }
        }
        return null;
    }

    /** The field as the request spells it: {@code referral.sspCategory}, {@code members[0].cpr}. */
    static String path(List<JsonMappingException.Reference> references) {
        List<Object> segments = new ArrayList<>();
        for (JsonMappingException.Reference reference : references) {
            segments.add(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return join(segments);
    }

    /** Where the parser stood when the JSON broke off. */
    static String path(JsonStreamContext context) {
        List<Object> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(0, Math.max(0, c.getCurrentIndex()));
            } else if (c.getCurrentName() != null) {
                segments.add(0, c.getCurrentName());
            }
        }
        return join(segments);
    }

    private static String join(List<Object> segments) {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                if (index >= 0) {
                    path.append('[').append(index).append(']');
                }
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment);
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String type, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:tvaers:problem:" + type));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
