package dk.tvaers.process;

import dk.tvaers.kernel.InvalidInputException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The complete listeners that make the law's steps required by the engine, whatever calls it (Tasklist, REST, Java):
 * each refuses with a Danish reason naming the form field, the task stays open and nothing of the completion is kept.
 */
class DecisionListeners {

    static final String DRAFT_FIELD = "decisionDrafted";
    static final String DRAFT_REFUSAL = "Udkastet er ikke skrevet færdigt. Skriv afgørelsen, begrundelsen,"
            + " lovgrundlaget og klagevejledningen i sagen under 'Afgørelser', før du bekræfter udkastet";

    static final String HEARING_FIELD = "hearingAnswersRegistered";
    static final String HEARING_REFUSAL = "Ikke alle parter har svaret. Registrér svarene i sagen under"
            + " 'Afgørelser', eller vent: ved høringsfristen afsluttes høringen, og manglende svar registreres";

    static final String FINAL_FIELD = "decisionFinal";

    /** The refusal when children have no recent conversation: how many, never who. */
    static String conversationRefusal(int children, String before) {
        return (children == 1 ? "1 barn" : children + " børn") + " i sagen mangler en registreret samtale " + before
                + " (Barnets Lov §5). Registrér samtalen med barnet i sagen under 'Samtaler med børn', eller"
                + " begrundelsen for, at den ikke blev holdt";
    }

    static BadUserRequestException refusal(String field, String message) {
        // the engine wraps what a task listener throws; the REST API answers the cause: 400 naming the field
        return new BadUserRequestException(message + " (" + field + ")", new InvalidInputException(field, message));
    }

    /**
     * A task that records what was written elsewhere (the revised plan, the written decision on urgent support): it
     * cannot be completed unless {@code writtenSince} finds it written in the case since the task was created, or the
     * choice is the one that needs nothing written ({@code needsNothing}). Refused naming the field; the task stays open.
     */
    static void requireWrittenSinceCreated(
            org.camunda.bpm.engine.delegate.DelegateTask task,
            Var<String> choice,
            String needsNothing,
            java.util.function.BiPredicate<String, java.time.Instant> writtenSince,
            String field,
            String message) {
        if (needsNothing.equals(choice.from(task))) {
            return;
        }
        String caseNumber = FamilyInterventionProcess.CASE_NUMBER.from(task);
        if (!writtenSince.test(caseNumber, task.getCreateTime().toInstant())) {
            throw refusal(field, message);
        }
    }

    /** user_draft_decision: the four parts of the draft are written. */
    static TaskListener draftCheck(LongPredicate isDrafted) {
        return task -> {
            if (!isDrafted.test(SupportDecisionProcess.DECISION_ID.from(task))) {
                throw refusal(DRAFT_FIELD, DRAFT_REFUSAL);
            }
        };
    }

    /** user_register_hearing: every party has answered (else the deadline closes the hearing). */
    static TaskListener hearingCheck(LongPredicate allAnswered) {
        return task -> {
            if (!allAnswered.test(SupportDecisionProcess.DECISION_ID.from(task))) {
                throw refusal(HEARING_FIELD, HEARING_REFUSAL);
            }
        };
    }

    /**
     * user_final_decision: every child has a conversation (or the reason it was not held) recorded within the period
     * before the decision; then the decision becomes final with its letter, decided by the completing team chief.
     */
    static TaskListener finalDecision(
            Function<String, List<Long>> childrenWithoutRecentConversation, BiConsumer<Long, DelegateTask> decide) {
        return task -> {
            List<Long> missing = childrenWithoutRecentConversation.apply(SupportDecisionProcess.CASE_NUMBER.from(task));
            if (!missing.isEmpty()) {
                throw refusal(FINAL_FIELD, conversationRefusal(missing.size(), "før afgørelsen"));
            }
            decide.accept(SupportDecisionProcess.DECISION_ID.from(task), task);
        };
    }
}
