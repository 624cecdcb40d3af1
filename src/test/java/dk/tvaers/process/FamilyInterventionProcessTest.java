package dk.tvaers.process;

import static dk.tvaers.process.FamilyInterventionIds.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.tvaers.family.CaseLifecycle;
import dk.tvaers.family.VisitationRecords;
import dk.tvaers.kernel.Groups;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import java.io.File;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path, timer and boundary event of family-intervention.bpmn (and the child investigations and the decision on
 * support it calls).
 */
@Deployment(
        resources = {
            "bpmn/family-intervention.bpmn",
            "bpmn/child-investigation.bpmn",
            "bpmn/support-decision.bpmn",
            "bpmn/visitation.dmn"
        })
class FamilyInterventionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    /** The models' beans, fresh for each test. */
    @RegisterExtension
    final ProcessTestEngine.EngineAt clock = ProcessTestEngine.engineAt(engine, NOW);

    @RegisterExtension
    final ProcessDoubles doubles = new ProcessDoubles();

    private final ProcessTestEngine.CaseRecordDouble CASE = doubles.record();

    @Test
    void aVisitedFamilyRunsTheWholeCourseToClosing() {
        CASE.children = List.of(11L, 12L);
        ProcessInstance instance = referral();

        assertThat(instance).isWaitingAt(USER_REGISTER_MEMBERS).hasBusinessKey(ProcessTestEngine.CASE_NUMBER);
        assertThat(task(instance)).hasCandidateGroup(Groups.COORDINATOR);
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(NOW.plus(5, ChronoUnit.DAYS)));
        complete(task(instance), withVariables(Variables.MEMBERS_REGISTERED, true));
        assertThat(CASE.coordinators).containsExactly("mette");

        // one child investigation per child, each with the statutory deadline of the awareness date + 4 months
        List<ProcessInstance> investigations = investigationsOf(instance);
        assertThat(investigations).hasSize(2);
        Task investigation = taskOf(investigations.get(0));
        assertThat(investigation.getName()).isEqualTo("Børnefaglig undersøgelse (Barnets Lov §20)");
        assertThat(investigation.getDueDate()).isEqualTo(localMidnight("2026-06-20"));
        assertThat(investigation.getFollowUpDate()).isEqualTo(localMidnight("2026-06-06"));
        // the team chief is warned 14 days before the deadline; a week before it the preliminary assessment is asked
        // for
        execute(job(ChildInvestigationIds.Elements.TIMER_INVESTIGATION_WARNING, investigations.get(0)));
        Task warning = taskOf(investigations.get(0), ChildInvestigationIds.Elements.USER_WARN_TEAM_CHIEF);
        assertThat(taskQuery()
                        .taskId(warning.getId())
                        .taskCandidateGroup(Groups.TEAM_CHIEF)
                        .count())
                .isEqualTo(1);
        complete(warning, withVariables(ChildInvestigationIds.Variables.WARNING_HANDLED, true));
        execute(job(ChildInvestigationIds.Elements.TIMER_PRELIMINARY_ASSESSMENT, investigations.get(0)));
        complete(
                taskOf(investigations.get(0), ChildInvestigationIds.Elements.USER_PRELIMINARY_ASSESSMENT),
                withVariables(ChildInvestigationIds.Variables.PRELIMINARY_ASSESSMENT, "SUPPORT_NEEDED"));
        assertThat(investigations.get(0))
                .hasPassed(ChildInvestigationIds.Elements.END_PRELIMINARY_ASSESSMENT_MADE)
                .isWaitingAt(ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION);
        // past the deadline the team chief follows up every cycle (ChildInvestigationProcessTest has the dates)
        execute(job(ChildInvestigationIds.Elements.TIMER_LATE_INVESTIGATION, investigations.get(0)));
        complete(
                taskOf(investigations.get(0), ChildInvestigationIds.Elements.USER_FOLLOW_UP_LATE_INVESTIGATION),
                withVariables(ChildInvestigationIds.Variables.LATE_INVESTIGATION_FOLLOWED_UP, true));
        assertThat(investigations.get(0))
                .hasPassed(ChildInvestigationIds.Elements.END_LATE_INVESTIGATION_FOLLOWED_UP)
                .isWaitingAt(ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION);
        for (ProcessInstance child : investigations) {
            complete(taskOf(child), withVariables(ChildInvestigationIds.Variables.INVESTIGATION_FINISHED, true));
        }

        assertThat(instance).isWaitingAt(USER_DECIDE_VISITATION);
        assertThat(task(instance)).hasCandidateGroup(Groups.TEAM_CHIEF);
        complete(task(instance), visitation(FamilyInterventionProcess.Visitation.VISITED.name()));

        // the support is decided in writing with hearing before the family meeting: every party answered
        assertThat(instance).isWaitingAt(CALL_SUPPORT_DECISION);
        decideSupport(instance, false);
        assertThat(CASE.decisionEvents).containsExactly("opened", "hearing", "decided 7");

        assertThat(instance).hasPassed(SERVICE_CHECK_CAPACITY).isWaitingAt(USER_FAMILY_MEETING_PLAN);
        complete(task(instance), plan(true, true, true));
        // the child's own wishes went into the case, and are in no process variable
        assertThat(CASE.decisionEvents).contains("wishes Vil gerne spille fodbold");
        assertThat(runtimeService().getVariable(instance.getId(), Variables.CHILD_WISHES))
                .isNull();

        assertThat(instance)
                .isWaitingAt(
                        USER_ACCEPT_GOALS_SOF, USER_ACCEPT_GOALS_BUF, USER_ACCEPT_GOALS_BIF, USER_ACCEPT_GOALS_KFF);
        for (String code : List.of("sof", "buf", "bif", "kff")) {
            Task accept = taskQuery()
                    .processInstanceId(instance.getId())
                    .taskCandidateGroup(code)
                    .singleResult();
            complete(accept, withVariables(Variables.GOALS_ACCEPTED, true));
        }

        assertThat(instance)
                .isWaitingAt(USER_OFFER_SOF, USER_OFFER_BUF, USER_OFFER_BIF, USER_OFFER_KFF, TIMER_PROGRESS_REVIEW);
        for (String offer : List.of(USER_OFFER_SOF, USER_OFFER_BUF, USER_OFFER_BIF, USER_OFFER_KFF)) {
            complete(task(offer, instance), withVariables(Variables.OFFER_ESTABLISHED, true));
        }

        // a coordination meeting every 4 weeks; its minutes may give any administration a task
        execute(job(START_COORDINATION_MEETING, instance));
        complete(
                task(USER_HOLD_COORDINATION_MEETING, instance),
                withVariables(
                        Variables.MINUTES_RECORDED, true,
                        Variables.MEETING_TASK_SOF, true,
                        Variables.MEETING_TASK_BUF, true,
                        Variables.MEETING_TASK_BIF, true,
                        Variables.MEETING_TASK_KFF, true,
                        Variables.MEETING_TASK_DESCRIPTION, "Følg op på fremmødet i skolen"));
        for (String meetingTask :
                List.of(USER_MEETING_TASK_SOF, USER_MEETING_TASK_BUF, USER_MEETING_TASK_BIF, USER_MEETING_TASK_KFF)) {
            complete(task(meetingTask, instance), withVariables(Variables.MEETING_TASK_DONE, true));
        }
        // the next meeting comes round, this time with no new tasks
        execute(job(START_COORDINATION_MEETING, instance));
        complete(task(USER_HOLD_COORDINATION_MEETING, instance), meeting(false));
        assertThat(instance).hasPassed(END_COORDINATION_MEETING);

        execute(job(START_QUARTERLY_REPORT, instance));
        assertThat(task(USER_QUARTERLY_REPORT, instance)).hasCandidateGroup(Groups.COORDINATOR);
        // the task carries the quarter its form links the outcome report for: the cycle that ended the day before
        Task report = task(USER_QUARTERLY_REPORT, instance);
        java.time.LocalDate created = report.getCreateTime()
                .toInstant()
                .atZone(java.time.ZoneId.of("Europe/Copenhagen"))
                .toLocalDate();
        assertThat(taskService().getVariablesLocal(report.getId()))
                .containsEntry(Variables.REPORT_FROM, created.minusMonths(3).toString())
                .containsEntry(Variables.REPORT_TO, created.minusDays(1).toString())
                .containsEntry(
                        Variables.REPORT_PERIOD,
                        java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy").format(created.minusMonths(3))
                                + " – "
                                + java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")
                                        .format(created.minusDays(1)));
        complete(task(USER_QUARTERLY_REPORT, instance), withVariables(Variables.REPORT_SENT, true));

        // the phase does not end on the clock: 21 days before its planned end (six months) the re-screening is asked
        // for, and the coordinator's decision is due on the planned end
        Date plannedEnd = sixMonthsAfter(NOW);
        assertThat(runtimeService().getVariable(instance.getId(), Variables.INTENSIVE_PHASE_ENDS))
                .isEqualTo(plannedEnd);
        Job review = job(TIMER_PROGRESS_REVIEW, instance);
        assertThat(review.getDuedate()).isEqualTo(minusDays(plannedEnd, 21));
        execute(review);
        assertThat(instance).isWaitingAt(USER_RESCREENING).hasNotPassed(END_INTENSIVE_PHASE);
        complete(task(USER_RESCREENING, instance), withVariables(Variables.RESCREENING_RECORDED, true));
        Task decision = task(USER_DECIDE_PROGRESS, instance);
        assertThat(decision).hasCandidateGroup(Groups.COORDINATOR);
        assertThat(decision.getDueDate()).isEqualTo(plannedEnd);
        assertThat(job(TIMER_DECIDE_PROGRESS_OVERDUE, instance).getDuedate()).isEqualTo(plannedEnd);
        // the form shows the re-screening against the intake screening
        assertThat(taskService().getVariableLocal(decision.getId(), Variables.SCREENING_COMPARISON))
                .isEqualTo(CASE.screeningComparison);
        complete(decision, withVariables(Variables.PROGRESS_DECISION, "PHASE_OUT"));

        assertThat(instance).hasPassed(END_INTENSIVE_PHASE).isWaitingAt(USER_PLAN_PHASE_OUT);
        complete(task(instance), withVariables(Variables.PHASE_OUT_PLANNED, true));
        // phase-out lasts as progress allows: the coordinator ends it; its old length is only the due date
        Task endPhaseOut = task(USER_END_PHASE_OUT, instance);
        assertThat(endPhaseOut).hasCandidateGroup(Groups.COORDINATOR);
        assertThat(endPhaseOut.getDueDate())
                .isEqualTo(Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
                        .toInstant()
                        .atZone(java.time.ZoneId.systemDefault())
                        .plusMonths(3)
                        .toInstant()));
        // meetings and reports go on in the phase-out
        execute(job(START_COORDINATION_MEETING, instance));
        complete(task(USER_HOLD_COORDINATION_MEETING, instance), meeting(false));
        execute(job(START_QUARTERLY_REPORT, instance));
        complete(task(USER_QUARTERLY_REPORT, instance), withVariables(Variables.REPORT_SENT, true));
        complete(endPhaseOut, withVariables(Variables.PHASE_OUT_ENDED, true, Variables.AFTERCARE_OFFER, "ACCEPTED"));
        complete(task(instance), withVariables(Variables.AFTERCARE_PLANNED, true));
        assertThat(instance).isWaitingAt(TIMER_AFTERCARE_OVER);
        // and in aftercare; a meeting still open when the course ends is cancelled with it
        execute(job(START_COORDINATION_MEETING, instance));
        assertThat(instance).isWaitingAt(USER_HOLD_COORDINATION_MEETING);
        execute(job(TIMER_AFTERCARE_OVER, instance));
        complete(task(USER_AFTERCARE_FOLLOW_UP, instance), withVariables(Variables.FOLLOW_UP_DONE, true));
        assertThat(instance).hasPassed(END_COURSE_COMPLETED).isWaitingAt(USER_CLOSE_CASE);
        assertThat(taskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(USER_HOLD_COORDINATION_MEETING)
                        .count())
                .isZero();
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .activityId(START_COORDINATION_MEETING)
                        .count())
                .isZero();
        complete(
                task(instance),
                withVariables(Variables.OUTCOME, "GOALS_MET", Variables.HANDOVER_TO, "ORDINARY_SUPPORT"));

        // closing ends the case, the 18th birthdays still ahead included
        assertThat(instance).hasPassed(SERVICE_CLOSE_CASE, END_CASE_CLOSED).isEnded();
        assertThat(CASE.phases)
                .containsExactly("INVESTIGATION", "VISITATION", "PLANNING", "INTENSIVE", "PHASE_OUT", "AFTERCARE");
        assertThat(CASE.closeReasons).containsExactly("COMPLETED");
    }

    @Test
    void theCoordinatorExtendsTheIntensivePhaseAndTheDecisionIsDueAtTheNewEnd() {
        ProcessInstance instance = inCourse();
        Date plannedEnd = sixMonthsAfter(NOW);
        execute(job(TIMER_PROGRESS_REVIEW, instance));
        complete(task(USER_RESCREENING, instance), withVariables(Variables.RESCREENING_RECORDED, true));
        complete(task(USER_DECIDE_PROGRESS, instance), withVariables(Variables.PROGRESS_DECISION, "EXTEND"));

        // three months more (tvaers.deadlines.intensive-extension) from the old planned end; no phase-out yet
        Date extended = Date.from(plannedEnd
                .toInstant()
                .atZone(java.time.ZoneId.systemDefault())
                .plusMonths(3)
                .toInstant());
        assertThat(instance)
                .hasNotPassed(END_INTENSIVE_PHASE)
                .isWaitingAt(TIMER_PROGRESS_REVIEW)
                .variables()
                .containsEntry(Variables.INTENSIVE_PHASE_ENDS, extended)
                .containsEntry(Variables.INTENSIVE_EXTENSIONS, 1);
        assertThat(job(TIMER_PROGRESS_REVIEW, instance).getDuedate()).isEqualTo(minusDays(extended, 21));
        assertThat(CASE.phases).endsWith("INTENSIVE");

        execute(job(TIMER_PROGRESS_REVIEW, instance));
        complete(task(USER_RESCREENING, instance), withVariables(Variables.RESCREENING_RECORDED, true));
        assertThat(task(USER_DECIDE_PROGRESS, instance).getDueDate()).isEqualTo(extended);
        complete(task(USER_DECIDE_PROGRESS, instance), withVariables(Variables.PROGRESS_DECISION, "PHASE_OUT"));
        assertThat(instance).isWaitingAt(USER_PLAN_PHASE_OUT);
    }

    @Test
    void theCoordinatorClosesTheCourseAfterTheIntensivePhase() {
        ProcessInstance instance = inCourse();
        execute(job(TIMER_PROGRESS_REVIEW, instance));
        complete(task(USER_RESCREENING, instance), withVariables(Variables.RESCREENING_RECORDED, true));
        // the decision is overdue on the planned end: the team lead follows up, the decision stays open
        execute(job(TIMER_DECIDE_PROGRESS_OVERDUE, instance));
        assertThat(instance).isWaitingAt(USER_DECIDE_PROGRESS, "user_followup_decide_progress");
        assertThat(task("user_followup_decide_progress", instance)).hasCandidateGroup(Groups.TEAM_LEAD);
        complete(task("user_followup_decide_progress", instance), withVariables(Variables.OVERDUE_FOLLOWED_UP, true));
        complete(task(USER_DECIDE_PROGRESS, instance), withVariables(Variables.PROGRESS_DECISION, "CLOSE"));

        assertThat(instance)
                .hasPassed(END_INTENSIVE_PHASE, END_COURSE_CLOSED_AFTER_INTENSIVE)
                .hasNotPassed(USER_PLAN_PHASE_OUT)
                .isWaitingAt(USER_CLOSE_CASE);
        // the course's meetings and reports stop with it
        for (String cycle : List.of(START_COORDINATION_MEETING, START_QUARTERLY_REPORT)) {
            assertThat(managementService()
                            .createJobQuery()
                            .processInstanceId(instance.getId())
                            .activityId(cycle)
                            .count())
                    .isZero();
        }
        assertThat(taskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly(USER_CLOSE_CASE);
        assertThat(CASE.phases).endsWith("INTENSIVE");
    }

    @Test
    void aFamilyThatDeclinesAftercareGoesToClosing() {
        ProcessInstance instance = inCourse();
        execute(job(TIMER_PROGRESS_REVIEW, instance));
        complete(task(USER_RESCREENING, instance), withVariables(Variables.RESCREENING_RECORDED, true));
        complete(task(USER_DECIDE_PROGRESS, instance), withVariables(Variables.PROGRESS_DECISION, "PHASE_OUT"));
        complete(task(USER_PLAN_PHASE_OUT, instance), withVariables(Variables.PHASE_OUT_PLANNED, true));
        // the old phase-out timer is now the due date: past it the team lead follows up, the phase-out goes on
        execute(job(TIMER_END_PHASE_OUT_OVERDUE, instance));
        assertThat(instance).isWaitingAt(USER_END_PHASE_OUT, "user_followup_end_phase_out");
        assertThat(task("user_followup_end_phase_out", instance)).hasCandidateGroup(Groups.TEAM_LEAD);
        complete(
                task(USER_END_PHASE_OUT, instance),
                withVariables(Variables.PHASE_OUT_ENDED, true, Variables.AFTERCARE_OFFER, "DECLINED"));

        assertThat(instance)
                .hasPassed(END_AFTERCARE_DECLINED)
                .hasNotPassed(USER_PLAN_AFTERCARE)
                .isWaitingAt(USER_CLOSE_CASE);
        assertThat(CASE.phases).endsWith("INTENSIVE", "PHASE_OUT");
    }

    @Test
    void theCoordinatorCallsTheFamilyMeetingAgainAndItRevisesThePlan() {
        FamilyInterventionProcess process = new FamilyInterventionProcess(runtimeService());
        ProcessInstance before = registered();
        // before the course no new family meeting can be called: nothing changes
        assertThat(process.callFamilyMeeting(ProcessTestEngine.CASE_NUMBER)).isFalse();
        runtimeService().deleteProcessInstance(before.getId(), "test");

        ProcessInstance instance = inCourse();
        assertThat(process.callFamilyMeeting(ProcessTestEngine.CASE_NUMBER)).isTrue();
        Task meeting = task(USER_REVISE_PLAN, instance);
        assertThat(meeting).hasCandidateGroup(Groups.COORDINATOR);
        assertThat(meeting.getDueDate()).isEqualTo(Date.from(NOW.plus(14, ChronoUnit.DAYS)));

        // without a revised plan saved since the meeting was called, the task is refused and stays open
        CASE.planSavedSinceMeeting = false;
        assertThatThrownBy(() -> complete(meeting, withVariables(Variables.PLAN_REVISED, "REVISED")))
                .hasMessageContaining("planRevised");
        assertThat(instance).isWaitingAt(USER_REVISE_PLAN);
        CASE.planSavedSinceMeeting = true;
        complete(meeting, withVariables(Variables.PLAN_REVISED, "REVISED"));
        assertThat(instance).hasPassed(END_PLAN_REVISED);

        // called again later; this time the meeting keeps the plan as it was
        assertThat(process.callFamilyMeeting(ProcessTestEngine.CASE_NUMBER)).isTrue();
        CASE.planSavedSinceMeeting = false;
        complete(task(USER_REVISE_PLAN, instance), withVariables(Variables.PLAN_REVISED, "UNCHANGED"));
        assertThat(instance).isWaitingAt(TIMER_PROGRESS_REVIEW);
    }

    @Test
    void whileTheInvestigationsRunTheTeamChiefDecidesUrgentSupportAndTheInvestigationsGoOn() {
        CASE.children = List.of(11L, 12L);
        ProcessInstance instance = referral();
        FamilyInterventionProcess process = new FamilyInterventionProcess(runtimeService());
        // before registration there is no investigation: nothing to ask for, nothing changes
        assertThat(process.requestUrgentSupport(ProcessTestEngine.CASE_NUMBER)).isFalse();
        assertThat(instance).isWaitingAt(USER_REGISTER_MEMBERS);
        complete(task(USER_REGISTER_MEMBERS, instance), withVariables(Variables.MEMBERS_REGISTERED, true));

        assertThat(process.requestUrgentSupport(ProcessTestEngine.CASE_NUMBER)).isTrue();
        Task decision = task(USER_DECIDE_URGENT_SUPPORT, instance);
        assertThat(decision).hasCandidateGroup(Groups.TEAM_CHIEF);
        assertThat(decision.getDueDate()).isEqualTo(Date.from(NOW.plus(2, ChronoUnit.DAYS)));
        // support is decided in writing: without the team chief's written decision the task is refused and stays open
        CASE.urgentSupportWritten = false;
        assertThatThrownBy(() -> complete(
                        decision,
                        withVariables(
                                Variables.URGENT_SUPPORT, "FAMILY_TREATMENT", Variables.URGENT_SUPPORT_DECIDED, true)))
                .hasMessageContaining("Afgørelsen om akut støtte er ikke skrevet")
                .hasMessageContaining(Variables.URGENT_SUPPORT);
        assertThat(taskQuery().taskId(decision.getId()).count()).isOne();
        CASE.urgentSupportWritten = true;
        complete(
                decision,
                withVariables(Variables.URGENT_SUPPORT, "FAMILY_TREATMENT", Variables.URGENT_SUPPORT_DECIDED, true));
        Task start = task(USER_START_URGENT_SUPPORT, instance);
        assertThat(start).hasCandidateGroup(Groups.SOF);
        complete(
                start,
                withVariables(
                        Variables.URGENT_SUPPORT_START_DATE,
                        localMidnight("2026-03-04"),
                        Variables.URGENT_SUPPORT_STARTED,
                        true));
        // the support runs and the investigations go on, untouched
        assertThat(instance).hasPassed(END_URGENT_SUPPORT_STARTED).isWaitingAt(CALL_CHILD_INVESTIGATION);
        assertThat(investigationsOf(instance)).hasSize(2);
        assertThat(CASE.phases).containsExactly("INVESTIGATION");
        // the support started is followed up (Barnets Lov §95) from the day SOF started it
        assertThat(CASE.followUpEvents).containsExactly("urgent support started 2026-03-04");

        // asked again later, the team chief may find it is not needed: no written decision is asked for then
        assertThat(process.requestUrgentSupport(ProcessTestEngine.CASE_NUMBER)).isTrue();
        CASE.urgentSupportWritten = false;
        complete(
                task(USER_DECIDE_URGENT_SUPPORT, instance),
                withVariables(Variables.URGENT_SUPPORT, "NOT_NEEDED", Variables.URGENT_SUPPORT_DECIDED, true));
        assertThat(instance).hasPassed(END_URGENT_SUPPORT_NOT_NEEDED);

        // visitation still waits for every investigation; afterwards urgent support is no longer asked for here
        for (ProcessInstance child : investigationsOf(instance)) {
            complete(taskOf(child), withVariables(ChildInvestigationIds.Variables.INVESTIGATION_FINISHED, true));
        }
        assertThat(instance).isWaitingAt(USER_DECIDE_VISITATION);
        // the investigations are finished: the follow-up of the urgent support is told, once (§95, stk. 2)
        assertThat(CASE.followUpEvents).containsExactly("urgent support started 2026-03-04", "investigations finished");
        assertThat(process.requestUrgentSupport(ProcessTestEngine.CASE_NUMBER)).isFalse();
        assertThat(taskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(USER_DECIDE_URGENT_SUPPORT)
                        .count())
                .isZero();
    }

    @Test
    void siblingsTheCoordinatorPutsInOneInvestigationShareItAndTheReasonStaysOutOfTheProcess() {
        CASE.children = List.of(31L, 32L, 33L);
        ProcessInstance instance = referral();
        complete(
                task(USER_REGISTER_MEMBERS, instance),
                withVariables(
                        Variables.MEMBERS_REGISTERED,
                        true,
                        Variables.INVESTIGATION_SCOPE,
                        FamilyInterventionProcess.Scope.SHARED.name(),
                        Variables.INVESTIGATION_EXTENT,
                        "CLARIFICATION",
                        Variables.INVESTIGATION_EXTENT_REASON,
                        "Afgrænset skolefravær"));

        assertThat(CASE.investigationPlans).containsExactly("SHARED/CLARIFICATION");
        List<ProcessInstance> investigations = investigationsOf(instance);
        assertThat(investigations).hasSize(1);
        assertThat(runtimeService().getVariable(investigations.get(0).getId(), Variables.CHILD_ID))
                .isEqualTo(31L);
        assertThat(runtimeService().getVariable(instance.getId(), Variables.INVESTIGATION_EXTENT_REASON))
                .isNull();
        // without a choice every child has its own full investigation, as before
        ProcessInstance other = referral();
        complete(task(USER_REGISTER_MEMBERS, other), withVariables(Variables.MEMBERS_REGISTERED, true));
        assertThat(CASE.investigationPlans).endsWith("PER_CHILD/FULL");
        assertThat(investigationsOf(other)).hasSize(3);
    }

    @Test
    void aFamilyWithoutAChildCannotPassRegistrationAndTheTaskStaysOpen() {
        CASE.hasYoungMember = false;
        ProcessInstance instance = referral();
        Task registration = task(instance);

        assertThatThrownBy(() -> complete(registration, withVariables(Variables.MEMBERS_REGISTERED, true)))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("intet barn eller ung")
                .hasMessageContaining(Variables.MEMBERS_REGISTERED);
        assertThat(instance).isWaitingAt(USER_REGISTER_MEMBERS).hasNotPassed(USER_REGISTER_MEMBERS);
        assertThat(taskQuery().taskId(registration.getId()).count()).isOne();
        assertThat(runtimeService().getVariable(instance.getId(), Variables.MEMBERS_REGISTERED))
                .isNull();
        assertThat(CASE.coordinators).isEmpty();
        assertThat(CASE.phases).doesNotContain("INVESTIGATION");

        // once a child is registered, the same confirmation passes on to the child investigation
        CASE.hasYoungMember = true;
        complete(registration, withVariables(Variables.MEMBERS_REGISTERED, true));
        assertThat(instance).hasPassed(USER_REGISTER_MEMBERS);
        assertThat(investigationsOf(instance)).hasSize(1);
    }

    @Test
    void theInvestigationCannotFinishWithoutAConversationWithTheChildAndTheTaskStaysOpen() {
        CASE.children = List.of(11L);
        CASE.unheardChildren.add(11L);
        ProcessInstance instance = referral();
        complete(task(instance), withVariables(Variables.MEMBERS_REGISTERED, true));
        ProcessInstance investigation = investigationsOf(instance).get(0);
        Task task = taskOf(investigation);

        assertThatThrownBy(() ->
                        complete(task, withVariables(ChildInvestigationIds.Variables.INVESTIGATION_FINISHED, true)))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("samtale med barnet")
                .hasMessageContaining(ChildInvestigationIds.Variables.INVESTIGATION_FINISHED);
        assertThat(taskQuery().taskId(task.getId()).count()).isOne();
        assertThat(instance).isWaitingAt(CALL_CHILD_INVESTIGATION);

        // the conversation (or why it was not held) is recorded: the investigation finishes
        CASE.unheardChildren.clear();
        complete(task, withVariables(ChildInvestigationIds.Variables.INVESTIGATION_FINISHED, true));
        assertThat(instance).isWaitingAt(USER_DECIDE_VISITATION);
    }

    @Test
    void theReferringCoordinatorGetsTheFirstTaskAndAnyoneElseLeavesItToTheGroup() {
        IdentityService identity = engine.getProcessEngine().getIdentityService();
        try {
            identity.setAuthentication("mette", List.of("sof", Groups.COORDINATOR));
            ProcessInstance byCoordinator = referral();
            assertThat(task(byCoordinator)).isAssignedTo("mette");
            assertThat(taskQuery()
                            .processInstanceId(byCoordinator.getId())
                            .taskCandidateGroup(Groups.COORDINATOR)
                            .includeAssignedTasks()
                            .count())
                    .isOne();

            identity.setAuthentication("jonas", List.of("buf"));
            ProcessInstance byOther = referral();
            assertThat(task(byOther)).isNotAssigned().hasCandidateGroup(Groups.COORDINATOR);
        } finally {
            identity.clearAuthentication();
        }
        // started by Tværs itself with no user: the coordinators' group
        assertThat(task(referral())).isNotAssigned();
    }

    @Test
    void aFamilyTheTeamChiefDoesNotVisitIsHandedOverAndClosed() {
        CASE.children = List.of();
        ProcessInstance instance = referral();
        complete(task(instance), withVariables(Variables.MEMBERS_REGISTERED, true));

        assertThat(instance).isWaitingAt(USER_DECIDE_VISITATION);
        complete(task(instance), visitation(FamilyInterventionProcess.Visitation.NOT_VISITED.name()));

        assertThat(instance).isWaitingAt(USER_HANDOVER_ORDINARY_SUPPORT);
        assertThat(task(instance)).hasCandidateGroup(Groups.SOF);
        complete(
                task(instance),
                withVariables(Variables.HANDOVER_UNIT, "Familieafdelingen", Variables.HANDOVER_DONE, true));

        assertThat(instance)
                .hasPassed(SERVICE_CLOSE_NOT_VISITED, END_NOT_VISITED)
                .isEnded();
        assertThat(CASE.closeReasons).containsExactly("NOT_VISITED");
    }

    @Test
    void overCapacityTheFamilyWaitsInTheQueueUntilAPlaceIsOfferedToIt() {
        CASE.capacity.addAll(List.of(false, true));
        ProcessInstance instance = startBefore(USER_DECIDE_VISITATION);
        complete(task(instance), visitation(FamilyInterventionProcess.Visitation.VISITED.name()));
        // the hearing deadline passes without every answer: the decision is made all the same
        decideSupport(instance, true);
        assertThat(CASE.decisionEvents).containsExactly("opened", "hearing", "closed", "decided 7");

        // no timer re-checks the district: the family waits for the message
        assertThat(instance).isWaitingAt(MSG_PLACE_OFFERED);
        assertThat(CASE.phases).endsWith("QUEUED");
        assertThat(managementService()
                        .createJobQuery()
                        .timers()
                        .activityId(MSG_PLACE_OFFERED)
                        .count())
                .isZero();
        new FamilyInterventionProcess(runtimeService()).offerPlace(ProcessTestEngine.CASE_NUMBER);
        assertThat(instance).isWaitingAt(USER_FAMILY_MEETING_PLAN);
    }

    @Test
    void whenAPlaceFreesUpTheWaitingFamilyWithTheHighestNeedGetsItAtOnceTiesByWaitingTime() {
        // three visited families wait in one district: grade 4 since 1 March, grade 9 since 2 March, grade 9 since 3
        CASE.capacity.addAll(List.of(false, false, false, true, true));
        Map<String, ProcessInstance> families = new java.util.LinkedHashMap<>();
        List<VisitationRecords.WaitingFamily> queue = new java.util.ArrayList<>();
        String[][] waiting = {{"TV-2026-00011", "4", "01"}, {"TV-2026-00012", "9", "02"}, {"TV-2026-00013", "9", "03"}};
        for (String[] w : waiting) {
            ProcessInstance family = startBefore(CALL_SUPPORT_DECISION, w[0]);
            decideSupport(family, false);
            assertThat(family).isWaitingAt(MSG_PLACE_OFFERED);
            families.put(w[0], family);
            queue.add(new VisitationRecords.WaitingFamily(
                    w[0], Integer.parseInt(w[1]), java.time.OffsetDateTime.parse("2026-03-" + w[2] + "T09:00:00Z")));
        }
        // the real queue order and the real correlation; the case table's queue is a list here
        PlaceOffers offers = new PlaceOffers(
                district -> queue.stream()
                        .filter(f -> runtimeService()
                                        .createExecutionQuery()
                                        .processInstanceId(
                                                families.get(f.caseNumber()).getId())
                                        .activityId(MSG_PLACE_OFFERED)
                                        .count()
                                > 0)
                        .sorted(VisitationRecords.BY_NEED)
                        .toList(),
                new FamilyInterventionProcess(runtimeService())::offerPlace);

        offers.placeFreed(new CaseLifecycle.PlaceFreed("Nørrebro", "TV-2026-00001"));
        // the higher need gets the place; of the two with grade 9 the one waiting longer
        assertThat(families.get("TV-2026-00012")).isWaitingAt(USER_FAMILY_MEETING_PLAN);
        assertThat(families.get("TV-2026-00013")).isWaitingAt(MSG_PLACE_OFFERED);
        assertThat(families.get("TV-2026-00011")).isWaitingAt(MSG_PLACE_OFFERED);

        offers.placeFreed(new CaseLifecycle.PlaceFreed("Nørrebro", "TV-2026-00002"));
        assertThat(families.get("TV-2026-00013")).isWaitingAt(USER_FAMILY_MEETING_PLAN);
        assertThat(families.get("TV-2026-00011")).isWaitingAt(MSG_PLACE_OFFERED);
    }

    @Test
    void visitationWaitsForTheIntakeScreeningAndTheTaskIsRefusedUntilAMemberIsScreened() {
        CASE.screened = false;
        CASE.children = List.of();
        ProcessInstance instance = referral();
        complete(task(instance), withVariables(Variables.MEMBERS_REGISTERED, true));

        assertThat(instance).hasPassed(XOR_INTAKE_SCREENED).isWaitingAt(USER_SCREEN_FAMILY);
        assertThat(task(instance)).hasCandidateGroup(Groups.COORDINATOR);
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(NOW.plus(14, ChronoUnit.DAYS)));
        Task screening = task(instance);
        assertThatThrownBy(
                        () -> taskService().complete(screening.getId(), withVariables(Variables.INTAKE_SCREENED, true)))
                .hasMessageContaining("Familien er ikke screenet")
                .hasRootCauseInstanceOf(InvalidInputException.class);
        assertThat(instance).isWaitingAt(USER_SCREEN_FAMILY);
        assertThat(CASE.visitationEvents).isEmpty();

        CASE.screened = true;
        complete(task(instance), withVariables(Variables.INTAKE_SCREENED, true));
        // SSP category 3 and the screening's basis: 4 problems (+1), measures 2 (+1), no labour attachment 1 (+2),
        // criminal network 2 (+1): grade 5, the target group
        assertThat(instance).hasPassed(SERVICE_RECOMMEND_VISITATION).isWaitingAt(USER_DECIDE_VISITATION);
        assertThat(CASE.visitationEvents).containsExactly("recommended TARGET_GROUP 5");
        assertThat(runtimeService().getVariable(instance.getId(), Variables.BURDEN_GRADE))
                .isEqualTo(5);
        assertThat(runtimeService().getVariable(instance.getId(), Variables.VISITATION_RECOMMENDATION))
                .isEqualTo("TARGET_GROUP");
        complete(task(instance), visitation(FamilyInterventionProcess.Visitation.NOT_VISITED.name()));
        assertThat(CASE.visitationEvents).containsExactly("recommended TARGET_GROUP 5", "decided NOT_VISITED");
    }

    @Test
    void theTeamChiefCannotDecideVisitationWithoutAScreeningAndNothingChanges() {
        CASE.children = List.of();
        ProcessInstance instance = referral();
        complete(task(instance), withVariables(Variables.MEMBERS_REGISTERED, true));
        assertThat(instance).hasPassed(XOR_INTAKE_SCREENED, SERVICE_RECOMMEND_VISITATION);
        assertThat(instance).isWaitingAt(USER_DECIDE_VISITATION);
        // the screening is gone by the time the team chief decides (a case migrated from before issue 15)
        CASE.screened = false;
        Task decision = task(instance);
        assertThatThrownBy(() -> taskService()
                        .complete(decision.getId(), visitation(FamilyInterventionProcess.Visitation.VISITED.name())))
                .hasMessageContaining("Familien er ikke screenet")
                .hasRootCauseInstanceOf(InvalidInputException.class);
        assertThat(instance).isWaitingAt(USER_DECIDE_VISITATION);
        assertThat(CASE.visitationEvents).containsExactly("recommended TARGET_GROUP 5");
    }

    @Test
    void aPlanWithOnlySocialServicesInvolvesOnlySof() {
        ProcessInstance instance = startBefore(USER_FAMILY_MEETING_PLAN);
        complete(task(instance), plan(false, false, false));

        assertThat(instance).isWaitingAt(USER_ACCEPT_GOALS_SOF);
        complete(task(instance), withVariables(Variables.GOALS_ACCEPTED, true));
        assertThat(instance).isWaitingAt(USER_OFFER_SOF, TIMER_PROGRESS_REVIEW);
        assertThat(taskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly(USER_OFFER_SOF);
    }

    // safe endings and the 18th birthday (issue 14, items 5 and 6)

    @Test
    void movingAwayHandsTheCaseAndItsRunningInvestigationsOverBeforeItCloses() {
        CASE.children = List.of(11L, 12L);
        ProcessInstance instance = registered();
        assertThat(investigationsOf(instance)).hasSize(2);

        endEarly(EndReason.MOVED_AWAY);

        // nothing closed yet: the coordinator transfers the case first, the investigations still run
        assertThat(instance).isNotEnded().isWaitingAt(CALL_CHILD_INVESTIGATION, USER_TRANSFER_CASE);
        assertThat(investigationsOf(instance)).hasSize(2);
        assertThat(CASE.closeReasons).isEmpty();
        assertThat(new FamilyInterventionProcess(runtimeService()).isEnding(ProcessTestEngine.CASE_NUMBER))
                .isTrue();
        Task transfer = task(USER_TRANSFER_CASE, instance);
        assertThat(transfer).hasCandidateGroup(Groups.COORDINATOR);
        assertThat(transfer.getName()).isEqualTo("Overdrag sagen til den nye kommune (Barnets Lov §132)");
        List<String> investigations =
                investigationsOf(instance).stream().map(ProcessInstance::getId).toList();

        complete(transfer, transferForm());

        assertThat(CASE.recorded).containsExactly("transfer Aarhus Kommune");
        assertThat(CASE.investigationEndings).containsExactlyInAnyOrder("11 HANDED_OVER", "12 HANDED_OVER");
        for (String investigation : investigations) {
            assertThat(passed(investigation))
                    .contains(ChildInvestigationIds.Elements.END_INVESTIGATION_HANDED_OVER)
                    .doesNotContain(ChildInvestigationIds.Elements.END_INVESTIGATION_ENDED_AFTER_ASSESSMENT);
        }
        assertThat(instance)
                .hasPassed(
                        SERVICE_HAND_OVER_INVESTIGATIONS,
                        SERVICE_CLOSE_ENDED_EARLY,
                        END_CASE_ENDED_EARLY,
                        END_CASE_CLOSED_EARLY)
                .hasNotPassed(USER_DECIDE_VISITATION)
                .isEnded();
        assertThat(CASE.closeReasons).containsExactly("ENDED_EARLY");
        assertThat(CASE.phases).doesNotContain("VISITATION");
        assertThat(historicVariable(instance, Variables.RECEIVING_MUNICIPALITY)).isNull();
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void aFamilyThatMovesAfterTheInvestigationsHasNothingToHandOverButIsStillTransferred() {
        ProcessInstance instance = registered();
        Task investigation = taskQuery()
                .processInstanceId(investigationsOf(instance).get(0).getId())
                .singleResult();
        complete(
                investigation,
                withVariables("investigationConclusion", "Behov for støtte", "investigationFinished", true));
        assertThat(instance).isWaitingAt(USER_DECIDE_VISITATION);

        endEarly(EndReason.MOVED_AWAY);
        complete(task(USER_TRANSFER_CASE, instance), transferForm());

        assertThat(CASE.investigationEndings).isEmpty();
        assertThat(instance).hasPassed(END_CASE_CLOSED_EARLY).isEnded();
        assertThat(CASE.closeReasons).containsExactly("ENDED_EARLY");
    }

    @Test
    void withdrawnConsentWaitsForTheTeamChiefAndSupportCanContinueWithoutIt() {
        ProcessInstance instance = registered();

        endEarly(EndReason.CONSENT_WITHDRAWN);

        Task assessment = task(USER_ASSESS_SUPPORT_WITHOUT_CONSENT, instance);
        assertThat(assessment).hasCandidateGroup(Groups.TEAM_CHIEF);
        assertThat(assessment.getName()).isEqualTo("Vurdér støtte uden samtykke (Barnets Lov §§ 38 og 47)");
        assertThat(CASE.closeReasons).isEmpty();

        complete(assessment, withVariables(Variables.CONSENT_ASSESSMENT, "SUPPORT_CONTINUES"));

        assertThat(CASE.recorded).containsExactly("consent SUPPORT_CONTINUES");
        assertThat(instance)
                .hasPassed(END_SUPPORT_CONTINUES_WITHOUT_CONSENT)
                .isNotEnded()
                .isWaitingAt(CALL_CHILD_INVESTIGATION);
        assertThat(investigationsOf(instance)).hasSize(1);
        assertThat(CASE.closeReasons).isEmpty();
        assertThat(new FamilyInterventionProcess(runtimeService()).isEnding(ProcessTestEngine.CASE_NUMBER))
                .isFalse();
    }

    @Test
    void whenTheTeamChiefClosesRunningInvestigationsEndWithHerAssessmentAsOutcome() {
        ProcessInstance instance = registered();
        String investigation = investigationsOf(instance).get(0).getId();
        endEarly(EndReason.CONSENT_WITHDRAWN);

        complete(
                task(USER_ASSESS_SUPPORT_WITHOUT_CONSENT, instance),
                withVariables(Variables.CONSENT_ASSESSMENT, "CLOSE"));

        assertThat(CASE.investigationEndings).containsExactly("1 ENDED_AFTER_ASSESSMENT");
        assertThat(passed(investigation))
                .contains(ChildInvestigationIds.Elements.END_INVESTIGATION_ENDED_AFTER_ASSESSMENT);
        assertThat(instance)
                .hasPassed(SERVICE_END_INVESTIGATIONS_AFTER_ASSESSMENT, END_CASE_ENDED_EARLY, END_CASE_CLOSED_EARLY)
                .isEnded();
        assertThat(CASE.closeReasons).containsExactly("ENDED_EARLY");
    }

    @Test
    void theDecisionOnSupportAfter18IsAskedForBeforeTheBirthdayAndDueTheDayBefore() {
        CASE.children = List.of(21L, 22L, 23L);
        Date birthday = localMidnight("2026-10-25"); // the night Danish time moves back to winter time
        CASE.birthdays.put(21L, birthday);
        CASE.birthdays.put(22L, localMidnight("2026-11-01"));
        CASE.birthdays.put(23L, localMidnight("2026-12-01"));
        ProcessInstance instance = registered();

        assertThat(instance).isWaitingAt(CALL_CHILD_INVESTIGATION, TIMER_EIGHTEENTH_BIRTHDAY);
        List<Job> timers = managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(TIMER_EIGHTEENTH_BIRTHDAY)
                .orderByJobDuedate()
                .asc()
                .list();
        assertThat(timers).hasSize(3);
        // six months (tvaers.deadlines.support-after18-notice) before the birthday
        assertThat(timers.get(0).getDuedate()).isEqualTo(localMidnight("2026-04-25"));

        execute(timers.get(0));
        Task decision = task(USER_DECIDE_HANDOVER_AT_18, instance);
        assertThat(decision).hasCandidateGroup(Groups.COORDINATOR);
        assertThat(decision.getName()).isEqualTo("Beslut støtte efter 18 år (Barnets Lov §§ 114-116) og overgang");
        assertThat(decision.getDueDate()).isEqualTo(localMidnight("2026-10-24"));
        complete(decision, majority("GRANTED", "ADULT_PATH"));
        // the hand-over is a step of its own (asyncBefore): the decision is stored, then a job starts the course
        assertThat(instance).isWaitingAt(SERVICE_START_ADULT_PATH);
        assertThat(CASE.adultPathsStarted).isEmpty();
        execute(job(SERVICE_START_ADULT_PATH, instance));
        assertThat(instance).hasPassed(SERVICE_START_ADULT_PATH, END_ADULT_PATH_STARTED);
        assertThat(CASE.adultPathsStarted).containsExactly(21L);
        // the young person's view went to the case record, not into the process
        assertThat(runtimeService().getVariable(instance.getId(), Variables.YOUNG_PERSONS_VIEW))
                .isNull();

        execute(timers.get(1));
        complete(task(USER_DECIDE_HANDOVER_AT_18, instance), majority("NOT_NEEDED", "ADULT_SUPPORT"));
        Task handover = task(USER_HANDOVER_ADULT_SUPPORT, instance);
        assertThat(handover).hasCandidateGroup(Groups.SOF);
        complete(handover, withVariables(Variables.HANDOVER_UNIT, "Voksenteam Vest", Variables.HANDOVER_DONE, true));
        assertThat(instance).hasPassed(END_ADULT_SUPPORT_HANDED_OVER);

        execute(timers.get(2));
        complete(task(USER_DECIDE_HANDOVER_AT_18, instance), majority("DECLINED", "CONTINUE"));
        assertThat(CASE.recorded)
                .containsExactly("majority 21 GRANTED", "majority 22 NOT_NEEDED", "majority 23 DECLINED");
        assertThat(instance)
                .hasPassed(END_CONTINUES_IN_FAMILY_COURSE, END_BIRTHDAYS_WATCHED)
                .isNotEnded()
                .isWaitingAt(CALL_CHILD_INVESTIGATION);
    }

    @Test
    void aChildAlreadyCloserTo18ThanTheNoticeIsAskedForAtOnce() {
        CASE.birthdays.put(1L, localMidnight("2026-05-01"));
        ProcessInstance instance = registered();

        Job timer = managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(TIMER_EIGHTEENTH_BIRTHDAY)
                .executable()
                .singleResult();
        assertThat(timer).isNotNull();
        execute(timer);
        assertThat(task(USER_DECIDE_HANDOVER_AT_18, instance).getDueDate()).isEqualTo(localMidnight("2026-04-30"));
    }

    @Test
    void eachYoungAdultOfTheFamilyIsOfferedTheAdultPath() {
        CASE.youngAdults = List.of(31L, 32L);
        ProcessInstance instance = registered();

        List<Task> offers = taskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(USER_OFFER_ADULT_PATH)
                .list();
        assertThat(offers).hasSize(2).allSatisfy(offer -> assertThat(offer).hasCandidateGroup(Groups.COORDINATOR));
        for (Task offer : offers) {
            long member = (Long) runtimeService().getVariable(offer.getExecutionId(), Variables.MEMBER_ID);
            complete(offer, withVariables(Variables.ADULT_PATH_OFFER, member == 31L ? "ACCEPTED" : "DECLINED"));
        }

        // the accepted offer's hand-over is a step of its own (asyncBefore)
        assertThat(CASE.adultPathsStarted).isEmpty();
        execute(job(SERVICE_START_OFFERED_ADULT_PATH, instance));
        assertThat(CASE.adultPathsStarted).containsExactly(31L);
        assertThat(CASE.recorded).containsExactlyInAnyOrder("offer 31 ACCEPTED", "offer 32 DECLINED");
        assertThat(instance)
                .hasPassed(
                        SERVICE_START_OFFERED_ADULT_PATH,
                        END_OFFERED_ADULT_PATH_STARTED,
                        END_ADULT_PATH_DECLINED,
                        END_YOUNG_ADULTS_OFFERED)
                .isWaitingAt(CALL_CHILD_INVESTIGATION);
    }

    @Test
    void aHandOverToTheAdultPathThatFailsIsTriedAgainOnTheBackOffAndTheOfferStaysStored() {
        CASE.youngAdults = List.of(31L);
        ProcessInstance instance = registered();
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        // the course's side does not answer the first time
        org.camunda.bpm.engine.test.mock.Mocks.register(
                "startAdultPathDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
                    if (tries.incrementAndGet() == 1) {
                        throw new IllegalStateException("Forløbet kunne ikke oprettes lige nu");
                    }
                    CASE.adultPathsStarted.add(FamilyInterventionProcess.MEMBER_ID.from(execution));
                });

        complete(task(USER_OFFER_ADULT_PATH, instance), withVariables(Variables.ADULT_PATH_OFFER, "ACCEPTED"));
        assertThat(CASE.recorded).containsExactly("offer 31 ACCEPTED");
        Job handOver = job(SERVICE_START_OFFERED_ADULT_PATH, instance);
        assertThat(handOver.getRetries()).isEqualTo(3);
        assertThatThrownBy(() -> execute(handOver)).hasMessageContaining("Forløbet kunne ikke oprettes");

        // tvaers.jobs.retry-cycle (R3/PT1M): two tries left, the next a minute later; no incident yet
        Job again = job(SERVICE_START_OFFERED_ADULT_PATH, instance);
        assertThat(again.getRetries()).isEqualTo(2);
        assertThat(again.getDuedate())
                .isEqualTo(Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
                        .toInstant()
                        .plus(1, ChronoUnit.MINUTES)));
        assertThat(runtimeService().createIncidentQuery().count()).isZero();
        execute(again);
        assertThat(CASE.adultPathsStarted).containsExactly(31L);
        assertThat(tries).hasValue(2);
        assertThat(instance).hasPassed(SERVICE_START_OFFERED_ADULT_PATH, END_OFFERED_ADULT_PATH_STARTED);
    }

    @Test
    void aFamilyWithoutYoungAdultsHasNoOffer() {
        ProcessInstance instance = registered();

        assertThat(instance).hasPassed(END_YOUNG_ADULTS_OFFERED).hasNotPassed(USER_OFFER_ADULT_PATH);
    }

    /** A visited family whose course has begun: the intensive phase runs, its offers open. */
    private static ProcessInstance inCourse() {
        ProcessInstance instance = startBefore(SUB_COURSE);
        for (String offer : List.of(USER_OFFER_SOF, USER_OFFER_BUF, USER_OFFER_BIF, USER_OFFER_KFF)) {
            complete(task(offer, instance), withVariables(Variables.OFFER_ESTABLISHED, true));
        }
        return instance;
    }

    private static Date sixMonthsAfter(Instant start) {
        return Date.from(
                start.atZone(java.time.ZoneId.systemDefault()).plusMonths(6).toInstant());
    }

    private static Date minusDays(Date date, int days) {
        return Date.from(date.toInstant()
                .atZone(java.time.ZoneId.systemDefault())
                .minusDays(days)
                .toInstant());
    }

    private static ProcessInstance registered() {
        ProcessInstance instance = runtimeService()
                .startProcessInstanceByKey(
                        FamilyInterventionProcess.KEY,
                        withVariables(
                                Variables.DISTRICT, "Nørrebro",
                                Variables.REFERRAL_SOURCE, "SSP",
                                Variables.SSP_CATEGORY, "4",
                                Variables.AWARENESS_DATE, "2026-02-20"));
        complete(task(USER_REGISTER_MEMBERS, instance), withVariables(Variables.MEMBERS_REGISTERED, true));
        return instance;
    }

    private static void endEarly(EndReason reason) {
        new FamilyInterventionProcess(runtimeService()).end(ProcessTestEngine.CASE_NUMBER, reason);
    }

    private static Map<String, Object> transferForm() {
        return withVariables(
                Variables.RECEIVING_MUNICIPALITY, "Aarhus Kommune",
                Variables.TRANSFER_SENT_ON, "2026-03-05",
                Variables.MATERIAL_SUMMARY, true,
                Variables.MATERIAL_INVESTIGATIONS, true,
                Variables.MATERIAL_PLAN, false,
                Variables.MATERIAL_DECISIONS, false,
                Variables.MATERIAL_JOURNAL, true);
    }

    private static Map<String, Object> majority(String support, String handover) {
        return withVariables(
                Variables.SUPPORT_AFTER18, support,
                Variables.HANDOVER_AT18, handover,
                Variables.YOUNG_PERSONS_VIEW, "Vil gerne have en kontaktperson, til uddannelsen er i gang");
    }

    private static List<String> passed(String processInstanceId) {
        HistoricProcessInstance investigation = historyService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        assertThat(investigation).isNotNull();
        return historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .list()
                .stream()
                .filter(a -> !a.isCanceled())
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    private static Object historicVariable(ProcessInstance instance, String name) {
        var variable = historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(name)
                .singleResult();
        return variable == null ? null : variable.getValue();
    }

    /** Every overdue boundary timer of the model: the timer fires at the task's due date, the task stays open. */
    static Stream<String> overdueTimers() {
        return Bpmn.readModelFromFile(new File("bpmn/family-intervention.bpmn"))
                .getModelElementsByType(BoundaryEvent.class)
                .stream()
                .map(BoundaryEvent::getId)
                .filter(id -> id.endsWith("_overdue"));
    }

    @ParameterizedTest
    @MethodSource("overdueTimers")
    void anOverdueTaskRaisesAFollowUpAndStaysOpen(String timerId) {
        BoundaryEvent timer = model().getModelElementById(timerId);
        UserTask overdue = (UserTask) timer.getAttachedTo();
        UserTask followUp = (UserTask) timer.getOutgoing().iterator().next().getTarget();
        ProcessInstance instance = startBefore(overdue.getId());
        Task open = task(overdue.getId(), instance);

        Job job = job(timerId, instance);
        assertThat(job.getDuedate()).isEqualTo(open.getDueDate());
        execute(job);

        assertThat(instance).isWaitingAt(overdue.getId(), followUp.getId());
        Task raised = task(followUp.getId(), instance);
        String owner = overdue.getCamundaCandidateGroups();
        String expected = Groups.COORDINATOR.equals(owner) ? Groups.TEAM_LEAD : Groups.COORDINATOR;
        assertThat(raised).hasCandidateGroup(expected);
        // the names as Tasklist shows them, with their legal-basis labels filled in
        assertThat(raised.getName()).isEqualTo("Opfølgning: " + open.getName() + " er overskredet");
        complete(raised, withVariables(Variables.OVERDUE_FOLLOWED_UP, true));
        assertThat(instance).hasPassed(followUp.getId()).isWaitingAt(overdue.getId());
    }

    /** The decision on support the case calls has overdue follow-ups on its draft and final decision too. */
    @ParameterizedTest
    @MethodSource("dk.tvaers.process.SupportDecisionProcessTest#overdueTimers")
    void anOverdueDecisionTaskRaisesAFollowUpToTheCoordinator(
            String timerId, String taskId, String followUpId, int days) {
        SupportDecisionProcessTest.overdueTaskRaisesAFollowUp(NOW, timerId, taskId, followUpId, days);
    }

    private static BpmnModelInstance model() {
        var definition = repositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .latestVersion()
                .singleResult();
        return repositoryService().getBpmnModelInstance(definition.getId());
    }

    private static ProcessInstance referral() {
        return runtimeService().startProcessInstanceByKey(FamilyInterventionProcess.KEY, referralVariables());
    }

    private static Map<String, Object> referralVariables() {
        return withVariables(
                Variables.DISTRICT, "Nørrebro",
                Variables.REFERRAL_SOURCE, "SSP",
                Variables.SSP_CATEGORY, "4",
                Variables.AWARENESS_DATE, "2026-02-20");
    }

    /** An instance started at an activity, with the variables the forms before it would have set. */
    private static ProcessInstance startBefore(String activityId) {
        return startBefore(activityId, ProcessTestEngine.CASE_NUMBER);
    }

    private static ProcessInstance startBefore(String activityId, String caseNumber) {
        Map<String, Object> variables = referralVariables();
        variables.putAll(plan(true, true, true));
        variables.putAll(visitation(FamilyInterventionProcess.Visitation.VISITED.name()));
        variables.putAll(meeting(true));
        variables.put(Variables.CASE_NUMBER, caseNumber);
        // the child whose 18th birthday a task inside the birthday watch is about
        variables.put(Variables.MEMBER_ID, 1L);
        // the intensive phase's planned end, as IntensivePhaseListener sets it when the phase starts
        variables.put(Variables.INTENSIVE_PHASE_ENDS, sixMonthsAfter(NOW));
        variables.put(Variables.PROGRESS_DECISION, "PHASE_OUT");
        variables.put(Variables.AFTERCARE_OFFER, "ACCEPTED");
        return runtimeService()
                .createProcessInstanceByKey(FamilyInterventionProcess.KEY)
                .businessKey(caseNumber)
                .setVariables(variables)
                .startBeforeActivity(activityId)
                .execute();
    }

    private static Map<String, Object> visitation(String decision) {
        return withVariables(
                Variables.VISITATION_DECISION, decision, Variables.VISITATION_REASON, "Belastningsgrad høj");
    }

    private static Map<String, Object> plan(boolean buf, boolean bif, boolean kff) {
        return withVariables(
                Variables.PLAN_RECORDED,
                true,
                Variables.CONSENT_RECORDED,
                true,
                Variables.CHILD_WISHES,
                "Vil gerne spille fodbold",
                Variables.PLAN_BUF,
                buf,
                Variables.PLAN_BIF,
                bif,
                Variables.PLAN_KFF,
                kff);
    }

    private static Map<String, Object> meeting(boolean tasks) {
        return withVariables(
                Variables.MINUTES_RECORDED, true,
                Variables.MEETING_TASK_SOF, tasks,
                Variables.MEETING_TASK_BUF, tasks,
                Variables.MEETING_TASK_BIF, tasks,
                Variables.MEETING_TASK_KFF, tasks,
                Variables.MEETING_TASK_DESCRIPTION, "Opgave");
    }

    /** Drives the called decision on support: draft, hearing (answered, or the deadline passes), final decision. */
    private static void decideSupport(ProcessInstance instance, boolean deadlinePasses) {
        ProcessInstance decision = runtimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId())
                .processDefinitionKey(SupportDecisionProcess.KEY)
                .singleResult();
        assertThat(decision).hasBusinessKey(instance.getBusinessKey());
        complete(
                taskOf(decision, SupportDecisionIds.Elements.USER_DRAFT_DECISION),
                withVariables(SupportDecisionIds.Variables.DECISION_DRAFTED, true));
        if (deadlinePasses) {
            execute(job(SupportDecisionIds.Elements.TIMER_HEARING_DEADLINE, decision));
        } else {
            complete(
                    taskOf(decision, SupportDecisionIds.Elements.USER_REGISTER_HEARING),
                    withVariables(SupportDecisionIds.Variables.HEARING_ANSWERS_REGISTERED, true));
        }
        complete(
                taskOf(decision, SupportDecisionIds.Elements.USER_FINAL_DECISION),
                withVariables(SupportDecisionIds.Variables.DECISION_FINAL, true));
        assertThat(decision).isEnded();
    }

    private static List<ProcessInstance> investigationsOf(ProcessInstance instance) {
        return runtimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId())
                .list();
    }

    private static Task taskOf(ProcessInstance investigation) {
        return taskOf(investigation, ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION);
    }

    private static Task taskOf(ProcessInstance investigation, String taskKey) {
        return taskQuery()
                .processInstanceId(investigation.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private static Date localMidnight(String day) {
        return Date.from(java.time.LocalDate.parse(day)
                .atStartOfDay(java.time.ZoneId.systemDefault())
                .toInstant());
    }
}
