package dk.tvaers.process;

import dk.tvaers.security.EngineGuard;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A report of concern (underretning), bpmn/report-of-concern.bpmn: its key, variables, allowed values and the element
 * ids Java uses, and the start for a report the API has registered. The report's number is the business key; the
 * child, the reporter and the content stay in the concern module's table: the start form's personal fields
 * ({@link #PERSONAL_FIELDS}) leave the process in its first step and never enter history.
 */
@Component
public class ReportOfConcernProcess {

    public static final String KEY = "report-of-concern";

    /** The start event: a report is received (Tasklist's start form or the API). */
    public static final String START_REPORT_RECEIVED = "start_report_received";
    /** Registers a report from the start form in the concern table. */
    public static final String SERVICE_REGISTER_REPORT = "service_register_report";
    /** The assessment within 24 hours. */
    public static final String USER_ASSESS_REPORT = "user_assess_report";
    /** The new assessment of a report on a child in an open family case, by someone new to the case. */
    public static final String USER_REASSESS_REPORT = "user_reassess_report";
    /** The receipt to a professional reporter. */
    public static final String USER_SEND_RECEIPT = "user_send_receipt";
    /** The referral to the method, prefilled from the report. */
    public static final String SERVICE_REFER_TO_METHOD = "service_refer_to_method";

    /** The report number (UR-2026-00001), also the business key. Set at the start, never changed. */
    public static final Var<String> REPORT_NUMBER = Var.of("reportNumber", String.class);
    /** Who reported: a {@link ReporterKind} name. */
    public static final Var<String> REPORTER_KIND = Var.of("reporterKind", String.class);
    /** When the report was received, an ISO instant: the 24 hours and the 6 working days count from here. */
    public static final Var<String> RECEIVED_AT = Var.of("receivedAt", String.class);
    /** Whether the child was in an open family case when the report came. */
    public static final Var<Boolean> IN_OPEN_CASE = Var.of("inOpenCase", Boolean.class);
    /** The open family case the child is in (null when none). */
    public static final Var<String> CASE_NUMBER = Var.of("caseNumber", String.class);
    /** The assessment's outcome: an {@link Outcome} name. */
    public static final Var<String> ASSESSMENT_OUTCOME = Var.of("assessmentOutcome", String.class);
    /** For a referral: the family's district, who referred (a ReferralSource name) and the SSP category. */
    public static final Var<String> DISTRICT = Var.of("district", String.class);

    public static final Var<String> REFERRAL_SOURCE = Var.of("referralSource", String.class);
    public static final Var<String> SSP_CATEGORY = Var.of("sspCategory", String.class);

    /**
     * The start form's fields that are personal data: moved into the concern table by the first step and removed,
     * kept out of history by {@link SensitiveHistoryPlugin}.
     */
    public static final Var<String> CHILD_NAME = Var.of("childName", String.class);

    public static final Var<String> CHILD_CPR = Var.of("childCpr", String.class);
    public static final Var<String> REPORTER_NAME = Var.of("reporterName", String.class);
    public static final Var<String> REPORTER_ORGANISATION = Var.of("reporterOrganisation", String.class);
    public static final Var<String> REPORTER_ROLE = Var.of("reporterRole", String.class);
    public static final Var<String> REPORTER_CONTACT = Var.of("reporterContact", String.class);
    public static final Var<String> CONTENT = Var.of("reportContent", String.class);

    /** The names of the personal start form fields. */
    public static final List<String> PERSONAL_FIELDS = List.of(
            CHILD_NAME.name(),
            CHILD_CPR.name(),
            REPORTER_NAME.name(),
            REPORTER_ORGANISATION.name(),
            REPORTER_ROLE.name(),
            REPORTER_CONTACT.name(),
            CONTENT.name());

    /** The values of {@link #REPORTER_KIND}. */
    public enum ReporterKind {
        PROFESSIONAL,
        PRIVATE
    }

    /** The values of {@link #ASSESSMENT_OUTCOME}. */
    public enum Outcome {
        NO_ACTION,
        REFER,
        OPEN_CASE
    }

    private final RuntimeService runtime;

    public ReportOfConcernProcess(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Starts the process for a report the API has registered and checked, with its number as business key. The
     * variables are the number, the reporter's kind, the time of receipt and the open case: nothing personal.
     */
    public void start(String reportNumber, String reporterKind, OffsetDateTime receivedAt, String openCaseNumber) {
        Map<String, Object> variables = new HashMap<>();
        REPORT_NUMBER.put(variables, reportNumber);
        REPORTER_KIND.put(variables, reporterKind);
        RECEIVED_AT.put(variables, receivedAt.toInstant().toString());
        IN_OPEN_CASE.put(variables, openCaseNumber != null);
        CASE_NUMBER.put(variables, openCaseNumber);
        EngineGuard.trusted(() -> runtime.startProcessInstanceByKey(KEY, reportNumber, variables));
    }
}
