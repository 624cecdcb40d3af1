package dk.tvaers.process;

import dk.tvaers.security.EngineGuard;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The follow-up of support, bpmn/support-follow-up.bpmn (Barnets Lov §95): started by Tværs when the family's support
 * starts (the case enters its intensive phase, {@link CasePhases}, or urgent support starts while investigating,
 * {@link SupportFollowUps}), brought forward when that investigation finishes first, ended when the case closes
 * ({@link CloseCaseDelegate}). The business key is the case number; the process holds only the day the next follow-up is due.
 */
@Component
public class SupportFollowUpProcess {

    public static final String KEY = "support-follow-up";

    /** Ends the follow-up: the case is closed, the support with it. */
    public static final String MESSAGE_SUPPORT_ENDED = "SupportEnded";

    /**
     * The investigation that ran alongside support started while investigating (Barnets Lov §32, stk. 4) finished
     * before the first follow-up: the first follow-up is due earlier (§95, stk. 2).
     */
    public static final String MESSAGE_INVESTIGATIONS_FINISHED = "InvestigationsFinished";

    /** The case number, also the business key. */
    public static final Var<String> CASE_NUMBER = Var.of("caseNumber", String.class);

    /** The day (yyyy-MM-dd) the next follow-up is due; the task comes support-follow-up-lead before it. */
    public static final Var<String> NEXT_FOLLOW_UP = Var.of("nextFollowUp", String.class);

    /** True until the first follow-up is made (§95, stk. 2 moves only the first one earlier). */
    public static final Var<Boolean> FIRST_FOLLOW_UP = Var.of("firstFollowUp", Boolean.class);

    /** The coordinator's decision on the next follow-up (a form's date; empty: the municipality's interval). */
    public static final Var<Object> NEXT_FOLLOW_UP_DATE = Var.of("nextFollowUpDate", Object.class);

    /** The coordinator followed up the support and recorded the conversations. */
    public static final Var<Boolean> SUPPORT_FOLLOWED_UP = Var.of("supportFollowedUp", Boolean.class);

    /** The coordinator's follow-up of the support. */
    public static final String USER_FOLLOW_UP_SUPPORT = "user_follow_up_support";

    private final RuntimeService runtime;
    private final ProcessDeadlines deadlines;

    public SupportFollowUpProcess(@Lazy RuntimeService runtime, ProcessDeadlines deadlines) {
        this.runtime = runtime;
        this.deadlines = deadlines;
    }

    /** Starts the follow-up of a case's support that started on the day; nothing when one already runs. */
    public void start(String caseNumber, LocalDate supportStarted) {
        EngineGuard.trusted(() -> {
            if (runtime.createProcessInstanceQuery()
                            .processDefinitionKey(KEY)
                            .processInstanceBusinessKey(caseNumber)
                            .count()
                    > 0) {
                return null;
            }
            Map<String, Object> variables = new HashMap<>();
            CASE_NUMBER.put(variables, caseNumber);
            NEXT_FOLLOW_UP.put(
                    variables, deadlines.firstSupportFollowUp(supportStarted).toString());
            FIRST_FOLLOW_UP.put(variables, true);
            return runtime.startProcessInstanceByKey(KEY, caseNumber, variables);
        });
    }

    /**
     * The case's child investigations finished on the day. When the support started while they ran and its first
     * follow-up is still to come and due later than {@link ProcessDeadlines#supportFollowUpAfterInvestigation} after
     * that day, the first follow-up is brought forward to it (Barnets Lov §95, stk. 2): a waiting follow-up is asked
     * for at once, an open one is asked for again with the earlier due date. Nothing otherwise. True when it moved.
     */
    public boolean investigationsFinished(String caseNumber, LocalDate finishedOn) {
        return EngineGuard.trusted(() -> {
            var instance = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(KEY)
                    .processInstanceBusinessKey(caseNumber)
                    .singleResult();
            if (instance == null
                    || !Boolean.TRUE.equals(runtime.getVariable(instance.getId(), FIRST_FOLLOW_UP.name()))) {
                return false;
            }
            LocalDate due = LocalDate.parse((String) runtime.getVariable(instance.getId(), NEXT_FOLLOW_UP.name()));
            LocalDate earlier = deadlines.supportFollowUpAfterInvestigation(finishedOn);
            if (!earlier.isBefore(due)) {
                return false;
            }
            runtime.createMessageCorrelation(MESSAGE_INVESTIGATIONS_FINISHED)
                    .processInstanceId(instance.getId())
                    .setVariable(NEXT_FOLLOW_UP.name(), earlier.toString())
                    .correlateWithResult();
            return true;
        });
    }

    /** Ends the follow-up of the case's support, if one runs. */
    public void end(String caseNumber) {
        EngineGuard.trusted(() -> runtime.createMessageCorrelation(MESSAGE_SUPPORT_ENDED)
                .processInstanceBusinessKey(caseNumber)
                .correlateAllWithResult());
    }
}
