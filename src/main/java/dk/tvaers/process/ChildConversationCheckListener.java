package dk.tvaers.process;

import dk.tvaers.family.ChildVoiceService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** user_child_investigation: a conversation with this child is recorded ({@link ChildVoiceListeners#investigationCheck}). */
@Component("childConversationCheckListener")
class ChildConversationCheckListener implements TaskListener {

    private final TaskListener check;

    ChildConversationCheckListener(ChildVoiceService voice) {
        this.check = ChildVoiceListeners.investigationCheck(
                (caseNumber, child) -> voice.childrenWithoutConversation(caseNumber, List.of(child), null));
    }

    @Override
    public void notify(DelegateTask task) {
        check.notify(task);
    }
}
