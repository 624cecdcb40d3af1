package dk.tvaers.platform;

import java.time.Duration;

/** Another node held the cluster start lock longer than this node would wait. */
public class StartupLockTimeoutException extends RuntimeException {

    private final Duration waited;

    public StartupLockTimeoutException(Duration waited) {
        super("Another Tværs node held the start lock for more than " + waited);
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
