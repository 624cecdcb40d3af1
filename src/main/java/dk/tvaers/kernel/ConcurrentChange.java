package dk.tvaers.kernel;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Two users changed the same task or case at the same moment and this one lost: the engine's or JPA's optimistic
 * lock. Nothing of the losing request was stored; a write of Tværs's own API is sent again before it is answered 409.
 */
public final class ConcurrentChange {

    /** The problem type (urn:tvaers:problem:...) of the 409 answer. */
    public static final String TYPE = "concurrent-change";

    /** What the user is told when another user completed or changed the same task first. */
    public static final String DETAIL = "Opgaven er allerede afsluttet eller ændret af en anden";

    /** Whether the failure, or one of its causes, is an optimistic lock that lost. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof OptimisticLockingException
                    || t instanceof OptimisticLockingFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private ConcurrentChange() {}
}
