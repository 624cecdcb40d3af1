package dk.tvaers.process;

import dk.tvaers.family.VisitationRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** user_screen_family: refused while no member of the family is screened ({@link VisitationListeners}). */
@Component("intakeScreeningCheckListener")
class IntakeScreeningCheckListener implements TaskListener {

    private final TaskListener check;

    IntakeScreeningCheckListener(VisitationRecords records) {
        this.check = VisitationListeners.screeningCheck(records::hasIntakeScreening);
    }

    @Override
    public void notify(DelegateTask task) {
        check.notify(task);
    }
}
