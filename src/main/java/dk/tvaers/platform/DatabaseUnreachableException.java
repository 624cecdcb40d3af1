package dk.tvaers.platform;

/** The configured database did not answer at startup. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    public DatabaseUnreachableException(String url, String reason, Throwable cause) {
        super("Database " + url + " cannot be reached: " + reason, cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
