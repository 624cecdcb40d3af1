package dk.tvaers.process;

import dk.tvaers.family.ReferralSource;
import dk.tvaers.security.EngineGuard;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The family's case process, bpmn/family-intervention.bpmn: its key, the variables the application reads and writes,
 * their allowed values, and the engine calls that start and end a case. The only application code that starts or
 * correlates this process; the ids the process tests need besides sit on the test side.
 */
@Component
public class FamilyInterventionProcess {

    public static final String KEY = "family-intervention";

    /** The message that ends a case early from any phase; carries {@link #END_REASON}. */
    public static final String MESSAGE_CASE_ENDED = "CaseEnded";

    /**
     * Someone working the case asks for support while the child investigations run: the team chief decides urgent
     * support, the investigations go on. Only while the case waits for its investigations.
     */
    public static final String MESSAGE_URGENT_SUPPORT_REQUESTED = "UrgentSupportRequested";

    /** The case number, also the business key. Set at the start, never changed. */
    public static final Var<String> CASE_NUMBER = Var.of("caseNumber", String.class);
    /** The family's district. */
    public static final Var<String> DISTRICT = Var.of("district", String.class);
    /** Who referred the family ({@link ReferralSource} name). */
    public static final Var<String> REFERRAL_SOURCE = Var.of("referralSource", String.class);
    /** SSP category 1-4, as text. */
    public static final Var<String> SSP_CATEGORY = Var.of("sspCategory", String.class);
    /** The day the municipality became aware (yyyy-MM-dd): the statutory clock starts here. */
    public static final Var<String> AWARENESS_DATE = Var.of("awarenessDate", String.class);
    /**
     * What the referrer is concerned about, from the start form. Personal data: {@link OpenCaseDelegate} moves it into
     * the case's referral and removes it at once; {@link SensitiveHistoryPlugin} keeps it out of history.
     */
    public static final Var<String> CONCERN = Var.of("concern", String.class);
    /** The member id of the child whose 18th birthday is watched. */
    public static final Var<Long> MEMBER_ID = Var.of("memberId", Long.class);
    /** Whether the district has room for one more running family. */
    public static final Var<Boolean> CAPACITY_AVAILABLE = Var.of("capacityAvailable", Boolean.class);
    /** Why the case closes (local to the closing service task): a {@link dk.tvaers.family.CloseReason} name. */
    public static final Var<String> CLOSE_REASON = Var.of("closeReason", String.class);
    /** The outcome at closing: GOALS_MET, PARTLY_MET, NOT_MET. */
    public static final Var<String> OUTCOME = Var.of("outcome", String.class);
    /** Why a case ended early (sent with the CaseEnded message): an {@link EndReason} name. */
    public static final Var<String> END_REASON = Var.of("endReason", String.class);
    /** First day of the period a quarterly report covers (yyyy-MM-dd), local to the report's task. */
    public static final Var<String> REPORT_FROM = Var.of("reportFrom", String.class);
    /** Last day of the period a quarterly report covers (yyyy-MM-dd), local to the report's task. */
    public static final Var<String> REPORT_TO = Var.of("reportTo", String.class);
    /** The same period as the form shows it to a Danish reader ("2.9.2026 – 1.12.2026"), local to the report's task. */
    public static final Var<String> REPORT_PERIOD = Var.of("reportPeriod", String.class);
    /** The team chief's decision. */
    public static final Var<String> VISITATION_DECISION = Var.of("visitationDecision", String.class);

    /** At registration: one child investigation per child or one shared by the siblings ({@link Scope} name). */
    public static final Var<String> INVESTIGATION_SCOPE = Var.of("investigationScope", String.class);
    /** At registration: FULL child investigation or the lighter CLARIFICATION (afdækning). */
    public static final Var<String> INVESTIGATION_EXTENT = Var.of("investigationExtent", String.class);
    /**
     * At registration: why a clarification suffices. Personal data: {@link InvestigationPlanListener} moves it into the
     * case tables and removes it at once; {@link SensitiveHistoryPlugin} keeps it out of history.
     */
    public static final Var<String> INVESTIGATION_EXTENT_REASON = Var.of("investigationExtentReason", String.class);

    /** The values of {@link #INVESTIGATION_SCOPE}. */
    public enum Scope {
        PER_CHILD,
        SHARED
    }

    /** The values of {@link #VISITATION_DECISION}. */
    public enum Visitation {
        VISITED,
        NOT_VISITED
    }

    private final RuntimeService runtime;

    public FamilyInterventionProcess(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Starts the case process for a case the intake has opened and checked, with its number as business key. The
     * variables are ids, choices and dates; the family and its CPR numbers stay in the case tables.
     */
    public void start(
            String caseNumber,
            String district,
            ReferralSource referralSource,
            Integer sspCategory,
            LocalDate awarenessDate) {
        Map<String, Object> variables = new HashMap<>();
        CASE_NUMBER.put(variables, caseNumber);
        DISTRICT.put(variables, district);
        REFERRAL_SOURCE.put(variables, referralSource.name());
        SSP_CATEGORY.put(variables, String.valueOf(sspCategory));
        AWARENESS_DATE.put(variables, awarenessDate.toString());
        // the referral is checked by the intake: Tværs starts the process with the case number it gave (EngineGuard)
        EngineGuard.trusted(() -> runtime.startProcessInstanceByKey(KEY, caseNumber, variables));
    }

    /** Whether the case's process is running. */
    public boolean isRunning(String caseNumber) {
        return runtime.createProcessInstanceQuery()
                        .processDefinitionKey(KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .count()
                > 0;
    }

    /** Ends a running case early: every open task closes and the case closes with the reason. */
    /**
     * Asks the team chief to decide urgent support while the case's child investigations run; false when the case
     * does not wait for an investigation (nothing changes then).
     */
    public boolean requestUrgentSupport(String caseNumber) {
        boolean investigating = runtime.createExecutionQuery()
                        .processDefinitionKey(KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .messageEventSubscriptionName(MESSAGE_URGENT_SUPPORT_REQUESTED)
                        .count()
                > 0;
        if (!investigating) {
            return false;
        }
        runtime.createMessageCorrelation(MESSAGE_URGENT_SUPPORT_REQUESTED)
                .processInstanceBusinessKey(caseNumber)
                .correlate();
        return true;
    }

    public void end(String caseNumber, EndReason reason) {
        runtime.createMessageCorrelation(MESSAGE_CASE_ENDED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(END_REASON.name(), reason.name())
                .correlate();
    }
}
