package dk.tvaers.kernel;

/** A case cannot be opened or changed as asked; names the field at fault. Messages never hold personal data. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
