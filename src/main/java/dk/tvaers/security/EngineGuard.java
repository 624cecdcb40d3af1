package dk.tvaers.security;

import java.util.function.Supplier;

/**
 * The door through which Tværs itself acts on the engine on a user's behalf. The engine guard
 * ({@code security.guard}) lets a user do through the engine only what her own work in Tasklist needs; a service of
 * Tværs that has checked its own request (the case API's referral, a course's intake) runs its engine call inside
 * {@link #trusted}: the guard and the engine's authorization checks step aside for that call, while the engine still
 * records the user as the one who acted.
 */
public final class EngineGuard {

    private static final ThreadLocal<Integer> TRUSTED = ThreadLocal.withInitial(() -> 0);

    /** Runs an engine call of Tværs's own, after Tværs has checked the request itself. */
    public static <T> T trusted(Supplier<T> call) {
        TRUSTED.set(TRUSTED.get() + 1);
        try {
            return call.get();
        } finally {
            TRUSTED.set(TRUSTED.get() - 1);
        }
    }

    /** As {@link #trusted(Supplier)}, for a call without a result. */
    public static void trusted(Runnable call) {
        trusted(() -> {
            call.run();
            return null;
        });
    }

    /** Whether the current thread is inside a trusted call. */
    public static boolean isTrusted() {
        return TRUSTED.get() > 0;
    }

    private EngineGuard() {}
}
