package dk.tvaers.process;

import dk.tvaers.family.ChildVoiceService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** user_family_meeting_plan: the child's wishes leave the process for the case tables ({@link ChildVoiceListeners#planWishes}). */
@Component("planWishesListener")
class PlanWishesListener implements TaskListener {

    private final TaskListener check;

    PlanWishesListener(ChildVoiceService voice, IdentityService identity) {
        this.check = ChildVoiceListeners.planWishes((caseNumber, wishes, task) -> voice.recordPlanWishes(
                caseNumber,
                wishes,
                CompletingUser.of(task, identity, "Planen kan kun registreres af en indlogget bruger")));
    }

    @Override
    public void notify(DelegateTask task) {
        check.notify(task);
    }
}
