package dk.tvaers.process;

import static dk.tvaers.process.AdultPathwayProcess.COURSE_NUMBER;
import static dk.tvaers.process.AdultPathwayProcess.MOVEMENT_REASON;
import static dk.tvaers.process.AdultPathwayProcess.OUTCOME;
import static dk.tvaers.process.AdultPathwayProcess.SIGNIFICANT_POSITIVE_MOVEMENT;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.AdultOutcome;
import dk.tvaers.adult.MovementReason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the discharge: the outcome in the method's terms and the professionals' judgement of the movement. */
@Component("dischargeAdultCourseDelegate")
class DischargeAdultCourseDelegate implements JavaDelegate {

    private final AdultCourseService courses;

    DischargeAdultCourseDelegate(AdultCourseService courses) {
        this.courses = courses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean movement = Boolean.TRUE.equals(SIGNIFICANT_POSITIVE_MOVEMENT.from(execution));
        String reason = MOVEMENT_REASON.from(execution);
        courses.discharge(
                COURSE_NUMBER.from(execution),
                AdultOutcome.valueOf(OUTCOME.from(execution)),
                movement,
                movement && reason != null && !reason.isBlank() ? MovementReason.valueOf(reason) : null);
    }
}
