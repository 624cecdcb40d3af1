package dk.tvaers.family;

/** A case (or a course) named in the request does not exist; names the field that names it. */
public class CaseNotFoundException extends RuntimeException {

    private final String field;

    public CaseNotFoundException(String caseNumber) {
        this("caseNumber", "Sagen " + caseNumber + " findes ikke");
    }

    protected CaseNotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
