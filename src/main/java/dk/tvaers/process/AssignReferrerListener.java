package dk.tvaers.process;

import dk.tvaers.kernel.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The coordinator who refers a family (from Tasklist's start form or the case API) gets the new case's first task:
 * it is in her "Mine opgaver" at once. Anyone else who starts a referral leaves the task to the coordinators' group.
 */
@Component(AssignReferrerListener.BEAN)
class AssignReferrerListener implements TaskListener {

    static final String BEAN = "assignReferrerListener";

    @Override
    public void notify(DelegateTask task) {
        Authentication referrer =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (referrer != null
                && referrer.getUserId() != null
                && referrer.getGroupIds() != null
                && referrer.getGroupIds().contains(Groups.COORDINATOR)) {
            task.setAssignee(referrer.getUserId());
        }
    }
}
