package dk.tvaers.security;

/** Startup refuses to invent an administrator password: no administrator exists and none is configured. */
public class MissingAdministratorException extends RuntimeException {
    public MissingAdministratorException(String adminId) {
        super("No administrator exists and TVAERS_ADMIN_PASSWORD is not set (administrator id: " + adminId + ")");
    }
}
