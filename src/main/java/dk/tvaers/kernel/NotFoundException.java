package dk.tvaers.kernel;

/** A case (or a course) named in the request does not exist; names the field that names it. */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String caseNumber) {
        this("caseNumber", "Sagen " + caseNumber + " findes ikke");
    }

    protected NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
