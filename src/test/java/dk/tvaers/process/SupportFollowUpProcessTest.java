package dk.tvaers.process;

import static dk.tvaers.process.SupportFollowUpIds.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.tvaers.kernel.Groups;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.process.SupportFollowUpIds.Variables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path and timer of support-follow-up.bpmn (Barnets Lov §95): the first follow-up is due 3 months after the
 * support started and asked for a month before; it cannot be completed without a conversation with each child since
 * it was asked for; the coordinator's date (or the municipality's interval) sets the next; an overdue follow-up goes
 * to the team lead; the follow-up ends when the case closes. Starting and ending go through {@link
 * SupportFollowUpProcess}, as the case's phase listener and closing delegate call it.
 */
@Deployment(resources = "bpmn/support-follow-up.bpmn")
class SupportFollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String CASE_NUMBER = ProcessTestEngine.CASE_NUMBER;

    @RegisterExtension
    final ProcessTestEngine.EngineAt clock = ProcessTestEngine.engineAt(engine, NOW);

    @RegisterExtension
    final ProcessDoubles doubles = new ProcessDoubles();

    private final ProcessTestEngine.CaseRecordDouble CASE = doubles.record();

    /** The process object as the case's phase listener and closing delegate call it. */
    private static SupportFollowUpProcess followUps() {
        return new SupportFollowUpProcess(runtimeService(), ProcessDeadlines.defaults());
    }

    @Test
    void theFirstFollowUpIsDueThreeMonthsAfterTheSupportStartedAndTheNextAsTheCoordinatorDecides() {
        CASE.children = List.of(11L, 12L);
        followUps().start(CASE_NUMBER, LocalDate.of(2026, 3, 2));
        // entering the intensive phase again starts no second follow-up
        followUps().start(CASE_NUMBER, LocalDate.of(2026, 3, 9));
        ProcessInstance followUp = runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SupportFollowUpProcess.KEY)
                .processInstanceBusinessKey(CASE_NUMBER)
                .singleResult();

        // asked for a month before the day, due on the day 3 months after the start
        Job asked = job(TIMER_FOLLOW_UP_DUE, followUp);
        assertThat(asked.getDuedate()).isEqualTo(midnight("2026-05-02"));
        ClockUtil.setCurrentTime(asked.getDuedate());
        execute(asked);
        Task first = task(followUp);
        assertThat(first).hasCandidateGroup(Groups.COORDINATOR);
        assertThat(first.getName()).isEqualTo("Følg op på støtten og tal med barnet (Barnets Lov §95)");
        assertThat(first.getDueDate()).isEqualTo(midnight("2026-06-02"));

        // one child without a conversation since the follow-up was asked for: refused, the task stays open
        CASE.unheardChildren.add(12L);
        assertThatThrownBy(() -> complete(first, withVariables(Variables.SUPPORT_FOLLOWED_UP, true)))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 barn i sagen mangler en registreret samtale ved opfølgningen")
                .hasMessageContaining(Variables.SUPPORT_FOLLOWED_UP);
        assertThat(taskQuery().taskId(first.getId()).count()).isOne();
        assertThat(CASE.decisionEvents).containsExactly("follow-up checked since 2026-05-02");

        // a next follow-up later than the municipality's interval (6 months from today) or not after today: refused
        CASE.unheardChildren.clear();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-20T08:00:00Z")));
        for (String refused : List.of("2026-11-21", "2026-05-20")) {
            assertThatThrownBy(() -> complete(
                            first,
                            withVariables(Variables.SUPPORT_FOLLOWED_UP, true, Variables.NEXT_FOLLOW_UP_DATE, refused)))
                    .hasRootCauseInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("senest 20.11.2026")
                    .hasMessageContaining(Variables.NEXT_FOLLOW_UP_DATE);
        }
        assertThat(runtimeService().getVariable(followUp.getId(), SupportFollowUpProcess.NEXT_FOLLOW_UP.name()))
                .isEqualTo("2026-06-02");

        // the coordinator decides the next follow-up in 2 months
        complete(
                first, withVariables(Variables.SUPPORT_FOLLOWED_UP, true, Variables.NEXT_FOLLOW_UP_DATE, "2026-07-20"));
        assertThat(followUp).isWaitingAt(EVT_FOLLOW_UP);
        assertThat(runtimeService().getVariable(followUp.getId(), Variables.NEXT_FOLLOW_UP_DATE))
                .isNull();
        Job second = job(TIMER_FOLLOW_UP_DUE, followUp);
        assertThat(second.getDuedate()).isEqualTo(midnight("2026-06-20"));
        ClockUtil.setCurrentTime(second.getDuedate());
        execute(second);
        assertThat(task(followUp).getDueDate()).isEqualTo(midnight("2026-07-20"));

        // no date: the municipality's interval, 6 months from the day of the follow-up
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-01T08:00:00Z")));
        complete(task(followUp), withVariables(Variables.SUPPORT_FOLLOWED_UP, true));
        assertThat(job(TIMER_FOLLOW_UP_DUE, followUp).getDuedate()).isEqualTo(midnight("2026-12-01"));

        // the case closes: the follow-up ends with it, nothing left
        followUps().end(CASE_NUMBER);
        assertThat(followUp).hasPassed(END_SUPPORT_ENDED).isEnded();
        assertThat(managementService().createJobQuery().count()).isZero();
        // ending a case without a running follow-up is nothing
        followUps().end(CASE_NUMBER);
    }

    @Test
    void anOverdueFollowUpGoesToTheTeamLeadAndStaysOpenUntilTheCaseCloses() {
        followUps().start(CASE_NUMBER, LocalDate.of(2026, 3, 2));
        ProcessInstance followUp = runtimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(CASE_NUMBER)
                .singleResult();
        execute(job(TIMER_FOLLOW_UP_DUE, followUp));
        Task open = task(followUp);

        Job overdue = job(TIMER_FOLLOW_UP_SUPPORT_OVERDUE, followUp);
        assertThat(overdue.getDuedate()).isEqualTo(open.getDueDate()).isEqualTo(midnight("2026-06-02"));
        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);

        assertThat(followUp).isWaitingAt(USER_FOLLOW_UP_SUPPORT, USER_FOLLOWUP_FOLLOW_UP_SUPPORT);
        Task raised =
                taskQuery().taskDefinitionKey(USER_FOLLOWUP_FOLLOW_UP_SUPPORT).singleResult();
        assertThat(raised).hasCandidateGroup(Groups.TEAM_LEAD);
        assertThat(raised.getName()).isEqualTo("Opfølgning: " + open.getName() + " er overskredet");
        complete(raised, withVariables(Variables.OVERDUE_FOLLOWED_UP, true));
        assertThat(followUp).hasPassed(END_FOLLOWUP_FOLLOW_UP_SUPPORT).isWaitingAt(USER_FOLLOW_UP_SUPPORT);

        // the case closes while the follow-up is open: the task goes with it
        followUps().end(CASE_NUMBER);
        assertThat(followUp).isEnded();
        assertThat(taskQuery().count()).isZero();
    }

    @Test
    void urgentSupportsFirstFollowUpComesEarlierWhenTheInvestigationFinishesFirstAndOnlyThen() {
        // urgent support started on 2 March while the investigation runs: first follow-up due 2 June
        followUps().start(CASE_NUMBER, LocalDate.of(2026, 3, 2));
        ProcessInstance followUp = followUp();
        assertThat(job(TIMER_FOLLOW_UP_DUE, followUp).getDuedate()).isEqualTo(midnight("2026-05-02"));

        // the investigation finishes on 30 May: a week later (6 June) is not earlier than 2 June, nothing changes
        assertThat(followUps().investigationsFinished(CASE_NUMBER, LocalDate.of(2026, 5, 30)))
                .isFalse();
        assertThat(runtimeService().getVariable(followUp.getId(), SupportFollowUpProcess.NEXT_FOLLOW_UP.name()))
                .isEqualTo("2026-06-02");

        // it finishes on 10 April instead: the first follow-up is due a week after (§95, stk. 2), asked for at once
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-10T12:00:00Z")));
        assertThat(followUps().investigationsFinished(CASE_NUMBER, LocalDate.of(2026, 4, 10)))
                .isTrue();
        assertThat(followUp).hasPassed(MSG_INVESTIGATIONS_FINISHED).isWaitingAt(EVT_FOLLOW_UP);
        Job now = job(TIMER_FOLLOW_UP_DUE, followUp);
        assertThat(now.getDuedate()).isBefore(ClockUtil.getCurrentTime());
        execute(now);
        Task first = task(followUp);
        assertThat(first.getDueDate()).isEqualTo(midnight("2026-04-17"));
        assertThat(job(TIMER_FOLLOW_UP_SUPPORT_OVERDUE, followUp).getDuedate()).isEqualTo(midnight("2026-04-17"));

        // after the first follow-up an investigation's end moves nothing: the coordinator set the next one
        complete(
                first, withVariables(Variables.SUPPORT_FOLLOWED_UP, true, Variables.NEXT_FOLLOW_UP_DATE, "2026-06-01"));
        assertThat(followUps().investigationsFinished(CASE_NUMBER, LocalDate.of(2026, 4, 14)))
                .isFalse();
        assertThat(runtimeService().getVariable(followUp.getId(), SupportFollowUpProcess.NEXT_FOLLOW_UP.name()))
                .isEqualTo("2026-06-01");
        // a case without a follow-up running: nothing
        followUps().end(CASE_NUMBER);
        assertThat(followUps().investigationsFinished(CASE_NUMBER, LocalDate.of(2026, 4, 14)))
                .isFalse();
    }

    @Test
    void anOpenFirstFollowUpIsAskedForAgainWithTheEarlierDueDateWhenTheInvestigationFinishes() {
        followUps().start(CASE_NUMBER, LocalDate.of(2026, 3, 2));
        ProcessInstance followUp = followUp();
        ClockUtil.setCurrentTime(midnight("2026-05-02"));
        execute(job(TIMER_FOLLOW_UP_DUE, followUp));
        Task open = task(followUp);
        assertThat(open.getDueDate()).isEqualTo(midnight("2026-06-02"));

        // the investigation finishes on 5 May: the open follow-up is asked for again, due 12 May
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-05T10:00:00Z")));
        assertThat(followUps().investigationsFinished(CASE_NUMBER, LocalDate.of(2026, 5, 5)))
                .isTrue();
        assertThat(followUp).hasPassed(MSG_INVESTIGATIONS_FINISHED_WHILE_OPEN);
        assertThat(taskQuery().taskId(open.getId()).count()).isZero();
        execute(job(TIMER_FOLLOW_UP_DUE, followUp));
        Task again = task(followUp);
        assertThat(again.getDueDate()).isEqualTo(midnight("2026-05-12"));
        assertThat(job(TIMER_FOLLOW_UP_SUPPORT_OVERDUE, followUp).getDuedate()).isEqualTo(midnight("2026-05-12"));
        followUps().end(CASE_NUMBER);
        assertThat(followUp).isEnded();
    }

    @Test
    void urgentSupportStartedAfterTheInvestigationsFinishedIsFollowedUpWithinAWeek() {
        // the SOF caseworker starts the support the team chief decided, but the investigations are over by then
        SupportFollowUps hooks = new SupportFollowUps(
                followUps(), new FamilyInterventionProcess(runtimeService()), ProcessDoubles.ENGINE_CLOCK);
        hooks.urgentSupportStarted(CASE_NUMBER, "2026-03-02");
        ProcessInstance followUp = followUp();
        assertThat(runtimeService().getVariable(followUp.getId(), SupportFollowUpProcess.NEXT_FOLLOW_UP.name()))
                .isEqualTo("2026-03-09");
        assertThat(followUp).hasPassed(MSG_INVESTIGATIONS_FINISHED);
        // the family course's own hook, called again when nothing is earlier: nothing changes
        hooks.investigationsFinished(CASE_NUMBER);
        execute(job(TIMER_FOLLOW_UP_DUE, followUp));
        assertThat(task(followUp).getDueDate()).isEqualTo(midnight("2026-03-09"));
    }

    private static ProcessInstance followUp() {
        return runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SupportFollowUpProcess.KEY)
                .processInstanceBusinessKey(CASE_NUMBER)
                .singleResult();
    }

    private static Date midnight(String day) {
        return Date.from(
                LocalDate.parse(day).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
