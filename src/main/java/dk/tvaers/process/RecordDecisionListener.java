package dk.tvaers.process;

import static dk.tvaers.process.FamilyInterventionProcess.ADULT_PATH_OFFER;
import static dk.tvaers.process.FamilyInterventionProcess.CASE_NUMBER;
import static dk.tvaers.process.FamilyInterventionProcess.CONSENT_ASSESSMENT;
import static dk.tvaers.process.FamilyInterventionProcess.HANDOVER_AT18;
import static dk.tvaers.process.FamilyInterventionProcess.MEMBER_ID;
import static dk.tvaers.process.FamilyInterventionProcess.RECEIVING_MUNICIPALITY;
import static dk.tvaers.process.FamilyInterventionProcess.SUPPORT_AFTER18;
import static dk.tvaers.process.FamilyInterventionProcess.TRANSFER_SENT_ON;
import static dk.tvaers.process.FamilyInterventionProcess.YOUNG_PERSONS_VIEW;

import dk.tvaers.family.CaseEndings;
import dk.tvaers.family.CaseEndings.Material;
import dk.tvaers.kernel.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps in the case record what a safe ending or a coming of age decides, when its task completes: the transfer to
 * the new municipality with the material sent, the team chief's assessment after withdrawn consent, the decision on
 * support after 18 with the young person's view (a journal note), and a young adult's answer to the offer of
 * Klar/Parat/Start. The municipality, the material and the view then leave the process variables; only the small
 * choices the gateways read stay. Bad input keeps the task open with a message naming the field.
 */
@Component(RecordDecisionListener.BEAN)
class RecordDecisionListener implements TaskListener {

    static final String BEAN = "recordDecisionListener";

    /** The transfer form's checkboxes and the material each stands for. */
    static final Map<Var<Boolean>, Material> MATERIAL = materials();

    private final CaseEndings endings;
    private final LegalBasis legalBasis;
    private final IdentityService identity;

    RecordDecisionListener(CaseEndings endings, LegalBasis legalBasis, IdentityService identity) {
        this.endings = endings;
        this.legalBasis = legalBasis;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            record(task);
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.getMessage() + " (" + e.field() + ")", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadUserRequestException("Formularen er ikke udfyldt korrekt", e);
        }
    }

    private void record(DelegateTask task) {
        String caseNumber = CASE_NUMBER.from(task);
        String user = CompletingUser.of(task, identity, "Opgaven skal afsluttes af en bruger, der er logget ind");
        switch (task.getTaskDefinitionKey()) {
            case FamilyInterventionProcess.USER_TRANSFER_CASE -> transfer(task, caseNumber, user);
            case FamilyInterventionProcess.USER_ASSESS_SUPPORT_WITHOUT_CONSENT ->
                endings.recordConsentAssessment(
                        caseNumber,
                        CaseEndings.ConsentAssessment.valueOf(CONSENT_ASSESSMENT.from(task)),
                        legalBasis.getSupportWithoutConsent(),
                        user);
            case FamilyInterventionProcess.USER_DECIDE_HANDOVER_AT_18 -> {
                Object view = YOUNG_PERSONS_VIEW.raw(task);
                // whatever happens next, the view does not stay in the process (nor in history: SensitiveHistoryPlugin)
                task.getExecution().removeVariable(YOUNG_PERSONS_VIEW.name());
                endings.recordMajorityDecision(
                        caseNumber,
                        MEMBER_ID.from(task),
                        CaseEndings.SupportAfter18.valueOf(SUPPORT_AFTER18.from(task)),
                        HANDOVER_AT18.from(task),
                        view == null ? null : view.toString(),
                        legalBasis.getSupportAfter18(),
                        user);
            }
            case FamilyInterventionProcess.USER_OFFER_ADULT_PATH ->
                endings.recordAdultPathOffer(
                        caseNumber,
                        MEMBER_ID.from(task),
                        CaseEndings.AdultPathAnswer.valueOf(ADULT_PATH_OFFER.from(task)),
                        user);
            default -> throw new IllegalStateException("No record for task " + task.getTaskDefinitionKey());
        }
    }

    private void transfer(DelegateTask task, String caseNumber, String user) {
        Object municipality = RECEIVING_MUNICIPALITY.raw(task);
        LocalDate sentOn = FormDay.of(TRANSFER_SENT_ON.raw(task), TRANSFER_SENT_ON.name());
        List<Material> material = new ArrayList<>();
        MATERIAL.forEach((field, item) -> {
            if (Boolean.TRUE.equals(field.raw(task))) {
                material.add(item);
            }
        });
        // the case record keeps them; the process does not
        task.getExecution().removeVariable(RECEIVING_MUNICIPALITY.name());
        task.getExecution().removeVariable(TRANSFER_SENT_ON.name());
        MATERIAL.keySet().forEach(field -> task.getExecution().removeVariable(field.name()));
        endings.recordTransfer(
                caseNumber, municipality == null ? null : municipality.toString(), material, sentOn, user);
    }

    private static Map<Var<Boolean>, Material> materials() {
        Map<Var<Boolean>, Material> materials = new LinkedHashMap<>();
        materials.put(FamilyInterventionProcess.MATERIAL_SUMMARY, Material.SUMMARY);
        materials.put(FamilyInterventionProcess.MATERIAL_INVESTIGATIONS, Material.INVESTIGATIONS);
        materials.put(FamilyInterventionProcess.MATERIAL_PLAN, Material.PLAN);
        materials.put(FamilyInterventionProcess.MATERIAL_DECISIONS, Material.DECISIONS);
        materials.put(FamilyInterventionProcess.MATERIAL_JOURNAL, Material.JOURNAL);
        return java.util.Collections.unmodifiableMap(materials);
    }
}
