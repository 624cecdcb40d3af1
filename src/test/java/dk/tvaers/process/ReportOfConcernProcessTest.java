package dk.tvaers.process;

import static dk.tvaers.process.ReportOfConcernIds.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.tvaers.kernel.Groups;
import dk.tvaers.process.ReportOfConcernIds.Variables;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path, timer and boundary event of report-of-concern.bpmn. */
@Deployment(resources = "bpmn/report-of-concern.bpmn")
class ReportOfConcernProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

    /** Thursday 2 April 2026, 10:00 Danish time: Maundy Thursday, the start of Easter. */
    private static final Instant RECEIVED = Instant.parse("2026-04-02T08:00:00Z");

    @RegisterExtension
    final ProcessDoubles doubles = new ProcessDoubles();

    private final ProcessTestEngine.CaseRecordDouble record = doubles.record();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPrivateReportIsAssessedWithin24HoursAndGetsNoReceipt() {
        ProcessInstance instance = receive("PRIVATE");

        assertThat(instance).hasBusinessKey(ProcessDoubles.REPORT_NUMBER).isWaitingAt(USER_ASSESS_REPORT);
        assertThat(instance).hasPassed(END_NO_RECEIPT);
        Task assess = task(USER_ASSESS_REPORT, instance);
        assertThat(assess).hasCandidateGroup(Groups.SOF);
        assertThat(assess.getName()).isEqualTo("Vurdér underretningen (Barnets Lov §136)");
        assertThat(assess.getDueDate()).isEqualTo(Date.from(RECEIVED.plusSeconds(24 * 3600)));
        // the start form's personal fields left the process in its first step
        assertThat(runtimeService().getVariables(instance.getId()))
                .doesNotContainKeys(ReportOfConcernProcess.PERSONAL_FIELDS.toArray(String[]::new));

        complete(assess, withVariables(Variables.ASSESSMENT_OUTCOME, "NO_ACTION"));
        assertThat(instance).hasPassed(END_NO_ACTION).isEnded();
        assertThat(record.concernEvents)
                .containsExactly("registered " + ProcessDoubles.REPORT_NUMBER, "user_assess_report NO_ACTION");
    }

    @Test
    void aProfessionalGetsAReceiptWithinSixWorkingDaysCountingEaster() {
        ProcessInstance instance = receive("PROFESSIONAL");

        assertThat(instance).isWaitingAt(USER_ASSESS_REPORT, USER_SEND_RECEIPT);
        Task receipt = task(USER_SEND_RECEIPT, instance);
        assertThat(receipt).hasCandidateGroup(Groups.SOF);
        assertThat(receipt.getName()).isEqualTo("Send kvittering til underretter (Barnets Lov §137)");
        // received Maundy Thursday: Good Friday, the weekend and Easter Monday do not count; the 6th working day is
        // Tuesday 14 April, due by its end (midnight Danish summer time)
        assertThat(receipt.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-04-14T22:00:00Z")));
        complete(receipt, withVariables(Variables.RECEIPT_SENT, true));
        assertThat(instance).hasPassed(END_RECEIPT_SENT);

        complete(task(USER_ASSESS_REPORT, instance), withVariables(Variables.ASSESSMENT_OUTCOME, "OPEN_CASE"));
        assertThat(instance).hasPassed(END_ADDED_TO_OPEN_CASE).isEnded();
    }

    @Test
    void anAssessmentThatReferstoTheMethodOpensTheFamilyCaseFromTheReport() {
        ProcessInstance instance = receive("PRIVATE");

        complete(
                task(USER_ASSESS_REPORT, instance),
                withVariables(
                        Variables.ASSESSMENT_OUTCOME, "REFER",
                        Variables.DISTRICT, "Valby",
                        Variables.REFERRAL_SOURCE, "SCHOOL",
                        Variables.SSP_CATEGORY, "3"));
        assertThat(instance).hasPassed(SERVICE_REFER_TO_METHOD_ID, END_REFERRED).isEnded();
        assertThat(record.concernEvents).contains("referred Valby");
    }

    private static final String SERVICE_REFER_TO_METHOD_ID = ReportOfConcernProcess.SERVICE_REFER_TO_METHOD;

    @Test
    void anUnassessedReportGoesToTheTeamChiefAfter24Hours() {
        ProcessInstance instance = receive("PRIVATE");

        execute(job(TIMER_ASSESSMENT_OVERDUE, instance));
        assertThat(instance).isWaitingAt(USER_ASSESS_REPORT, USER_ESCALATE_ASSESSMENT);
        Task escalation = task(USER_ESCALATE_ASSESSMENT, instance);
        assertThat(escalation).hasCandidateGroup(Groups.TEAM_CHIEF);
        complete(escalation, withVariables(Variables.ESCALATION_HANDLED, true));
        assertThat(instance).hasPassed(END_ESCALATION_HANDLED).isWaitingAt(USER_ASSESS_REPORT);

        // the escalation handled first, the assessment after: the report is assessed and nothing is left
        complete(task(USER_ASSESS_REPORT, instance), withVariables(Variables.ASSESSMENT_OUTCOME, "NO_ACTION"));
        assertThat(instance).hasPassed(END_NO_ACTION, END_ASSESSED).isEnded();
    }

    @Test
    void theAssessmentMadeWhileTheTeamChiefsEscalationIsOpenEndsTheEscalation() {
        ProcessInstance instance = receive("PROFESSIONAL");

        execute(job(TIMER_ASSESSMENT_OVERDUE, instance));
        assertThat(instance).isWaitingAt(USER_ASSESS_REPORT, USER_ESCALATE_ASSESSMENT, USER_SEND_RECEIPT);

        complete(task(USER_ASSESS_REPORT, instance), withVariables(Variables.ASSESSMENT_OUTCOME, "NO_ACTION"));
        // the team chief's task is gone with the assessment; the receipt is still owed
        assertThat(instance).hasPassed(END_NO_ACTION, END_ASSESSED).hasNotPassed(END_ESCALATION_HANDLED);
        assertThat(instance).isWaitingAt(USER_SEND_RECEIPT);
        assertThat(taskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(USER_ESCALATE_ASSESSMENT)
                        .count())
                .isZero();
        complete(task(USER_SEND_RECEIPT, instance), withVariables(Variables.RECEIPT_SENT, true));
        assertThat(instance).isEnded();
    }

    @Test
    void theReassessmentMadeWhileTheTeamChiefsEscalationIsOpenEndsTheEscalation() {
        record.openCase = "TV-2026-00007";
        ProcessInstance instance = receive("PRIVATE");

        execute(job(TIMER_REASSESSMENT_OVERDUE, instance));
        Task reassess = task(USER_REASSESS_REPORT, instance);
        taskService().setAssignee(reassess.getId(), "ahmed");
        complete(task(USER_REASSESS_REPORT, instance), withVariables(Variables.REASSESSMENT_MADE, true));
        assertThat(instance).hasPassed(END_REASSESSED, END_ASSESSED).isEnded();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void theTimerOfTheAssessmentIsDue24HoursAfterReceipt() {
        ProcessInstance instance = receive("PRIVATE");

        assertThat(job(TIMER_ASSESSMENT_OVERDUE, instance).getDuedate())
                .isEqualTo(Date.from(RECEIVED.plusSeconds(24 * 3600)));
    }

    @Test
    void aReceiptNotSentInSixWorkingDaysIsFollowedUpByTheTeamChief() {
        ProcessInstance instance = receive("PROFESSIONAL");

        assertThat(job(TIMER_RECEIPT_OVERDUE, instance).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-04-14T22:00:00Z")));
        execute(job(TIMER_RECEIPT_OVERDUE, instance));
        Task followUp = task(USER_FOLLOWUP_RECEIPT, instance);
        assertThat(followUp).hasCandidateGroup(Groups.TEAM_CHIEF);
        complete(followUp, withVariables(Variables.ESCALATION_HANDLED, true));
        assertThat(instance).hasPassed(END_RECEIPT_FOLLOWED_UP).isWaitingAt(USER_SEND_RECEIPT, USER_ASSESS_REPORT);
    }

    @Test
    void aNewReportOnAChildInAnOpenCaseIsReassessedBySomeoneNewToTheCase() {
        record.openCase = "TV-2026-00007";
        record.workedOnCase = Set.of("mette", "sofie");
        ProcessInstance instance = receive("PRIVATE");

        assertThat(instance).isWaitingAt(USER_REASSESS_REPORT);
        Task reassess = task(USER_REASSESS_REPORT, instance);
        assertThat(taskQuery()
                        .taskId(reassess.getId())
                        .taskCandidateGroup(Groups.TEAM_CHIEF)
                        .count())
                .isEqualTo(1);
        assertThat(reassess.getDueDate()).isEqualTo(Date.from(RECEIVED.plusSeconds(24 * 3600)));

        // the case's coordinator is refused; the task stays open and unchanged
        taskService().setAssignee(reassess.getId(), "mette");
        assertThatThrownBy(() -> taskService().complete(reassess.getId(), Map.of(Variables.REASSESSMENT_MADE, true)))
                .rootCause()
                .hasMessageContaining("ikke har arbejdet på sagen");
        assertThat(instance).isWaitingAt(USER_REASSESS_REPORT);
        assertThat(record.concernEvents).noneMatch(e -> e.startsWith(USER_REASSESS_REPORT));

        // the team chief allocates it to someone new to the case
        taskService().setAssignee(reassess.getId(), "ahmed");
        complete(task(USER_REASSESS_REPORT, instance), withVariables(Variables.REASSESSMENT_MADE, true));
        assertThat(instance).hasPassed(END_REASSESSED).isEnded();
    }

    @Test
    void anUnassessedReportInAnOpenCaseGoesToTheTeamChiefAfter24Hours() {
        record.openCase = "TV-2026-00007";
        ProcessInstance instance = receive("PRIVATE");

        execute(job(TIMER_REASSESSMENT_OVERDUE, instance));
        assertThat(instance).isWaitingAt(USER_REASSESS_REPORT, USER_ESCALATE_ASSESSMENT);

        // the escalation handled first: the re-assessment is still owed
        complete(task(USER_ESCALATE_ASSESSMENT, instance), withVariables(Variables.ESCALATION_HANDLED, true));
        assertThat(instance).hasPassed(END_ESCALATION_HANDLED).isWaitingAt(USER_REASSESS_REPORT);
    }

    @Test
    void aReportFromTheApiKeepsItsNumberAndVariables() {
        ProcessInstance instance = runtimeService()
                .startProcessInstanceByKey(
                        ReportOfConcernProcess.KEY,
                        "UR-2026-00001",
                        Map.of(
                                Variables.REPORT_NUMBER,
                                "UR-2026-00001",
                                Variables.REPORTER_KIND,
                                "PRIVATE",
                                Variables.RECEIVED_AT,
                                RECEIVED.toString(),
                                Variables.IN_OPEN_CASE,
                                false));
        assertThat(instance).hasBusinessKey("UR-2026-00001").isWaitingAt(USER_ASSESS_REPORT);
    }

    /** A report from Tasklist's start form: the double registers it with {@link ProcessDoubles#REPORT_NUMBER}. */
    private static ProcessInstance receive(String reporterKind) {
        return runtimeService()
                .startProcessInstanceByKey(
                        ReportOfConcernProcess.KEY,
                        Map.of(
                                Variables.REPORTER_KIND, reporterKind,
                                Variables.CHILD_NAME, "Ali",
                                Variables.CHILD_CPR, "010115-4321",
                                Variables.REPORT_CONTENT, "Barnet kommer ofte sultent i skole",
                                Variables.RECEIVED_AT, RECEIVED.toString()));
    }
}
