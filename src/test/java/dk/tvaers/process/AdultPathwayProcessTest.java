package dk.tvaers.process;

import static dk.tvaers.process.AdultPathwayIds.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.tvaers.kernel.Groups;
import dk.tvaers.process.AdultPathwayIds.Variables;
import java.io.File;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every path, timer and boundary event of adult-pathway.bpmn (Klar / Parat / Start). */
@Deployment(resources = "bpmn/adult-pathway.bpmn")
class AdultPathwayProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

    private static final String COURSE = "KPS-2026-00042";
    private static final String MENTOR = "ahmed";
    /** The models' beans, fresh for each test. */
    @RegisterExtension
    final ProcessDoubles doubles = new ProcessDoubles();

    private final ProcessTestEngine.CaseRecordDouble RECORD = doubles.record();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-06T08:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aYoungAdultRunsKlarParatStartToDischarge() {
        ProcessInstance instance = start();
        assertThat(task(USER_VISIT_ADULT, instance)).hasCandidateGroup(Groups.TEAM_CHIEF);
        complete(task(USER_VISIT_ADULT, instance), visited("VISITED"));

        // Klar: a mentor takes the young adult on and then owns the mentor's tasks
        Task mentorTask = task(USER_ASSIGN_MENTOR, instance);
        assertThat(mentorTask).hasCandidateGroup(Groups.MENTOR);
        taskService().claim(mentorTask.getId(), MENTOR);
        complete(mentorTask, withVariables(Variables.MENTOR_ACCEPTED, true));
        assertThat(task(USER_LIFE_CONDUCT_INTERVIEW, instance)).isAssignedTo(MENTOR);
        complete(task(USER_LIFE_CONDUCT_INTERVIEW, instance), interview(true, true));

        // the municipality gets ready: every actor the plan needs commits to its part
        List<String> actors = List.of(
                USER_COMMIT_SOCIAL_SERVICES,
                USER_COMMIT_JOBCENTER,
                USER_COMMIT_UU,
                USER_COMMIT_FAMILY_CENTRE,
                USER_COMMIT_ABUSE_COORDINATOR,
                USER_COMMIT_PRISON_PROBATION);
        assertThat(instance).isWaitingAt(actors.toArray(String[]::new));
        assertThat(task(USER_COMMIT_JOBCENTER, instance)).hasCandidateGroup(Groups.BIF);
        // the prison and probation service is an actor of its own (Kriminalforsorgen, e.g. an electronic tag)
        assertThat(task(USER_COMMIT_PRISON_PROBATION, instance)).hasCandidateGroup(Groups.PRISON_PROBATION);
        assertThat(task(USER_COMMIT_UU, instance)).hasCandidateGroup(Groups.BUF);
        for (String actor : actors) {
            complete(task(actor, instance), withVariables(Variables.ACTOR_COMMITTED, true));
        }

        // Parat, with the daily logbook and MI follow-ups alongside; ART and abuse treatment because the plan says so
        assertThat(instance)
                .isWaitingAt(
                        USER_CITIZENSHIP_EDUCATION,
                        USER_ART_TRAINING,
                        USER_SPORT_HEALTH,
                        USER_START_ABUSE_TREATMENT,
                        USER_WEEKLY_LOGBOOK,
                        TIMER_MI_FOLLOW_UP_DUE);
        assertThat(task(USER_CITIZENSHIP_EDUCATION, instance)).isAssignedTo(MENTOR);
        assertThat(task(USER_SPORT_HEALTH, instance)).hasCandidateGroup(Groups.KFF);
        // the logbook is daily (En Vej Ind: "Daglige logbøger"): due the next day, the next one a day after writing
        assertThat(task(USER_WEEKLY_LOGBOOK, instance).getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-04-07T08:00:00Z")));
        complete(task(USER_WEEKLY_LOGBOOK, instance), withVariables(Variables.LOGBOOK_WRITTEN, true));
        assertThat(instance).isWaitingAt(TIMER_NEXT_LOGBOOK);
        assertThat(job(TIMER_NEXT_LOGBOOK, instance).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-04-07T08:00:00Z")));
        execute(job(TIMER_NEXT_LOGBOOK, instance));
        assertThat(taskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(USER_WEEKLY_LOGBOOK)
                        .count())
                .isEqualTo(1);
        execute(job(TIMER_MI_FOLLOW_UP_DUE, instance));
        complete(
                task(USER_MI_FOLLOW_UP, instance),
                withVariables(Variables.MI_FOLLOW_UP_HELD, true, Variables.PLAN_REVISED, true));
        assertThat(instance).isWaitingAt(TIMER_MI_FOLLOW_UP_DUE);
        for (String activity : List.of(USER_CITIZENSHIP_EDUCATION, USER_ART_TRAINING, USER_SPORT_HEALTH)) {
            complete(task(activity, instance), attendance(8));
        }
        complete(task(USER_START_ABUSE_TREATMENT, instance), withVariables(Variables.TREATMENT_STARTED, true));

        // Start
        assertThat(instance).isWaitingAt(USER_EDUCATION_GUIDANCE, USER_EMPLOYMENT);
        complete(task(USER_EDUCATION_GUIDANCE, instance), withVariables(Variables.GUIDANCE_GIVEN, true));
        complete(task(USER_EMPLOYMENT, instance), withVariables(Variables.EMPLOYMENT_TYPE, "INTERNSHIP"));

        // the course ends, the logbook and MI loops with it; discharge records the outcome
        assertThat(instance).hasPassed(END_COURSE_DONE).isWaitingAt(USER_DISCHARGE);
        assertThat(taskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly(USER_DISCHARGE);
        complete(task(USER_DISCHARGE, instance), discharge("MOVED_TO_EDUCATION"));
        assertThat(instance).hasPassed(SERVICE_DISCHARGE, END_DISCHARGED).isEnded();
        assertThat(RECORD.adultEvents)
                .containsExactly(
                        "phase KLAR",
                        "enrolled",
                        "mentor " + MENTOR,
                        "phase PARAT",
                        "phase START",
                        "discharged MOVED_TO_EDUCATION");
    }

    @Test
    void aYoungAdultNotVisitedIsClosed() {
        ProcessInstance instance = start();
        complete(task(USER_VISIT_ADULT, instance), visited("NOT_VISITED"));
        assertThat(instance)
                .hasPassed(SERVICE_CLOSE_NOT_VISITED, END_ADULT_NOT_VISITED)
                .isEnded();
        assertThat(RECORD.adultEvents).containsExactly("phase KLAR", "not visited");
    }

    @Test
    void withoutAbuseInThePlanNoTreatmentStartsAndOnlySocialServicesCommit() {
        ProcessInstance instance = startBefore(USER_LIFE_CONDUCT_INTERVIEW);
        complete(task(USER_LIFE_CONDUCT_INTERVIEW, instance), interview(false, false));
        assertThat(instance).isWaitingAt(USER_COMMIT_SOCIAL_SERVICES);
        complete(task(USER_COMMIT_SOCIAL_SERVICES, instance), withVariables(Variables.ACTOR_COMMITTED, true));
        assertThat(instance)
                .hasPassed(XOR_ABUSE_TREATMENT_MERGE, XOR_ART_TRAINING_MERGE)
                .hasNotPassed(USER_START_ABUSE_TREATMENT, USER_ART_TRAINING, USER_COMMIT_PRISON_PROBATION);
        // ART and abuse treatment are "efter behov": without them in the plan, Parat is the other activities
        assertThat(instance).isWaitingAt(USER_CITIZENSHIP_EDUCATION, USER_SPORT_HEALTH);
        assertThat(taskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(USER_ART_TRAINING)
                        .count())
                .isZero();
    }

    @Test
    void aCourseInterruptedByADropOutGoesStraightToDischarge() {
        ProcessInstance instance = startBefore(USER_ART_TRAINING);
        runtimeService()
                .createMessageCorrelation(AdultPathwayIds.MESSAGE_COURSE_INTERRUPTED)
                .processInstanceBusinessKey(COURSE)
                .correlate();
        assertThat(instance).isWaitingAt(USER_DISCHARGE);
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        complete(task(USER_DISCHARGE, instance), discharge("DROPPED_OUT"));
        assertThat(RECORD.adultEvents).endsWith("discharged DROPPED_OUT");
    }

    @Test
    void aDropOutDuringKlarInterruptsTheCourseAsADropOut() {
        // visited and enrolled, the mentor assigned: the young adult drops out before the life-conduct interview
        ProcessInstance instance = start();
        complete(task(USER_VISIT_ADULT, instance), visited("VISITED"));
        Task mentorTask = task(USER_ASSIGN_MENTOR, instance);
        taskService().claim(mentorTask.getId(), MENTOR);
        complete(mentorTask, withVariables(Variables.MENTOR_ACCEPTED, true));
        assertThat(instance).hasPassed(START_KLAR).isWaitingAt(USER_LIFE_CONDUCT_INTERVIEW);

        runtimeService()
                .createMessageCorrelation(AdultPathwayIds.MESSAGE_COURSE_INTERRUPTED)
                .processInstanceBusinessKey(COURSE)
                .correlate();

        // Klar ends as interrupted, Parat never begins, and nothing of Klar is left (no task, no overdue timer)
        assertThat(instance)
                .hasPassed(KLAR_INTERRUPTED_BOUNDARY)
                .hasNotPassed(END_KLAR_DONE, USER_CITIZENSHIP_EDUCATION)
                .isWaitingAt(USER_DISCHARGE);
        assertThat(taskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly(USER_DISCHARGE);
        // the only timer left is the discharge's own overdue timer
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .list())
                .extracting(Job::getDuedate)
                .containsExactly(task(USER_DISCHARGE, instance).getDueDate());
        complete(task(USER_DISCHARGE, instance), dropOut());
        assertThat(instance).hasPassed(SERVICE_DISCHARGE, END_DISCHARGED).isEnded();
        assertThat(RECORD.adultEvents)
                .containsExactly("phase KLAR", "enrolled", "mentor " + MENTOR, "discharged DROPPED_OUT");
    }

    @Test
    void aDropOutWhileTheMunicipalityGetsReadyEndsEveryCommitment() {
        ProcessInstance instance = startBefore(USER_LIFE_CONDUCT_INTERVIEW);
        complete(task(USER_LIFE_CONDUCT_INTERVIEW, instance), interview(true, true));
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isEqualTo(6);

        runtimeService()
                .createMessageCorrelation(AdultPathwayIds.MESSAGE_COURSE_INTERRUPTED)
                .processInstanceBusinessKey(COURSE)
                .correlate();

        assertThat(instance).hasPassed(KLAR_INTERRUPTED_BOUNDARY).isWaitingAt(USER_DISCHARGE);
        assertThat(taskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly(USER_DISCHARGE);
    }

    @Test
    void afterHalfAYearTheCoordinatorReviewsTheCourse() {
        ProcessInstance instance = startBefore(USER_EMPLOYMENT);
        Job halfYear = job(TIMER_COURSE_LENGTH_REACHED, instance);
        assertThat(halfYear.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-10-06T08:00:00Z")));
        execute(halfYear);
        Task review = task(USER_REVIEW_COURSE_LENGTH, instance);
        assertThat(review).hasCandidateGroup(Groups.COORDINATOR);
        complete(review, withVariables(Variables.COURSE_LENGTH_REVIEWED, true));
        assertThat(instance).hasPassed(END_COURSE_LENGTH_REVIEWED).isWaitingAt(USER_EMPLOYMENT);
    }

    @Test
    void anOverdueLogbookRaisesOneFollowUpNotOnePerWeek() {
        ProcessInstance instance = startBefore(USER_WEEKLY_LOGBOOK);
        execute(job(TIMER_WEEKLY_LOGBOOK_OVERDUE, instance));
        // weeks pass without a logbook: no new logbook, no new follow-up
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-30T08:00:00Z")));
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .activityId(TIMER_WEEKLY_LOGBOOK_OVERDUE)
                        .count())
                .isZero();
        assertThat(taskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(USER_WEEKLY_LOGBOOK)
                        .count())
                .isEqualTo(1);
        assertThat(taskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(USER_FOLLOWUP_WEEKLY_LOGBOOK)
                        .count())
                .isEqualTo(1);
    }

    static Stream<String> overdueTimers() {
        return Bpmn.readModelFromFile(new File("bpmn/adult-pathway.bpmn"))
                .getModelElementsByType(BoundaryEvent.class)
                .stream()
                .map(BoundaryEvent::getId)
                .filter(id -> id.endsWith("_overdue"));
    }

    @ParameterizedTest
    @MethodSource("overdueTimers")
    void anOverdueTaskRaisesAFollowUpAndStaysOpen(String timerId) {
        BoundaryEvent timer = (BoundaryEvent)
                Bpmn.readModelFromFile(new File("bpmn/adult-pathway.bpmn")).getModelElementById(timerId);
        UserTask overdue = (UserTask) timer.getAttachedTo();
        String followUp = timer.getOutgoing().iterator().next().getTarget().getId();
        ProcessInstance instance = startBefore(overdue.getId());
        Task open = task(overdue.getId(), instance);

        Job job = job(timerId, instance);
        assertThat(job.getDuedate()).isEqualTo(open.getDueDate());
        execute(job);

        Task raised = task(followUp, instance);
        String expected =
                Groups.COORDINATOR.equals(overdue.getCamundaCandidateGroups()) ? Groups.TEAM_LEAD : Groups.COORDINATOR;
        assertThat(raised).hasCandidateGroup(expected);
        complete(raised, withVariables(Variables.OVERDUE_FOLLOWED_UP, true));
        assertThat(instance).hasPassed(followUp).isWaitingAt(overdue.getId());
    }

    private static ProcessInstance start() {
        return runtimeService()
                .startProcessInstanceByKey(
                        AdultPathwayProcess.KEY, COURSE, withVariables(Variables.COURSE_NUMBER, COURSE));
    }

    private static ProcessInstance startBefore(String activityId) {
        Map<String, Object> variables = withVariables(Variables.COURSE_NUMBER, COURSE, Variables.MENTOR, MENTOR);
        variables.putAll(interview(true, true));
        return runtimeService()
                .createProcessInstanceByKey(AdultPathwayProcess.KEY)
                .businessKey(COURSE)
                .setVariables(variables)
                .startBeforeActivity(activityId)
                .execute();
    }

    private static Map<String, Object> visited(String decision) {
        return withVariables(
                Variables.ADULT_VISITATION_DECISION, decision, Variables.ADULT_VISITATION_REASON, "Henvist fra SSP");
    }

    private static Map<String, Object> interview(boolean abuse, boolean allActors) {
        return withVariables(
                Variables.MOTIVATION, "4",
                Variables.AMBIVALENCE, "MEDIUM",
                Variables.ABUSE_TREATMENT_NEEDED, abuse,
                Variables.ART_NEEDED, abuse,
                Variables.NEED_JOBCENTER, allActors,
                Variables.NEED_UU, allActors,
                Variables.NEED_FAMILY_CENTRE, allActors,
                Variables.NEED_ABUSE_COORDINATOR, allActors,
                Variables.NEED_PRISON_PROBATION, allActors,
                Variables.LIFE_CONDUCT_PLAN_RECORDED, true);
    }

    private static Map<String, Object> dropOut() {
        return withVariables(Variables.OUTCOME, "DROPPED_OUT", Variables.SIGNIFICANT_POSITIVE_MOVEMENT, false);
    }

    private static Map<String, Object> attendance(int sessions) {
        return withVariables(Variables.SESSIONS_ATTENDED, sessions, Variables.ACTIVITY_COMPLETED, true);
    }

    private static Map<String, Object> discharge(String outcome) {
        return withVariables(
                Variables.OUTCOME,
                outcome,
                Variables.SIGNIFICANT_POSITIVE_MOVEMENT,
                true,
                Variables.MOVEMENT_REASON,
                "STARTED_EDUCATION");
    }
}
