package dk.tvaers.process;

import dk.tvaers.family.CaseLifecycle;
import dk.tvaers.family.CloseReason;
import dk.tvaers.process.FamilyInterventionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the case record. The closing service task names its reason as the input parameter closeReason; a completed
 * course records the coordinator's outcome, an early end its reason.
 */
@Component("closeCaseDelegate")
public class CloseCaseDelegate implements JavaDelegate {

    private final CaseLifecycle lifecycle;

    public CloseCaseDelegate(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CloseReason reason = CloseReason.valueOf((String) execution.getVariable(Variables.CLOSE_REASON));
        String outcome =
                switch (reason) {
                    case COMPLETED -> (String) execution.getVariable(Variables.OUTCOME);
                    case ENDED_EARLY -> (String) execution.getVariable(Variables.END_REASON);
                    case NOT_VISITED -> null;
                };
        lifecycle.close((String) execution.getVariable(Variables.CASE_NUMBER), reason, outcome);
    }
}
