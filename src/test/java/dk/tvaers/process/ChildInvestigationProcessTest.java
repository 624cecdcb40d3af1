package dk.tvaers.process;

import static dk.tvaers.process.ChildInvestigationIds.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.tvaers.kernel.Groups;
import dk.tvaers.process.ChildInvestigationIds.Variables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The late child investigation (Barnets Lov §20, stk. 3): the preliminary assessment is due on the deadline itself,
 * and after the deadline the team chief follows up every cycle until the investigation is finished; finishing it
 * closes every warning, assessment and follow-up still open.
 */
@Deployment(resources = "bpmn/child-investigation.bpmn")
class ChildInvestigationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

    @RegisterExtension
    final ProcessDoubles doubles = new ProcessDoubles();

    /** Aware on 20 February 2026: the deadline is 20 June 2026, Danish time. */
    private static final String AWARE = "2026-02-20";

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-23T09:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void thePreliminaryAssessmentIsAskedForAWeekBeforeAndDueOnTheDeadline() {
        ProcessInstance investigation = start();

        Job preliminary = job(investigation, TIMER_PRELIMINARY_ASSESSMENT);
        assertThat(preliminary.getDuedate()).isEqualTo(midnight("2026-06-13"));
        execute(preliminary);

        Task assessment = task(investigation, USER_PRELIMINARY_ASSESSMENT);
        assertThat(assessment.getDueDate()).isEqualTo(midnight("2026-06-20"));
        assertThat(assessment.getName())
                .isEqualTo("Foreløbig vurdering senest på fristdagen (Barnets Lov §20, stk. 3)");
        assertThat(taskQuery()
                        .taskId(assessment.getId())
                        .taskCandidateGroup(Groups.SOF)
                        .count())
                .isOne();
        complete(
                assessment,
                withVariables(
                        Variables.PRELIMINARY_ASSESSMENT, "UNCLEAR", Variables.PRELIMINARY_ASSESSMENT_MADE, true));
        assertThat(investigation).hasPassed(END_PRELIMINARY_ASSESSMENT_MADE).isWaitingAt(USER_CHILD_INVESTIGATION);
    }

    @Test
    void afterTheDeadlineTheTeamChiefFollowsUpEveryCycleUntilTheInvestigationIsFinished() {
        ProcessInstance investigation = start();

        // the first follow-up one cycle (P14D) after the deadline, then every cycle
        Job first = job(investigation, TIMER_LATE_INVESTIGATION);
        assertThat(first.getDuedate()).isEqualTo(midnight("2026-07-04"));
        ClockUtil.setCurrentTime(first.getDuedate());
        execute(first);

        Task followUp = task(investigation, USER_FOLLOW_UP_LATE_INVESTIGATION);
        assertThat(followUp.getName())
                .isEqualTo("Undersøgelsen har overskredet fristen: følg op (Barnets Lov §20, stk. 3)");
        assertThat(taskQuery()
                        .taskId(followUp.getId())
                        .taskCandidateGroup(Groups.TEAM_CHIEF)
                        .count())
                .isOne();
        complete(
                followUp,
                withVariables(
                        Variables.EXPECTED_FINISH,
                        midnight("2026-07-15"),
                        Variables.LATE_INVESTIGATION_FOLLOWED_UP,
                        true));
        assertThat(investigation).hasPassed(END_LATE_INVESTIGATION_FOLLOWED_UP).isWaitingAt(USER_CHILD_INVESTIGATION);

        Job second = job(investigation, TIMER_LATE_INVESTIGATION);
        assertThat(second.getDuedate()).isEqualTo(midnight("2026-07-18"));
        ClockUtil.setCurrentTime(second.getDuedate());
        execute(second);
        // still recurring; this follow-up is left open
        Job third = job(investigation, TIMER_LATE_INVESTIGATION);
        assertThat(third.getDuedate()).isEqualTo(midnight("2026-08-01"));
        assertThat(task(investigation, USER_FOLLOW_UP_LATE_INVESTIGATION)).isNotNull();

        complete(task(investigation, USER_CHILD_INVESTIGATION), withVariables(Variables.INVESTIGATION_FINISHED, true));

        // finished: the open follow-up and every timer are gone, nothing recurs
        assertThat(investigation).hasPassed(END_INVESTIGATION_FINISHED).isEnded();
        assertThat(taskQuery().processInstanceId(investigation.getId()).count()).isZero();
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(investigation.getId())
                        .count())
                .isZero();
    }

    @Test
    void anInvestigationFinishedBeforeTheDeadlineClosesTheWarningAndThePreliminaryAssessment() {
        ProcessInstance investigation = start();
        execute(job(investigation, TIMER_INVESTIGATION_WARNING));
        execute(job(investigation, TIMER_PRELIMINARY_ASSESSMENT));
        assertThat(investigation)
                .isWaitingAt(USER_CHILD_INVESTIGATION, USER_WARN_TEAM_CHIEF, USER_PRELIMINARY_ASSESSMENT);

        complete(task(investigation, USER_CHILD_INVESTIGATION), withVariables(Variables.INVESTIGATION_FINISHED, true));

        assertThat(investigation).isEnded();
        assertThat(taskQuery().processInstanceId(investigation.getId()).count()).isZero();
        assertThat(engine.getProcessEngine()
                        .getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(investigation.getId())
                        .taskDefinitionKey(USER_PRELIMINARY_ASSESSMENT)
                        .singleResult()
                        .getDeleteReason())
                .isNotEqualTo("completed");
    }

    @Test
    void theTeamChiefsWarningIsHandled() {
        ProcessInstance investigation = start();
        execute(job(investigation, TIMER_INVESTIGATION_WARNING));
        complete(task(investigation, USER_WARN_TEAM_CHIEF), withVariables(Variables.WARNING_HANDLED, true));
        assertThat(investigation).hasPassed("end_warning_handled").isWaitingAt(USER_CHILD_INVESTIGATION);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(ChildInvestigationProcess.Ending.class)
    void anInvestigationEndedEarlyPassesTheEndOfItsExplicitOutcome(ChildInvestigationProcess.Ending ending) {
        ProcessInstance investigation = start();

        new FamilyInterventionProcess(runtimeService()).endInvestigationEarly(investigation.getId(), ending);

        String end = ending == ChildInvestigationProcess.Ending.HANDED_OVER
                ? END_INVESTIGATION_HANDED_OVER
                : END_INVESTIGATION_ENDED_AFTER_ASSESSMENT;
        // the outcome is on record in the investigation's own history; the family's case then closes the rest
        assertThat(investigation).hasPassed(end).isWaitingAt(USER_CHILD_INVESTIGATION);
    }

    private static ProcessInstance start() {
        return runtimeService()
                .createProcessInstanceByKey(ChildInvestigationProcess.KEY)
                .businessKey(ProcessTestEngine.CASE_NUMBER)
                .setVariables(withVariables(
                        Variables.CASE_NUMBER,
                        ProcessTestEngine.CASE_NUMBER,
                        Variables.AWARENESS_DATE,
                        AWARE,
                        Variables.CHILD_ID,
                        11L))
                .execute();
    }

    private static Job job(ProcessInstance investigation, String activityId) {
        return managementService()
                .createJobQuery()
                .processInstanceId(investigation.getId())
                .activityId(activityId)
                .singleResult();
    }

    private static Task task(ProcessInstance investigation, String taskKey) {
        return taskQuery()
                .processInstanceId(investigation.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private static Date midnight(String day) {
        return Date.from(
                LocalDate.parse(day).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
