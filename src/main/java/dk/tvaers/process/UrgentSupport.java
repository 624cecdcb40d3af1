package dk.tvaers.process;

import dk.tvaers.family.UrgentSupportDecisions;
import dk.tvaers.security.EngineGuard;
import java.time.Period;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team chief decides support while the child investigation runs (Barnets Lov §32, stk. 4) in writing, in one
 * transaction: the decision task is opened when nobody has asked yet, the written decision and its Danish letter are
 * recorded in the case ({@link UrgentSupportDecisions}), and the task is completed with the support, so SOF gets
 * "Iværksæt akut støtte under undersøgelsen". The caller has checked the team chief's role and need-to-know.
 */
@Service(UrgentSupport.BEAN)
public class UrgentSupport {

    /**
     * Not "urgentSupport": that is the process variable the decision's gateways read, and a bean of the same name
     * would answer those expressions when the variable is missing (the deployment review refuses such a model).
     */
    static final String BEAN = "urgentSupportDecider";

    private final FamilyInterventionProcess familyIntervention;
    private final UrgentSupportDecisions decisions;
    private final LegalBasis legalBasis;
    private final ProcessDeadlines deadlines;

    UrgentSupport(
            FamilyInterventionProcess familyIntervention,
            UrgentSupportDecisions decisions,
            LegalBasis legalBasis,
            ProcessDeadlines deadlines) {
        this.familyIntervention = familyIntervention;
        this.decisions = decisions;
        this.legalBasis = legalBasis;
        this.deadlines = deadlines;
    }

    /**
     * Records the decision and completes the team chief's task; empty when no investigation runs (nothing changes
     * then). A refused decision (missing reasons, too long a text) changes nothing either.
     */
    @Transactional
    public Optional<Long> decide(String caseNumber, UrgentSupportDecisions.NewDecision decision, String teamChief) {
        return EngineGuard.trusted(() -> {
            Optional<String> task = familyIntervention.urgentSupportDecisionTask(caseNumber);
            if (task.isEmpty()) {
                return Optional.<Long>empty();
            }
            long id = decisions.decide(
                    caseNumber, decision, legalBasis.getSupportDuringInvestigation(), followUp(), teamChief);
            familyIntervention.completeUrgentSupportDecision(
                    task.get(), decision.support().name(), teamChief);
            return Optional.of(id);
        });
    }

    /** Whether urgent support can be decided now: a child investigation runs. */
    public boolean isInvestigating(String caseNumber) {
        return EngineGuard.trusted(() -> familyIntervention.isInvestigating(caseNumber));
    }

    /** The letter's sentence on the follow-up (Barnets Lov §95, stk. 2), with the configured period and label. */
    String followUp() {
        return "Vi følger op på støtten senest " + danish(deadlines.supportFollowUpFirst())
                + " efter, at den er iværksat, eller tidligere, hvis undersøgelsen afsluttes inden da ("
                + legalBasis.getSupportFollowUp().replace(' ', '\u00a0') + ").";
    }

    /** A period as Danish words: "3 måneder", "1 måned", "90 dage". */
    static String danish(Period period) {
        if (period.getYears() == 0 && period.getMonths() > 0 && period.getDays() == 0) {
            return period.getMonths() + (period.getMonths() == 1 ? " måned" : " måneder");
        }
        if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() + " år";
        }
        long days = period.getDays() + period.getMonths() * 30L + period.getYears() * 365L;
        return days + (days == 1 ? " dag" : " dage");
    }
}
