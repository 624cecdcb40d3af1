package dk.tvaers.process;

import java.util.List;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The child's voice, required by the engine: the child investigation cannot be finished without a conversation with
 * the child (or the recorded reason it was not held), and the child's own wishes from the family meeting's form go
 * into the case tables, never into a process variable or history ({@link SensitiveHistoryPlugin}).
 */
class ChildVoiceListeners {

    /** The form field the investigation's refusal names. */
    static final String INVESTIGATION_FIELD = "investigationFinished";

    static final String INVESTIGATION_REFUSAL = "Der er ikke registreret en samtale med barnet (Barnets Lov §22)."
            + " Registrér samtalen i sagen under 'Samtaler med børn', eller begrundelsen for, at den ikke blev holdt,"
            + " før du afslutter undersøgelsen";

    /** The family meeting form's field with the child's own wishes: personal data, moved into the case. */
    static final String CHILD_WISHES = "childWishes";

    /**
     * user_child_investigation: a conversation with this child ({@code childId}) is recorded.
     *
     * @param withoutConversation the case number and child id to the children among them with no conversation
     */
    static TaskListener investigationCheck(BiFunction<String, Long, List<Long>> withoutConversation) {
        return task -> {
            Long child = ChildInvestigationProcess.CHILD_ID.from(task);
            if (!withoutConversation
                    .apply(FamilyInterventionProcess.CASE_NUMBER.from(task), child)
                    .isEmpty()) {
                throw DecisionListeners.refusal(INVESTIGATION_FIELD, INVESTIGATION_REFUSAL);
            }
        };
    }

    /** user_family_meeting_plan: the child's wishes leave the process for the case tables in the same transaction. */
    static TaskListener planWishes(WishesStore store) {
        return task -> {
            Object wishes = task.getVariable(CHILD_WISHES);
            task.removeVariable(CHILD_WISHES);
            if (wishes instanceof String text) {
                store.record(FamilyInterventionProcess.CASE_NUMBER.from(task), text, task);
            }
        };
    }

    /** Where the wishes go. */
    interface WishesStore {
        void record(String caseNumber, String wishes, DelegateTask task);
    }
}
