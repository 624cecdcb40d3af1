package dk.tvaers.process;

import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Visitation on the basis of the screening (Odense: "på grundlag af screeningen"): the intake screening task and the
 * visitation decision are refused while no member of the family is screened, and the team chief's decision is
 * recorded beside the recommendation, with whether it deviates.
 */
class VisitationListeners {

    /** The intake screening form's field the refusal names. */
    static final String SCREENING_FIELD = "intakeScreened";

    /** The visitation form's field the refusal names. */
    static final String DECISION_FIELD = "visitationDecision";

    static final String NO_SCREENING = "Familien er ikke screenet. Registrér screeningen af familiens medlemmer i sagen"
            + " under 'Screeninger', før visitationen kan besluttes";

    /** Where the decision goes. */
    interface DecisionStore {
        void record(String caseNumber, String decision, org.camunda.bpm.engine.delegate.DelegateTask task);
    }

    /** user_screen_family: a screening is recorded in the case. */
    static TaskListener screeningCheck(Predicate<String> hasIntakeScreening) {
        return task -> {
            if (!hasIntakeScreening.test(FamilyInterventionProcess.CASE_NUMBER.from(task))) {
                throw DecisionListeners.refusal(SCREENING_FIELD, NO_SCREENING);
            }
        };
    }

    /** user_decide_visitation: refused without a screening; the decision is recorded with the recommendation. */
    static TaskListener decision(Predicate<String> hasIntakeScreening, DecisionStore store) {
        return task -> {
            String caseNumber = FamilyInterventionProcess.CASE_NUMBER.from(task);
            if (!hasIntakeScreening.test(caseNumber)) {
                throw DecisionListeners.refusal(DECISION_FIELD, NO_SCREENING);
            }
            store.record(caseNumber, FamilyInterventionProcess.VISITATION_DECISION.from(task), task);
        };
    }
}
