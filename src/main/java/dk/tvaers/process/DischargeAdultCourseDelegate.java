package dk.tvaers.process;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.AdultOutcome;
import dk.tvaers.adult.MovementReason;
import dk.tvaers.process.AdultPathwayProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the discharge: the outcome in the method's terms and the professionals' judgement of the movement. */
@Component("dischargeAdultCourseDelegate")
public class DischargeAdultCourseDelegate implements JavaDelegate {

    private final AdultCourseService courses;

    public DischargeAdultCourseDelegate(AdultCourseService courses) {
        this.courses = courses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean movement = Boolean.TRUE.equals(execution.getVariable(Variables.SIGNIFICANT_POSITIVE_MOVEMENT));
        String reason = (String) execution.getVariable(Variables.MOVEMENT_REASON);
        courses.discharge(
                (String) execution.getVariable(Variables.COURSE_NUMBER),
                AdultOutcome.valueOf((String) execution.getVariable(Variables.OUTCOME)),
                movement,
                movement && reason != null && !reason.isBlank() ? MovementReason.valueOf(reason) : null);
    }
}
