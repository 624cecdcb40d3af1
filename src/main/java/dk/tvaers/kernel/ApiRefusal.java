package dk.tvaers.kernel;

import org.springframework.http.HttpStatus;

/**
 * A refusal of an API request that is not about a field: the status, a Danish title and detail, and the problem type
 * (urn:tvaers:problem:{type}). The kernel's problem handler answers it as a problem detail, so controllers throw it
 * instead of each keeping their own exception handlers.
 */
public class ApiRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final String type;

    public ApiRefusal(HttpStatus status, String title, String type, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
        this.type = type;
    }

    /** 403 "Ikke tilladt" (not-allowed) with who may do it. */
    public static ApiRefusal notAllowed(String detail) {
        return new ApiRefusal(HttpStatus.FORBIDDEN, "Ikke tilladt", "not-allowed", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String type() {
        return type;
    }
}
