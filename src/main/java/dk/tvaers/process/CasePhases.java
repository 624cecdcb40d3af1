package dk.tvaers.process;

import dk.tvaers.family.CaseLifecycle;
import dk.tvaers.family.CasePhase;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Called by the models' execution listeners as {@code ${casePhases.enter(caseNumber, 'INTENSIVE')}}. The intensive
 * phase is when the family's support starts: its follow-up (Barnets Lov §95, bpmn/support-follow-up.bpmn) starts with
 * it.
 */
@Component(CasePhases.BEAN)
public class CasePhases {

    static final String BEAN = "casePhases";

    private final CaseLifecycle lifecycle;
    private final SupportFollowUpProcess followUps;
    private final Clock clock;

    public CasePhases(CaseLifecycle lifecycle, SupportFollowUpProcess followUps, Clock clock) {
        this.lifecycle = lifecycle;
        this.followUps = followUps;
        this.clock = clock;
    }

    public void enter(String caseNumber, String phase) {
        CasePhase entered = CasePhase.valueOf(phase);
        lifecycle.enter(caseNumber, entered);
        if (entered == CasePhase.INTENSIVE) {
            followUps.start(caseNumber, LocalDate.now(clock));
        }
    }
}
