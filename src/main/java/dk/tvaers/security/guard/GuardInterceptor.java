package dk.tvaers.security.guard;

import dk.tvaers.kernel.ConcurrentChange;
import dk.tvaers.security.EngineFailures;
import dk.tvaers.security.EngineGuard;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks the outermost command of each engine call against {@link EngineRules}. Commands the engine runs inside it
 * (a delegate's call, an id block) belong to that call and pass. Without an authenticated user the engine acts by
 * itself (timers, start-up) and nothing is checked; inside {@link EngineGuard#trusted} Tværs acts on the user's
 * behalf after its own checks, and the engine's authorization checks are off for that call.
 */
class GuardInterceptor extends CommandInterceptor {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final EngineRules rules;

    GuardInterceptor(EngineRules rules) {
        this.rules = rules;
    }

    @Override
    public <T> T execute(Command<T> command) {
        int depth = DEPTH.get();
        if (depth > 0) {
            return next.execute(command);
        }
        DEPTH.set(depth + 1);
        try {
            CommandContext context = Context.getCommandContext();
            if (EngineGuard.isTrusted()) {
                return withoutAuthorization(context, command);
            }
            Caller caller = Caller.of(context);
            if (caller == null) {
                return next.execute(command);
            }
            T result;
            try {
                rules.before(command, caller, context);
                result = next.execute(command);
            } catch (RuntimeException e) {
                if (e instanceof Refusal || !rules.isCompletion(command) || !completedMeanwhile(context, command)) {
                    throw e;
                }
                // the guard saw her task a moment ago: another completion took it away in between, and the form
                // check or the engine tripped over what it removed (its variables' execution, its grants): under
                // load this was a NullPointerException in the form check and a 500
                throw new Refusal.Invalid(409, null, ConcurrentChange.DETAIL);
            }
            return rules.after(command, caller, context, result);
        } catch (RuntimeException e) {
            EngineFailures.record(e);
            throw e;
        } finally {
            DEPTH.set(depth);
        }
    }

    /** Whether the task of a failed completion is gone now, seen from a transaction of its own. */
    private static boolean completedMeanwhile(CommandContext context, Command<?> command) {
        String taskId = Fields.read(command, "taskId");
        return context.getProcessEngineConfiguration()
                .getCommandExecutorTxRequiresNew()
                .execute(fresh -> fresh.getTaskManager().findTaskById(taskId) == null);
    }

    private <T> T withoutAuthorization(CommandContext context, Command<T> command) {
        boolean enabled = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return next.execute(command);
        } finally {
            if (enabled) {
                context.enableAuthorizationCheck();
            }
        }
    }
}
