package dk.tvaers.process;

import dk.tvaers.family.ChildVoiceService;
import dk.tvaers.kernel.EngineDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * user_follow_up_support (Barnets Lov §95): every child of the case has a conversation (or the reason it was not held)
 * recorded since the follow-up was asked for; then the coordinator's date of the next follow-up (at most
 * tvaers.deadlines.support-follow-up-interval away; empty: that interval) becomes {@code nextFollowUp}. A refusal is
 * Danish, names the field, and leaves the task open.
 */
@Component(SupportFollowUpListener.BEAN)
class SupportFollowUpListener implements TaskListener {

    static final String BEAN = "supportFollowUpListener";

    static final String FOLLOWED_UP_FIELD = "supportFollowedUp";
    static final String NEXT_FIELD = "nextFollowUpDate";

    private final TaskListener check;

    SupportFollowUpListener(ChildVoiceService voice, ProcessDeadlines deadlines, Clock clock) {
        this.check = check(
                (caseNumber, since) -> voice.childrenWithoutConversation(caseNumber, null, since), deadlines, clock);
    }

    @Override
    public void notify(DelegateTask task) {
        check.notify(task);
    }

    /**
     * The check with where it looks up the children without a conversation since a day.
     *
     * @param withoutConversationSince the case number and the first day that counts to the children with none since
     */
    static TaskListener check(
            BiFunction<String, LocalDate, List<Long>> withoutConversationSince,
            ProcessDeadlines deadlines,
            Clock clock) {
        return task -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate since = EngineDates.day(task.getCreateTime());
            List<Long> missing = withoutConversationSince.apply(SupportFollowUpProcess.CASE_NUMBER.from(task), since);
            if (!missing.isEmpty()) {
                throw DecisionListeners.refusal(
                        FOLLOWED_UP_FIELD, DecisionListeners.conversationRefusal(missing.size(), "ved opfølgningen"));
            }
            LocalDate latest = deadlines.latestNextSupportFollowUp(today);
            LocalDate next;
            try {
                next = FormDay.of(SupportFollowUpProcess.NEXT_FOLLOW_UP_DATE.raw(task), NEXT_FIELD);
            } catch (dk.tvaers.kernel.InvalidInputException e) {
                throw DecisionListeners.refusal(NEXT_FIELD, e.getMessage());
            }
            if (next == null) {
                next = latest;
            } else if (!next.isAfter(today) || next.isAfter(latest)) {
                throw DecisionListeners.refusal(
                        NEXT_FIELD,
                        "Den næste opfølgning skal ligge efter i dag og senest "
                                + java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")
                                        .format(latest));
            }
            task.getExecution().removeVariable(NEXT_FIELD);
            SupportFollowUpProcess.NEXT_FOLLOW_UP.set(task.getExecution(), next.toString());
            SupportFollowUpProcess.FIRST_FOLLOW_UP.set(task.getExecution(), false);
        };
    }
}
