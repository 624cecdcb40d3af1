package dk.tvaers.security;

/**
 * The failure of the engine call a request made, kept for the request's thread so that {@link EngineErrorFilter}
 * can answer a client's mistake with the right status instead of the 500 Camunda's REST API gives most engine
 * exceptions. Only the outermost failure of a request is kept.
 */
public final class EngineFailures {

    private static final ThreadLocal<Holder> CURRENT = new ThreadLocal<>();

    private static final class Holder {
        private RuntimeException failure;
    }

    /**
     * Starts keeping the request's failure; {@code true} when this caller started it (an outer filter may have), and
     * only that caller ends it.
     */
    static boolean begin() {
        if (CURRENT.get() != null) {
            return false;
        }
        CURRENT.set(new Holder());
        return true;
    }

    /** The request's failure so far; stops keeping it when {@code owner} (the caller that began). */
    static RuntimeException end(boolean owner) {
        Holder holder = CURRENT.get();
        if (owner) {
            CURRENT.remove();
        }
        return holder == null ? null : holder.failure;
    }

    /** Records an engine call's failure for the current request (nothing when no request is being served). */
    public static void record(RuntimeException failure) {
        Holder holder = CURRENT.get();
        if (holder != null) {
            holder.failure = failure;
        }
    }

    private EngineFailures() {}
}
