package dk.tvaers.platform;

/** A BPMN, DMN or form file under bpmn/ or forms/ cannot be read. */
public class InvalidModelException extends RuntimeException {

    private final String file;
    private final String reason;

    public InvalidModelException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
