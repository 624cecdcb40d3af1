package dk.tvaers.process;

import static dk.tvaers.process.SupportDecisionIds.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.tvaers.kernel.Groups;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.process.SupportDecisionIds.Variables;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path and timer of support-decision.bpmn: the parties answer in time; the hearing deadline passes without
 * every answer; and the engine's refusals (draft not written, answers missing, a child without a conversation), each
 * leaving the task open. Who is a party (children from 10 on the day) is the case record's rule:
 * {@code SupportDecisionIntegrationTest}.
 */
@Deployment(resources = "bpmn/support-decision.bpmn")
class SupportDecisionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    final ProcessTestEngine.EngineAt clock = ProcessTestEngine.engineAt(engine, NOW);

    @RegisterExtension
    final ProcessDoubles doubles = new ProcessDoubles();

    private final ProcessTestEngine.CaseRecordDouble CASE = doubles.record();

    @Test
    void thePartiesAnswerInTimeAndTheTeamChiefDecides() {
        ProcessInstance decision = start();

        assertThat(decision).hasPassed(SERVICE_OPEN_DECISION).isWaitingAt(USER_DRAFT_DECISION);
        assertThat(task(decision)).hasCandidateGroup(Groups.SOF);
        assertThat(task(decision).getDueDate()).isEqualTo(Date.from(NOW.plus(14, ChronoUnit.DAYS)));
        assertThat(runtimeService().getVariable(decision.getId(), SupportDecisionProcess.DECISION_ID.name()))
                .isEqualTo(7L);
        complete(task(decision), withVariables(Variables.DECISION_DRAFTED, true));

        assertThat(decision).hasPassed(SERVICE_OPEN_HEARING).isWaitingAt(USER_REGISTER_HEARING);
        assertThat(runtimeService().getVariable(decision.getId(), SupportDecisionProcess.HEARING_PARTIES.name()))
                .isEqualTo(3);
        complete(task(decision), withVariables(Variables.HEARING_ANSWERS_REGISTERED, true));

        assertThat(decision).isWaitingAt(USER_FINAL_DECISION);
        assertThat(task(decision)).hasCandidateGroup(Groups.TEAM_CHIEF);
        assertThat(job(TIMER_HEARING_DEADLINE, decision)).isNull();
        complete(task(decision), withVariables(Variables.DECISION_FINAL, true));

        assertThat(decision)
                .hasPassed(END_DECISION_MADE)
                .hasNotPassed(SERVICE_CLOSE_HEARING)
                .isEnded();
        assertThat(CASE.decisionEvents).containsExactly("opened", "hearing", "decided 7");
    }

    @Test
    void theHearingDeadlinePassesWithoutEveryAnswerAndTheDecisionIsMadeAllTheSame() {
        ProcessInstance decision = start();
        complete(task(decision), withVariables(Variables.DECISION_DRAFTED, true));

        // a party has not answered: the task cannot be completed, the deadline closes the hearing
        CASE.allAnswered = false;
        Task register = task(decision);
        assertThatThrownBy(() -> complete(register, withVariables(Variables.HEARING_ANSWERS_REGISTERED, true)))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Ikke alle parter har svaret")
                .hasMessageContaining(Variables.HEARING_ANSWERS_REGISTERED);
        assertThat(taskQuery().taskId(register.getId()).count()).isOne();

        Job deadline = job(TIMER_HEARING_DEADLINE, decision);
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(NOW.plus(14, ChronoUnit.DAYS)));
        execute(deadline);

        assertThat(decision).hasPassed(SERVICE_CLOSE_HEARING).isWaitingAt(USER_FINAL_DECISION);
        assertThat(taskQuery().taskId(register.getId()).count()).isZero();
        complete(task(decision), withVariables(Variables.DECISION_FINAL, true));
        assertThat(decision).hasPassed(END_DECISION_MADE).isEnded();
        assertThat(CASE.decisionEvents).containsExactly("opened", "hearing", "closed", "decided 7");
    }

    @Test
    void anUnwrittenDraftOrAChildWithoutAConversationIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance decision = start();
        CASE.drafted = false;
        Task draft = task(decision);
        assertThatThrownBy(() -> complete(draft, withVariables(Variables.DECISION_DRAFTED, true)))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Udkastet er ikke skrevet færdigt")
                .hasMessageContaining(Variables.DECISION_DRAFTED);
        assertThat(decision).isWaitingAt(USER_DRAFT_DECISION);
        CASE.drafted = true;
        complete(draft, withVariables(Variables.DECISION_DRAFTED, true));
        complete(task(decision), withVariables(Variables.HEARING_ANSWERS_REGISTERED, true));

        // two children, one without a conversation in the period before the decision (Barnets Lov §5)
        CASE.children = List.of(11L, 12L);
        CASE.unheardChildren.add(12L);
        Task fin = task(decision);
        assertThatThrownBy(() -> complete(fin, withVariables(Variables.DECISION_FINAL, true)))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 barn i sagen mangler en registreret samtale før afgørelsen")
                .hasMessageContaining(Variables.DECISION_FINAL);
        assertThat(decision).isWaitingAt(USER_FINAL_DECISION);
        assertThat(CASE.decisionEvents).doesNotContain("decided 7");

        CASE.unheardChildren.clear();
        complete(fin, withVariables(Variables.DECISION_FINAL, true));
        assertThat(decision).isEnded();
    }

    /**
     * The draft and the final decision raise a follow-up to the coordinator when their due date passes; the task stays
     * open. (The hearing's registration has none: its due date is the hearing deadline, whose interrupting timer
     * closes the hearing and records the missing answers.)
     */
    @ParameterizedTest
    @MethodSource("overdueTimers")
    void anOverdueDecisionTaskRaisesAFollowUpToTheCoordinatorAndStaysOpen(
            String timerId, String taskId, String followUpId, int days) {
        overdueTaskRaisesAFollowUp(NOW, timerId, taskId, followUpId, days);
    }

    /** The overdue timers of the decision's tasks: timer, task, follow-up, the task's days to its due date. */
    static Stream<Arguments> overdueTimers() {
        return Stream.of(
                Arguments.of(TIMER_DRAFT_DECISION_OVERDUE, USER_DRAFT_DECISION, USER_FOLLOWUP_DRAFT_DECISION, 14),
                Arguments.of(TIMER_FINAL_DECISION_OVERDUE, USER_FINAL_DECISION, USER_FOLLOWUP_FINAL_DECISION, 7));
    }

    /** Also run by FamilyInterventionProcessTest, which deploys this model with the case's. */
    static void overdueTaskRaisesAFollowUp(Instant now, String timerId, String taskId, String followUpId, int days) {
        ProcessInstance decision = runtimeService()
                .createProcessInstanceByKey(SupportDecisionProcess.KEY)
                .businessKey(ProcessTestEngine.CASE_NUMBER)
                .setVariables(withVariables(
                        Variables.CASE_NUMBER,
                        ProcessTestEngine.CASE_NUMBER,
                        SupportDecisionProcess.DECISION_ID.name(),
                        7L))
                .startBeforeActivity(taskId)
                .execute();
        Task open = task(decision);
        assertThat(open.getDueDate()).isEqualTo(Date.from(now.plus(days, ChronoUnit.DAYS)));
        Job overdue = job(timerId, decision);
        assertThat(overdue.getDuedate()).isEqualTo(open.getDueDate());
        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);

        assertThat(decision).isWaitingAt(taskId, followUpId);
        Task raised = taskQuery().taskDefinitionKey(followUpId).singleResult();
        assertThat(raised).hasCandidateGroup(Groups.COORDINATOR);
        assertThat(raised.getName()).isEqualTo("Opfølgning: " + open.getName() + " er overskredet");
        assertThat(raised.getDueDate()).isEqualTo(Date.from(now.plus(days + 3, ChronoUnit.DAYS)));
        complete(raised, withVariables(Variables.OVERDUE_FOLLOWED_UP, true));
        assertThat(decision).hasPassed(followUpId).isWaitingAt(taskId);
        assertThat(taskQuery().taskId(open.getId()).count()).isOne();
    }

    private static ProcessInstance start() {
        return runtimeService()
                .startProcessInstanceByKey(
                        SupportDecisionProcess.KEY,
                        ProcessTestEngine.CASE_NUMBER,
                        withVariables(Variables.CASE_NUMBER, ProcessTestEngine.CASE_NUMBER));
    }
}
