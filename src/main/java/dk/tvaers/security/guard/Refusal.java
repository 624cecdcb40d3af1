package dk.tvaers.security.guard;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request the engine guard refuses: an HTTP status, a Danish message and, where one field is at fault, its name.
 * Camunda's REST API answers {@link Forbidden} with 403 and {@link Invalid} with 400; the engine error filter gives
 * {@link Invalid} the status it carries (404, 409).
 */
public interface Refusal {

    int status();

    String field();

    String getMessage();

    /** Each field at fault with its Danish message (empty when the refusal is not about fields). */
    default java.util.List<java.util.Map<String, String>> fields() {
        return field() == null
                ? java.util.List.of()
                : java.util.List.of(java.util.Map.of("field", field(), "message", getMessage()));
    }

    /** Not hers to do: 403. */
    final class Forbidden extends AuthorizationException implements Refusal {
        public Forbidden(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 403;
        }

        @Override
        public String field() {
            return null;
        }
    }

    /** Bad input (400), an unknown task (404) or a task someone else has (409). */
    final class Invalid extends BadUserRequestException implements Refusal {
        private final int status;
        private final String field;
        private final java.util.List<java.util.Map<String, String>> fields;

        public Invalid(int status, String field, String message) {
            this(status, field, message, null);
        }

        /** A form that is not filled in: every field at fault. */
        public Invalid(String message, java.util.List<java.util.Map<String, String>> fields) {
            this(400, fields.get(0).get("field"), message, fields);
        }

        private Invalid(
                int status, String field, String message, java.util.List<java.util.Map<String, String>> fields) {
            super(message);
            this.status = status;
            this.field = field;
            this.fields = fields;
        }

        @Override
        public java.util.List<java.util.Map<String, String>> fields() {
            return fields != null ? fields : Refusal.super.fields();
        }

        public static Invalid field(String field, String message) {
            return new Invalid(400, field, message);
        }

        @Override
        public int status() {
            return status;
        }

        @Override
        public String field() {
            return field;
        }
    }
}
