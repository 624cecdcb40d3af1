package dk.tvaers.process;

import dk.tvaers.family.CaseLifecycle;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The coordinator who registers the family becomes the case's coordinator (shown on the board). */
@Component("assignCoordinatorListener")
class AssignCoordinatorListener implements TaskListener {

    private final CaseLifecycle lifecycle;
    private final IdentityService identity;

    AssignCoordinatorListener(CaseLifecycle lifecycle, IdentityService identity) {
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String coordinator =
                CompletingUser.of(task, identity, "Registreringen skal afsluttes af den koordinator, der får sagen");
        lifecycle.assignCoordinator(FamilyInterventionProcess.CASE_NUMBER.from(task), coordinator);
    }
}
