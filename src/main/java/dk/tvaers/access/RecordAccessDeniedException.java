package dk.tvaers.access;

/** The user may not open this record for this purpose. Answered 403 without saying whether anything is in it. */
public class RecordAccessDeniedException extends RuntimeException {

    private final Purpose purpose;

    public RecordAccessDeniedException(Purpose purpose) {
        super("access denied for " + purpose);
        this.purpose = purpose;
    }

    public Purpose purpose() {
        return purpose;
    }
}
