package dk.tvaers.process;

import dk.tvaers.kernel.EngineDates;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The intensive phase's clock, which no longer ends the phase: when the phase starts, its planned end
 * ({@link FamilyInterventionProcess#INTENSIVE_PHASE_ENDS}, {@code tvaers.deadlines.intensive-phase} after the start) is
 * the day the coordinator's decision on the course is due; the re-screening is asked for
 * {@code tvaers.deadlines.progress-review-lead} before it ({@link FamilyInterventionProcess#PROGRESS_REVIEW_START}).
 * When the coordinator extends the phase (the flow "Forlæng" is taken), the planned end moves
 * {@code tvaers.deadlines.intensive-extension} on from the old one, and the next re-screening with it.
 */
@Component(IntensivePhaseListener.BEAN)
class IntensivePhaseListener implements ExecutionListener {

    static final String BEAN = "intensivePhaseListener";

    private final ProcessDeadlines deadlines;

    IntensivePhaseListener(ProcessDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(EngineDates.zone());
        ZonedDateTime ends;
        if (EVENTNAME_TAKE.equals(execution.getEventName())) {
            Date planned = FamilyInterventionProcess.INTENSIVE_PHASE_ENDS.from(execution);
            ZonedDateTime from = planned == null ? now : planned.toInstant().atZone(EngineDates.zone());
            // a decision made after the planned end extends from the day of the decision
            ends = (from.isBefore(now) ? now : from).plus(deadlines.intensiveExtension());
            Integer extensions = FamilyInterventionProcess.INTENSIVE_EXTENSIONS.from(execution);
            FamilyInterventionProcess.INTENSIVE_EXTENSIONS.set(execution, extensions == null ? 1 : extensions + 1);
        } else {
            ends = now.plus(deadlines.intensivePhase());
            FamilyInterventionProcess.INTENSIVE_EXTENSIONS.set(execution, 0);
        }
        ZonedDateTime review = ends.minus(deadlines.progressReviewLead());
        FamilyInterventionProcess.INTENSIVE_PHASE_ENDS.set(execution, Date.from(ends.toInstant()));
        FamilyInterventionProcess.PROGRESS_REVIEW_START.set(
                execution, Date.from((review.isBefore(now) ? now : review).toInstant()));
    }
}
