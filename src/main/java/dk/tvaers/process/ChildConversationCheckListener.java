package dk.tvaers.process;

import dk.tvaers.family.ChildVoiceService;
import dk.tvaers.family.InvestigationPlan;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** user_child_investigation: a conversation with each child the investigation covers is recorded ({@link ChildVoiceListeners#investigationCheck}). */
@Component("childConversationCheckListener")
class ChildConversationCheckListener implements TaskListener {

    private final TaskListener check;

    ChildConversationCheckListener(ChildVoiceService voice, InvestigationPlan plan) {
        // a shared investigation (Barnets Lov §21, stk. 4) runs under its lead child and covers its siblings: each one
        this.check = ChildVoiceListeners.investigationCheck((caseNumber, lead) -> {
            List<Long> covered = new ArrayList<>(List.of(lead));
            plan.covers(caseNumber).forEach((child, itsLead) -> {
                if (itsLead.equals(lead) && !child.equals(lead)) {
                    covered.add(child);
                }
            });
            return voice.childrenWithoutConversation(caseNumber, covered, null);
        });
    }

    @Override
    public void notify(DelegateTask task) {
        check.notify(task);
    }
}
