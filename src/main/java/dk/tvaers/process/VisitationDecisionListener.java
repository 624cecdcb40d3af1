package dk.tvaers.process;

import dk.tvaers.family.VisitationRecords;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * user_decide_visitation: refused while the family is not screened; the team chief's decision is recorded beside the
 * recommendation ({@link VisitationListeners}).
 */
@Component("visitationDecisionListener")
class VisitationDecisionListener implements TaskListener {

    private final TaskListener check;

    VisitationDecisionListener(VisitationRecords records, IdentityService identity) {
        this.check = VisitationListeners.decision(
                records::hasIntakeScreening,
                (caseNumber, decision, task) -> records.recordDecision(
                        caseNumber,
                        decision,
                        CompletingUser.of(task, identity, "Visitationen kan kun besluttes af en indlogget bruger")));
    }

    @Override
    public void notify(DelegateTask task) {
        check.notify(task);
    }
}
