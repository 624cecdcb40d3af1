package dk.tvaers.process;

import dk.tvaers.family.ChildVoiceService;
import dk.tvaers.family.SupportDecisionService;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** user_final_decision: every child heard within tvaers.deadlines.conversation-before-decision, then the decision is final with its letter ({@link DecisionListeners#finalDecision}). */
@Component("finalDecisionListener")
class FinalDecisionListener implements TaskListener {

    private final TaskListener check;

    FinalDecisionListener(
            ChildVoiceService voice,
            SupportDecisionService decisions,
            ProcessDeadlines deadlines,
            IdentityService identity,
            Clock clock) {
        this.check = DecisionListeners.finalDecision(
                caseNumber -> voice.childrenWithoutConversation(
                        caseNumber, null, LocalDate.now(clock).minus(deadlines.conversationBeforeDecision())),
                (decisionId, task) -> decisions.decide(
                        decisionId,
                        CompletingUser.of(task, identity, "Afgørelsen kan kun træffes af en indlogget bruger")));
    }

    @Override
    public void notify(DelegateTask task) {
        check.notify(task);
    }
}
