package dk.tvaers.process;

import dk.tvaers.family.SupportDecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** user_register_hearing: every party has answered ({@link DecisionListeners#hearingCheck}). */
@Component("hearingCheckListener")
class HearingCheckListener implements TaskListener {

    private final TaskListener check;

    HearingCheckListener(SupportDecisionService decisions) {
        this.check = DecisionListeners.hearingCheck(decisions::allAnswered);
    }

    @Override
    public void notify(DelegateTask task) {
        check.notify(task);
    }
}
