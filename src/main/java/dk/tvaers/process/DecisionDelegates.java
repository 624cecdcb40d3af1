package dk.tvaers.process;

import dk.tvaers.family.SupportDecisionService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of bpmn/support-decision.bpmn: each reads the decision's id and calls one step of
 * {@link SupportDecisionService}; the texts and the parties stay in the case tables.
 */
@Configuration(proxyBeanMethods = false)
class DecisionDelegates {

    /** service_open_decision: a new decision in draft, with the configured legal basis label. */
    @Bean("openDecisionDelegate")
    JavaDelegate openDecisionDelegate(SupportDecisionService decisions, LegalBasis legalBasis) {
        return execution -> SupportDecisionProcess.DECISION_ID.set(
                execution,
                decisions.open(SupportDecisionProcess.CASE_NUMBER.from(execution), legalBasis.getSupportDecision()));
    }

    /** service_open_hearing: the parties of the day, heard until the hearing deadline. */
    @Bean("openHearingDelegate")
    JavaDelegate openHearingDelegate(SupportDecisionService decisions, ProcessDeadlines deadlines) {
        return execution -> SupportDecisionProcess.HEARING_PARTIES.set(
                execution,
                decisions.openHearing(SupportDecisionProcess.DECISION_ID.from(execution), deadlines.hearing()));
    }

    /** service_close_hearing: the deadline passed; parties without an answer are recorded as such. */
    @Bean("closeHearingDelegate")
    JavaDelegate closeHearingDelegate(SupportDecisionService decisions) {
        return execution -> decisions.closeHearing(SupportDecisionProcess.DECISION_ID.from(execution));
    }
}
