package dk.tvaers.process;

import dk.tvaers.family.SupportDecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** service_close_hearing: the hearing deadline passed; parties without an answer are recorded as such. */
@Component("closeHearingDelegate")
class CloseHearingDelegate implements JavaDelegate {

    private final SupportDecisionService decisions;

    CloseHearingDelegate(SupportDecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.closeHearing(SupportDecisionProcess.DECISION_ID.from(execution));
    }
}
