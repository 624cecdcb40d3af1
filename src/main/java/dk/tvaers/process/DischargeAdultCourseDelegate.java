package dk.tvaers.process;

import static dk.tvaers.process.AdultPathwayProcess.COURSE_NUMBER;
import static dk.tvaers.process.AdultPathwayProcess.MOVEMENT_REASON;
import static dk.tvaers.process.AdultPathwayProcess.OUTCOME;
import static dk.tvaers.process.AdultPathwayProcess.SIGNIFICANT_POSITIVE_MOVEMENT;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.AdultMeasuresService;
import dk.tvaers.adult.AdultOutcome;
import dk.tvaers.adult.MovementReason;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the discharge: the outcome in the method's terms, a drop-out not yet recorded when it happened, and the
 * coordinator's judgement of the movement as her own assessment (the other professionals record theirs on the course).
 */
@Component("dischargeAdultCourseDelegate")
class DischargeAdultCourseDelegate implements JavaDelegate {

    private final AdultCourseService courses;
    private final AdultMeasuresService measures;
    private final IdentityService identity;

    DischargeAdultCourseDelegate(AdultCourseService courses, AdultMeasuresService measures, IdentityService identity) {
        this.courses = courses;
        this.measures = measures;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean movement = Boolean.TRUE.equals(SIGNIFICANT_POSITIVE_MOVEMENT.from(execution));
        String reason = MOVEMENT_REASON.from(execution);
        String courseNumber = COURSE_NUMBER.from(execution);
        AdultOutcome outcome = AdultOutcome.valueOf(OUTCOME.from(execution));
        MovementReason movementReason =
                movement && reason != null && !reason.isBlank() ? MovementReason.valueOf(reason) : null;
        courses.discharge(courseNumber, outcome, movement, movementReason);
        if (outcome == AdultOutcome.DROPPED_OUT) {
            measures.dropOutAtDischarge(courseNumber);
        }
        String coordinator = identity.getCurrentAuthentication() == null
                ? null
                : identity.getCurrentAuthentication().getUserId();
        if (coordinator != null) {
            measures.assessAtDischarge(courseNumber, movement, movementReason, coordinator);
        }
    }
}
