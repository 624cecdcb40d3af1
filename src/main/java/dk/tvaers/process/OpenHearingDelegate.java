package dk.tvaers.process;

import dk.tvaers.family.SupportDecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** service_open_hearing: the parties of the day (tvaers.ages.party-rights), heard until the hearing deadline. */
@Component("openHearingDelegate")
class OpenHearingDelegate implements JavaDelegate {

    private final SupportDecisionService decisions;
    private final ProcessDeadlines deadlines;

    OpenHearingDelegate(SupportDecisionService decisions, ProcessDeadlines deadlines) {
        this.decisions = decisions;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupportDecisionProcess.HEARING_PARTIES.set(
                execution,
                decisions.openHearing(SupportDecisionProcess.DECISION_ID.from(execution), deadlines.hearing()));
    }
}
