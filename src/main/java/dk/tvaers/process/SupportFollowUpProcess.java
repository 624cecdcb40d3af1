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
 * starts (the case enters its intensive phase, {@link CasePhases}), ended when the case closes ({@link
 * CloseCaseDelegate}). The business key is the case number; the process holds only the day the next follow-up is due.
 */
@Component
public class SupportFollowUpProcess {

    public static final String KEY = "support-follow-up";

    /** Ends the follow-up: the case is closed, the support with it. */
    public static final String MESSAGE_SUPPORT_ENDED = "SupportEnded";

    /** The case number, also the business key. */
    public static final Var<String> CASE_NUMBER = Var.of("caseNumber", String.class);

    /** The day (yyyy-MM-dd) the next follow-up is due; the task comes support-follow-up-lead before it. */
    public static final Var<String> NEXT_FOLLOW_UP = Var.of("nextFollowUp", String.class);

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
            return runtime.startProcessInstanceByKey(KEY, caseNumber, variables);
        });
    }

    /** Ends the follow-up of the case's support, if one runs. */
    public void end(String caseNumber) {
        EngineGuard.trusted(() -> runtime.createMessageCorrelation(MESSAGE_SUPPORT_ENDED)
                .processInstanceBusinessKey(caseNumber)
                .correlateAllWithResult());
    }
}
