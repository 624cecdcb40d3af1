package dk.tvaers.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: its assignee, or else the logged-in user completing it. */
final class CompletingUser {

    static String of(DelegateTask task, IdentityService identity, String refusal) {
        String user = task.getAssignee();
        if (user == null) {
            Authentication current = identity.getCurrentAuthentication();
            user = current == null ? null : current.getUserId();
        }
        if (user == null) {
            throw new BadUserRequestException(refusal);
        }
        return user;
    }

    private CompletingUser() {}
}
