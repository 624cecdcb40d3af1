package dk.tvaers.process;

import dk.tvaers.family.UrgentSupportDecisions;
import dk.tvaers.kernel.ApiRefusal;
import dk.tvaers.security.EngineGuard;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
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
    private final ZoneId zone;

    UrgentSupport(
            FamilyInterventionProcess familyIntervention,
            UrgentSupportDecisions decisions,
            LegalBasis legalBasis,
            ProcessDeadlines deadlines,
            ZoneId zone) {
        this.familyIntervention = familyIntervention;
        this.decisions = decisions;
        this.legalBasis = legalBasis;
        this.deadlines = deadlines;
        this.zone = zone;
    }

    /**
     * A decision on urgent support that is already open: decided and waiting for SOF to start it, or (for a request)
     * asked for and waiting for the team chief. 409 with the open decision and task named; nothing changed.
     */
    public static class InProgress extends ApiRefusal {
        InProgress(String detail) {
            super(
                    HttpStatus.CONFLICT,
                    "Akut støtte er allerede under behandling",
                    "urgent-support-in-progress",
                    detail);
        }
    }

    /**
     * Asks the team chief to decide urgent support (the API's request); false when no investigation runs. Refused with
     * {@link InProgress} while an earlier decision is being started by SOF or the team chief's decision is still
     * open: a second request would give a second task. Nothing changes then.
     */
    @Transactional
    public boolean request(String caseNumber) {
        return EngineGuard.trusted(() -> {
            decisions.lockCase(caseNumber);
            if (!familyIntervention.isInvestigating(caseNumber)) {
                return false;
            }
            refuseWhileStarting(caseNumber);
            Optional<FamilyInterventionProcess.OpenTask> asked = familyIntervention.openUrgentSupportTask(
                    caseNumber, FamilyInterventionProcess.USER_DECIDE_URGENT_SUPPORT);
            if (asked.isPresent()) {
                throw new InProgress("Teamchefen er allerede bedt om at beslutte akut støtte i sagen " + caseNumber
                        + ": opgaven »" + asked.get().name() + "« er åben (oprettet "
                        + day(asked.get().created())
                        + dueText(asked.get().due()) + "). Teamchefen træffer afgørelsen på sagens »Akut støtte under"
                        + " undersøgelsen«.");
            }
            return familyIntervention.requestUrgentSupport(caseNumber);
        });
    }

    /**
     * Refuses a new decision while SOF has not yet started the support of an earlier one (its task "Iværksæt akut
     * støtte under undersøgelsen" is open): a second decision would give SOF a second start task. When the earlier
     * support is started (or no support was needed), a new decision may be made.
     */
    private void refuseWhileStarting(String caseNumber) {
        Optional<String> starting = startingDetail(caseNumber);
        if (starting.isPresent()) {
            throw new InProgress(starting.get());
        }
    }

    /**
     * Why no new decision can be made now, in Danish, naming the open decision and SOF's task; empty when none is
     * being started (the screen shows it instead of the form).
     */
    public Optional<String> beingStarted(String caseNumber) {
        return EngineGuard.trusted(() -> startingDetail(caseNumber));
    }

    private Optional<String> startingDetail(String caseNumber) {
        Optional<FamilyInterventionProcess.OpenTask> starting = familyIntervention.openUrgentSupportTask(
                caseNumber, FamilyInterventionProcess.USER_START_URGENT_SUPPORT);
        if (starting.isEmpty()) {
            return Optional.empty();
        }
        List<UrgentSupportDecisions.Decision> made = decisions.decisions(caseNumber);
        String decision;
        if (made.isEmpty()) {
            decision = "Der er truffet afgørelse om akut støtte i sagen " + caseNumber + ", og den";
        } else {
            UrgentSupportDecisions.Decision last = made.get(made.size() - 1);
            decision = "Afgørelsen om akut støtte i sagen " + caseNumber + " (nr. " + last.id() + ": "
                    + last.support().inLetter() + ", truffet "
                    + DAY.format(last.decidedAt().atZoneSameInstant(zone)) + " af " + last.decidedBy() + ")";
        }
        return Optional.of(decision + " er ved at blive iværksat: SOF's opgave »"
                + starting.get().name()
                + "« er åben" + dueText(starting.get().due()) + ". En ny afgørelse kan først træffes, når SOF har"
                + " iværksat støtten.");
    }

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

    private String day(Date date) {
        return DAY.format(date.toInstant().atZone(zone));
    }

    private String dueText(Date due) {
        return due == null ? "" : ", frist " + day(due);
    }

    /**
     * Records the decision and completes the team chief's task; empty when no investigation runs (nothing changes
     * then). A refused decision (missing reasons, too long a text) changes nothing either, nor does one made while SOF
     * has not yet started the support of an earlier decision ({@link InProgress}, 409).
     */
    @Transactional
    public Optional<Long> decide(String caseNumber, UrgentSupportDecisions.NewDecision decision, String teamChief) {
        return EngineGuard.trusted(() -> {
            decisions.lockCase(caseNumber);
            refuseWhileStarting(caseNumber);
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
