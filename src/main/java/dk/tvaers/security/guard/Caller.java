package dk.tvaers.security.guard;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** The user a command runs for: her id, her groups, and whether she is an administrator. */
record Caller(String userId, List<String> groups, boolean admin) {

    /** The authenticated user of the command, or null when the engine acts by itself (job executor, start-up). */
    static Caller of(CommandContext context) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return null;
        }
        List<String> groups =
                authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds());
        boolean admin = context.getAuthorizationManager().isCamundaAdmin(authentication);
        return new Caller(authentication.getUserId(), groups, admin);
    }

    boolean inAny(List<String> roles) {
        return admin || groups.stream().anyMatch(roles::contains);
    }
}
