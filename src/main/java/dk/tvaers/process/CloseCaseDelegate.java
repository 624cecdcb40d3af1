package dk.tvaers.process;

import static dk.tvaers.process.FamilyInterventionProcess.CASE_NUMBER;
import static dk.tvaers.process.FamilyInterventionProcess.CLOSE_REASON;
import static dk.tvaers.process.FamilyInterventionProcess.END_REASON;
import static dk.tvaers.process.FamilyInterventionProcess.OUTCOME;

import dk.tvaers.family.CaseLifecycle;
import dk.tvaers.family.CloseReason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the case record. The closing service task names its reason as the input parameter closeReason; a completed
 * course records the coordinator's outcome, an early end its reason. The follow-up of the support ends with the case.
 */
@Component("closeCaseDelegate")
class CloseCaseDelegate implements JavaDelegate {

    private final CaseLifecycle lifecycle;
    private final SupportFollowUpProcess followUps;

    CloseCaseDelegate(CaseLifecycle lifecycle, SupportFollowUpProcess followUps) {
        this.lifecycle = lifecycle;
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CloseReason reason = CloseReason.valueOf(CLOSE_REASON.from(execution));
        String outcome =
                switch (reason) {
                    case COMPLETED -> OUTCOME.from(execution);
                    case ENDED_EARLY -> END_REASON.from(execution);
                    case NOT_VISITED -> null;
                };
        lifecycle.close(CASE_NUMBER.from(execution), reason, outcome);
        // the support ends with the case: so does its follow-up (Barnets Lov §95)
        followUps.end(CASE_NUMBER.from(execution));
    }
}
