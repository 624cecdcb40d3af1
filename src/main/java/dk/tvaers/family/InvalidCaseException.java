package dk.tvaers.family;

/** A case cannot be opened or changed as asked; names the field at fault. Messages never hold personal data. */
public class InvalidCaseException extends RuntimeException {

    private final String field;

    public InvalidCaseException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
