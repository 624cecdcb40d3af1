package dk.tvaers.process;

import dk.tvaers.family.SupportDecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** service_open_decision: a new decision on support in draft, with the configured legal basis label. */
@Component("openDecisionDelegate")
class OpenDecisionDelegate implements JavaDelegate {

    private final SupportDecisionService decisions;
    private final LegalBasis legalBasis;

    OpenDecisionDelegate(SupportDecisionService decisions, LegalBasis legalBasis) {
        this.decisions = decisions;
        this.legalBasis = legalBasis;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupportDecisionProcess.DECISION_ID.set(
                execution,
                decisions.open(SupportDecisionProcess.CASE_NUMBER.from(execution), legalBasis.getSupportDecision()));
    }
}
