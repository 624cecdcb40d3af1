package dk.tvaers.process;

import dk.tvaers.family.ReferralSource;
import dk.tvaers.security.EngineGuard;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
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

    /**
     * The coordinator calls the family and every professional involved to a new family meeting (CM-stormøde) during
     * the course; the meeting revises the joint plan. Only while the course (intensive phase, phase-out, aftercare)
     * runs.
     */
    public static final String MESSAGE_FAMILY_MEETING_CALLED = "FamilyMeetingCalled";

    /**
     * A place in the district is free and this waiting family has the highest need ({@link PlaceOffers}): the family
     * leaves the queue at once and checks the capacity again.
     */
    public static final String MESSAGE_PLACE_OFFERED = "PlaceOffered";

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
    /**
     * The child's own wishes to the plan, from the family meeting's form. Personal data: {@code planWishesListener}
     * moves them into the case tables and removes the variable on completion; {@link SensitiveHistoryPlugin} keeps
     * them out of history.
     */
    public static final Var<String> CHILD_WISHES = Var.of("childWishes", String.class);
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
    /** The family's burden grade from bpmn/visitation.dmn (0-12, higher is heavier): shown on the visitation form. */
    public static final Var<Integer> BURDEN_GRADE = Var.of("burdenGrade", Integer.class);
    /** The recommendation from bpmn/visitation.dmn: a {@link dk.tvaers.family.VisitationRecords.Recommendation} name. */
    public static final Var<String> VISITATION_RECOMMENDATION = Var.of("visitationRecommendation", String.class);
    /** The team chief's decision. */
    public static final Var<String> VISITATION_DECISION = Var.of("visitationDecision", String.class);

    /** The coordinator's hand-over decision for a child about to turn 18: ADULT_PATH, ADULT_SUPPORT, CONTINUE. */
    public static final Var<String> HANDOVER_AT18 = Var.of("handoverAt18", String.class);
    /** The decision on support after 18 (ungestøtte), a {@link dk.tvaers.family.CaseEndings.SupportAfter18} name. */
    public static final Var<String> SUPPORT_AFTER18 = Var.of("supportAfter18", String.class);
    /**
     * The young person's own view of support after 18, from the decision's form. Personal data: {@link
     * RecordDecisionListener} moves it into the case's journal and removes it at once; {@link SensitiveHistoryPlugin}
     * keeps it out of history.
     */
    public static final Var<String> YOUNG_PERSONS_VIEW = Var.of("youngPersonsView", String.class);
    /** The team chief's assessment after withdrawn consent. */
    public static final Var<String> CONSENT_ASSESSMENT = Var.of("consentAssessment", String.class);
    /** A young adult's answer to the offer of Klar/Parat/Start. */
    public static final Var<String> ADULT_PATH_OFFER = Var.of("adultPathOffer", String.class);
    /** The municipality the family moves to, from the transfer form; moved into the case record at once. */
    public static final Var<String> RECEIVING_MUNICIPALITY = Var.of("receivingMunicipality", String.class);
    /** The day the material was sent to the receiving municipality (yyyy-MM-dd), from the transfer form. */
    public static final Var<Object> TRANSFER_SENT_ON = Var.of("transferSentOn", Object.class);
    /** The transfer form's checkboxes: which material was sent. */
    public static final Var<Boolean> MATERIAL_SUMMARY = Var.of("materialSummary", Boolean.class);

    public static final Var<Boolean> MATERIAL_INVESTIGATIONS = Var.of("materialInvestigations", Boolean.class);
    public static final Var<Boolean> MATERIAL_PLAN = Var.of("materialPlan", Boolean.class);
    public static final Var<Boolean> MATERIAL_DECISIONS = Var.of("materialDecisions", Boolean.class);
    public static final Var<Boolean> MATERIAL_JOURNAL = Var.of("materialJournal", Boolean.class);

    /** The user tasks whose completion the case record keeps ({@link RecordDecisionListener}). */
    public static final String USER_TRANSFER_CASE = "user_transfer_case";

    public static final String USER_ASSESS_SUPPORT_WITHOUT_CONSENT = "user_assess_support_without_consent";
    public static final String USER_DECIDE_HANDOVER_AT_18 = "user_decide_handover_at_18";
    public static final String USER_OFFER_ADULT_PATH = "user_offer_adult_path";
    /** The event sub-process an early end runs in until the case closes. */
    public static final String SUB_CASE_ENDED = "sub_case_ended";

    /**
     * The planned end of the intensive phase: the coordinator's decision on the course is due then (set by {@link
     * IntensivePhaseListener} when the phase starts and each time it is extended).
     */
    public static final Var<Date> INTENSIVE_PHASE_ENDS = Var.of("intensivePhaseEnds", Date.class);
    /** When the re-screening before the decision is asked for: the progress-review lead before the planned end. */
    public static final Var<Date> PROGRESS_REVIEW_START = Var.of("progressReviewStart", Date.class);
    /** How often the coordinator has extended the intensive phase. */
    public static final Var<Integer> INTENSIVE_EXTENSIONS = Var.of("intensiveExtensions", Integer.class);
    /** The coordinator's decision after the re-screening, a {@link ProgressDecision} name. */
    public static final Var<String> PROGRESS_DECISION = Var.of("progressDecision", String.class);
    /** The family's answer to the offer of aftercare, an {@link AftercareOffer} name. */
    public static final Var<String> AFTERCARE_OFFER = Var.of("aftercareOffer", String.class);
    /**
     * The re-screening against the intake screening, as the decision's form shows it: scores per domain, members by
     * role and number (no names), local to the decision task ({@link ProgressComparisonListener}).
     */
    public static final Var<String> SCREENING_COMPARISON = Var.of("screeningComparison", String.class);

    /** The outcome of a family meeting called during the course: REVISED (a new plan version) or UNCHANGED. */
    public static final Var<String> PLAN_REVISION = Var.of("planRevised", String.class);

    /** The values of {@link #PROGRESS_DECISION}. */
    public enum ProgressDecision {
        /** The intensive phase goes on for tvaers.deadlines.intensive-extension. */
        EXTEND,
        /** The family is phased out, as progress allows. */
        PHASE_OUT,
        /** The course ends now: the case goes to closing. */
        CLOSE
    }

    /** The values of {@link #AFTERCARE_OFFER}: aftercare is offered, not forced. */
    public enum AftercareOffer {
        ACCEPTED,
        DECLINED
    }

    /** The values of {@link #CONSENT_ASSESSMENT}. */
    public enum ConsentAssessment {
        SUPPORT_CONTINUES,
        CLOSE
    }

    /** The values of {@link #ADULT_PATH_OFFER}. */
    public enum AdultPathOffer {
        ACCEPTED,
        DECLINED
    }

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
    private final TaskService tasks;

    @Autowired
    public FamilyInterventionProcess(@Lazy RuntimeService runtime, @Lazy TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** For the process tests that only correlate messages and start instances (no task is completed here). */
    public FamilyInterventionProcess(RuntimeService runtime) {
        this(runtime, null);
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

    /** Whether the case waits for its child investigations (urgent support may be asked for). */
    public boolean isInvestigating(String caseNumber) {
        return runtime.createExecutionQuery()
                        .processDefinitionKey(KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .messageEventSubscriptionName(MESSAGE_URGENT_SUPPORT_REQUESTED)
                        .count()
                > 0;
    }

    /**
     * Asks the team chief to decide urgent support while the case's child investigations run; false when the case
     * does not wait for an investigation (nothing changes then).
     */
    public boolean requestUrgentSupport(String caseNumber) {
        if (!isInvestigating(caseNumber)) {
            return false;
        }
        runtime.createMessageCorrelation(MESSAGE_URGENT_SUPPORT_REQUESTED)
                .processInstanceBusinessKey(caseNumber)
                .correlate();
        return true;
    }

    /** The team chief's decision on urgent support, the task the request gives her. */
    public static final String USER_DECIDE_URGENT_SUPPORT = "user_decide_urgent_support";

    /** The support the team chief decided while investigating (FAMILY_TREATMENT, MENTOR, OTHER or NOT_NEEDED). */
    public static final Var<String> URGENT_SUPPORT = Var.of("urgentSupport", String.class);

    /** The team chief confirms the decision (the decision form's checkbox). */
    public static final Var<Boolean> URGENT_SUPPORT_DECIDED = Var.of("urgentSupportDecided", Boolean.class);

    /** The day the urgent support started (the SOF caseworker's form). */
    public static final Var<Object> URGENT_SUPPORT_START_DATE = Var.of("urgentSupportStartDate", Object.class);

    /**
     * Makes sure the team chief's decision on urgent support is open for the case: the oldest open one, or a new one
     * asked for now. Empty when no investigation runs (nothing changes then).
     */
    public java.util.Optional<String> urgentSupportDecisionTask(String caseNumber) {
        java.util.Optional<String> open = openUrgentSupportDecision(caseNumber);
        if (open.isPresent() || !requestUrgentSupport(caseNumber)) {
            return open;
        }
        return openUrgentSupportDecision(caseNumber);
    }

    private java.util.Optional<String> openUrgentSupportDecision(String caseNumber) {
        return openUrgentSupportTask(caseNumber, USER_DECIDE_URGENT_SUPPORT).map(OpenTask::id);
    }

    /** SOF's task of starting the urgent support the team chief decided. */
    public static final String USER_START_URGENT_SUPPORT = "user_start_urgent_support";

    /** An open task of the case: its id, Danish name, creation and due date. */
    public record OpenTask(String id, String name, Date created, Date due) {}

    /**
     * The oldest open task of the case with the element id ({@link #USER_DECIDE_URGENT_SUPPORT} or {@link
     * #USER_START_URGENT_SUPPORT}); empty when there is none.
     */
    public java.util.Optional<OpenTask> openUrgentSupportTask(String caseNumber, String elementId) {
        return tasks
                .createTaskQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(elementId)
                .orderByTaskCreateTime()
                .asc()
                .listPage(0, 1)
                .stream()
                .map(t -> new OpenTask(t.getId(), t.getName(), t.getCreateTime(), t.getDueDate()))
                .findFirst();
    }

    /**
     * Completes the team chief's decision task with the support she decided in writing; the task is hers (assignee),
     * so history says who decided. The task's listener checks that the written decision is recorded.
     */
    public void completeUrgentSupportDecision(String taskId, String support, String teamChief) {
        tasks.setAssignee(taskId, teamChief);
        Map<String, Object> variables = new HashMap<>();
        URGENT_SUPPORT.put(variables, support);
        URGENT_SUPPORT_DECIDED.put(variables, true);
        tasks.complete(taskId, variables);
    }

    /**
     * Calls a new family meeting (CM-stormøde) in the running course: the coordinator gets the task of holding it and
     * revising the plan. False when the course does not run (before the intensive phase, after it ended): nothing
     * changes then.
     */
    public boolean callFamilyMeeting(String caseNumber) {
        boolean inCourse = runtime.createExecutionQuery()
                        .processDefinitionKey(KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .messageEventSubscriptionName(MESSAGE_FAMILY_MEETING_CALLED)
                        .count()
                > 0;
        if (!inCourse) {
            return false;
        }
        runtime.createMessageCorrelation(MESSAGE_FAMILY_MEETING_CALLED)
                .processInstanceBusinessKey(caseNumber)
                .correlate();
        return true;
    }

    /**
     * Whether an early end of the case is under way: the transfer to a new municipality or the team chief's assessment
     * after withdrawn consent is still open.
     */
    public boolean isEnding(String caseNumber) {
        return runtime.createProcessInstanceQuery()
                        .processDefinitionKey(KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .activityIdIn(USER_TRANSFER_CASE, USER_ASSESS_SUPPORT_WITHOUT_CONSENT)
                        .count()
                > 0;
    }

    /**
     * Starts the early end of a running case. Nothing closes at once: a move leads to the transfer to the new
     * municipality, withdrawn consent to the team chief's assessment; only then does the case close.
     */
    public void end(String caseNumber, EndReason reason) {
        runtime.createMessageCorrelation(MESSAGE_CASE_ENDED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(END_REASON.name(), reason.name())
                .correlate();
    }

    /**
     * Offers a free place to a family waiting in the queue: correlates {@link #MESSAGE_PLACE_OFFERED} to its case.
     * Nothing happens when the case does not wait (the engine finds no subscription).
     */
    public void offerPlace(String caseNumber) {
        EngineGuard.trusted(() -> runtime.createMessageCorrelation(MESSAGE_PLACE_OFFERED)
                .processInstanceBusinessKey(caseNumber)
                .correlateAll());
    }

    /** A child investigation the case's process still runs: its process instance and the child it is about. */
    public record RunningInvestigation(String processInstanceId, Long childId) {}

    /** The child investigations the case's process instance has called and that still run. */
    public List<RunningInvestigation> runningInvestigations(String processInstanceId) {
        return runtime
                .createProcessInstanceQuery()
                .superProcessInstanceId(processInstanceId)
                .processDefinitionKey(ChildInvestigationProcess.KEY)
                .list()
                .stream()
                .map(child -> new RunningInvestigation(child.getId(), (Long)
                        runtime.getVariable(child.getId(), ChildInvestigationProcess.CHILD_ID.name())))
                .toList();
    }

    /**
     * Ends a running child investigation with its explicit outcome ({@link ChildInvestigationProcess.Ending}): the
     * investigation passes its end event for that outcome, never closes silently.
     */
    public void endInvestigationEarly(String investigationInstanceId, ChildInvestigationProcess.Ending ending) {
        runtime.createMessageCorrelation(ChildInvestigationProcess.MESSAGE_ENDED_EARLY)
                .processInstanceId(investigationInstanceId)
                .setVariableLocal(ChildInvestigationProcess.INVESTIGATION_ENDING.name(), ending.name())
                .correlate();
    }
}
