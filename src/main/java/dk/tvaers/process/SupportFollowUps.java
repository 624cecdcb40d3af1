package dk.tvaers.process;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The family course's hooks into the follow-up of support (Barnets Lov §95, bpmn/support-follow-up.bpmn), called by
 * family-intervention.bpmn's execution listeners:
 *
 * <ul>
 *   <li>{@code ${supportFollowUps.urgentSupportStarted(caseNumber, urgentSupportStartDate)}} on
 *       {@code end_urgent_support_started}: support started while investigating (§32, stk. 4) is support under §95,
 *       stk. 1, so its follow-up starts, the first due 3 months after the day the support started. Had the
 *       investigations already finished by then, the first follow-up is brought forward at once.
 *   <li>{@code ${supportFollowUps.investigationsFinished(caseNumber)}} on {@code flow_to_visitation} (every child
 *       investigation is finished): the first follow-up of support started while investigating is brought forward
 *       (§95, stk. 2).
 * </ul>
 */
@Component(SupportFollowUps.BEAN)
public class SupportFollowUps {

    static final String BEAN = "supportFollowUps";

    private final SupportFollowUpProcess followUps;
    private final FamilyInterventionProcess familyIntervention;
    private final Clock clock;

    public SupportFollowUps(
            SupportFollowUpProcess followUps, FamilyInterventionProcess familyIntervention, Clock clock) {
        this.followUps = followUps;
        this.familyIntervention = familyIntervention;
        this.clock = clock;
    }

    /** Urgent support started on the day the SOF caseworker entered (today when none was). */
    public void urgentSupportStarted(String caseNumber, Object startDate) {
        LocalDate today = LocalDate.now(clock);
        LocalDate started = FormDay.of(startDate, FamilyInterventionProcess.URGENT_SUPPORT_START_DATE.name());
        followUps.start(caseNumber, started == null ? today : started);
        if (!familyIntervention.isInvestigating(caseNumber)) {
            followUps.investigationsFinished(caseNumber, today);
        }
    }

    /** Every child investigation of the case is finished today. */
    public void investigationsFinished(String caseNumber) {
        followUps.investigationsFinished(caseNumber, LocalDate.now(clock));
    }
}
