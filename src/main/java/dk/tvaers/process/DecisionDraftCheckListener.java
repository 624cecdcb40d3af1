package dk.tvaers.process;

import dk.tvaers.family.SupportDecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** user_draft_decision: the draft's four parts are written ({@link DecisionListeners#draftCheck}). */
@Component("decisionDraftCheckListener")
class DecisionDraftCheckListener implements TaskListener {

    private final TaskListener check;

    DecisionDraftCheckListener(SupportDecisionService decisions) {
        this.check = DecisionListeners.draftCheck(decisions::isDrafted);
    }

    @Override
    public void notify(DelegateTask task) {
        check.notify(task);
    }
}
