package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.tvaers.kernel.Groups;
import dk.tvaers.process.IncidentFollowUpIds.Variables;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A step that fails (issue 16): tried again on the configured back-off (the test engine's {@code R3/PT1M}, as
 * {@code tvaers.jobs.retry-cycle}), then an incident with a Danish message and the team lead's follow-up
 * (incident-follow-up.bpmn, every path); a retry resumes the case. The failing step is a test model's asynchronous
 * service task whose delegate cannot reach its system.
 */
@Deployment(resources = {"bpmn/incident-follow-up.bpmn", "process/incident-probe.bpmn"})
class IncidentFollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

    @RegisterExtension
    final ProcessDoubles doubles = new ProcessDoubles();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String CASE = "TV-2026-00042";

    private final AtomicInteger tries = new AtomicInteger();
    private volatile boolean systemDown = true;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register("probeStep", (JavaDelegate) execution -> {
            tries.incrementAndGet();
            if (systemDown) {
                throw new IllegalStateException("Brevservicen svarer ikke (forbindelse afvist)");
            }
        });
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aStepThatFailsEveryTryBecomesADanishIncidentAndATaskForTheTeamLeadAndARetryResumesTheCase() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("incident-probe", CASE);
        Job job = job(instance);
        assertThat(job.getRetries()).isEqualTo(3);

        // the first try and its back-off: retries left 2, the next try a minute later
        fail(job);
        job = job(instance);
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(1))));
        assertThat(incidents()).isZero();
        fail(job);
        fail(job);
        assertThat(tries).hasValue(3);
        job = job(instance);
        assertThat(job.getRetries()).isZero();

        Incident incident = runtimeService()
                .createIncidentQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getIncidentMessage())
                .isEqualTo(FailedJobIncidents.Handler.message("Send brevet til parterne", CASE, "R3/PT1M"))
                .contains("Trinnet «Send brevet til parterne» i sag " + CASE, "fejlede ved alle forsøg", "«Retry»")
                .doesNotContain("Brevservicen", "Exception");
        // the technical error stays on the job for the technician
        assertThat(job.getExceptionMessage()).contains("Brevservicen svarer ikke");

        ProcessInstance followUp = runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(IncidentFollowUpProcess.KEY)
                .processInstanceBusinessKey(CASE)
                .singleResult();
        assertThat(followUp).isNotNull();
        BpmnAwareTests.assertThat(followUp).isWaitingAt(IncidentFollowUpIds.Elements.USER_FOLLOW_UP_INCIDENT);
        Task task = taskService()
                .createTaskQuery()
                .processInstanceId(followUp.getId())
                .singleResult();
        BpmnAwareTests.assertThat(task).hasCandidateGroup(Groups.TEAM_LEAD);
        assertThat(task.getName()).isEqualTo("Opfølgning: Et automatisk trin i sagen fejler");
        assertThat(task.getDueDate())
                .isEqualTo(Date.from(NOW.plus(ProcessDeadlines.defaults().overdueFollowUp())));
        assertThat(runtimeService().getVariables(followUp.getId()))
                .containsEntry(Variables.CASE_NUMBER, CASE)
                .containsEntry(Variables.FAILED_STEP, "Send brevet til parterne")
                .containsEntry(Variables.INCIDENT_ID, incident.getId())
                .containsEntry(IncidentFollowUpProcess.FAILED_PROCESS_INSTANCE.name(), instance.getId());
        BpmnAwareTests.assertThat(instance).isActive().isNotEnded();

        // the cause is mended; Cockpit's "Retry" gives the job a try again: the incident is resolved, the case goes on
        systemDown = false;
        managementService().setJobRetries(job.getId(), 1);
        assertThat(incidents()).isZero();
        managementService().executeJob(job.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("service_probe_step").isEnded();
        assertThat(tries).hasValue(4);

        complete(
                task,
                withVariables(
                        Variables.INCIDENT_NOTE,
                        "Brevservicen genstartet; trinnet prøvet igen",
                        Variables.INCIDENT_FOLLOWED_UP,
                        true));
        BpmnAwareTests.assertThat(followUp)
                .hasPassed(IncidentFollowUpIds.Elements.END_INCIDENT_FOLLOWED_UP)
                .isEnded();
    }

    private static Job job(ProcessInstance instance) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult();
    }

    private static void fail(Job job) {
        try {
            managementService().executeJob(job.getId());
        } catch (RuntimeException expected) {
            assertThat(expected).hasMessageContaining("Brevservicen svarer ikke");
            return;
        }
        throw new AssertionError("the step did not fail");
    }

    private static long incidents() {
        return runtimeService().createIncidentQuery().count();
    }
}
