package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.kernel.Groups;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A step that failed every try, on PostgreSQL through the real application (issue 16): the incident carries the
 * Danish message and the team lead sees the follow-up task; retrying it ({@code PUT /engine-rest/job/{id}/retries},
 * what Cockpit's "Retry" sends) is refused to a caseworker of another administration, a process designer, a
 * SOF caseworker, no password and a wrong one, and nothing changes; the team lead's
 * retry resolves the incident and the step runs.
 */
class IncidentRetryIntegrationTest extends PostgresIntegrationTest {

    private static final String CASE = "TV-2026-97001";

    /** The failing step: a letter service that does not answer while {@link #down} is set. */
    public static class LetterService implements JavaDelegate {
        static volatile boolean down = true;

        @Override
        public void execute(DelegateExecution execution) {
            if (down) {
                throw new IllegalStateException("Brevservicen svarer ikke");
            }
        }
    }

    @Autowired
    ProcessEngine engine;

    @Test
    void onlyTheTeamLeadRetriesAFailedStepAndTheCaseGoesOn() {
        String deployment = engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "incident-retry-probe.bpmn",
                        Bpmn.createExecutableProcess("incident-retry-probe")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("service_send_letter")
                                .name("Send brevet til parterne")
                                .camundaAsyncBefore()
                                .camundaClass(LetterService.class.getName())
                                .endEvent()
                                .done())
                .deploy()
                .getId();
        LetterService.down = true;
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("incident-retry-probe", CASE);
        Job job = job(instance);
        for (int i = 0; i < 3; i++) {
            try {
                engine.getManagementService().executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the letter service is down
            }
        }
        assertThat(job(instance).getRetries()).isZero();
        Incident incident = engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(incident.getIncidentMessage())
                .startsWith("Trinnet «Send brevet til parterne» i sag " + CASE + " fejlede ved alle forsøg (R3/PT1M)");

        // the team lead sees the follow-up in Tasklist's list (her group's task)
        List<Map<String, Object>> tasks = tasks(as("henrik"));
        assertThat(tasks).singleElement().satisfies(task -> assertThat(task)
                .containsEntry("name", "Opfølgning: Et automatisk trin i sagen fejler"));
        assertThat(tasks(as("jonas"))).isEmpty();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(CASE)
                        .taskCandidateGroup(Groups.TEAM_LEAD)
                        .count())
                .isOne();

        String designer = designer();
        for (TestRestTemplate outsider :
                List.of(as("jonas"), as(designer), as("sofie"), http, http.withBasicAuth("karen", "forkert"))) {
            ResponseEntity<String> refused = TaskDriver.retryJob(outsider, job.getId());
            assertThat(refused.getStatusCode().is4xxClientError())
                    .as("%s", refused)
                    .isTrue();
            assertThat(job(instance).getRetries()).as("nothing changed").isZero();
            assertThat(engine.getRuntimeService()
                            .createIncidentQuery()
                            .processInstanceId(instance.getId())
                            .count())
                    .isOne();
        }

        LetterService.down = false;
        ResponseEntity<String> retried = TaskDriver.retryJob(as("henrik"), job.getId());
        assertThat(retried.getStatusCode().value()).as("%s", retried).isEqualTo(204);
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
        // the job executor (off in the tests) takes the job again
        engine.getManagementService().executeJob(job.getId());
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .as("the case went on past the step")
                .isZero();

        engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(CASE)
                .list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test"));
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    private Job job(ProcessInstance instance) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasks(TestRestTemplate client) {
        return client.getForObject(
                "/engine-rest/task?processInstanceBusinessKey=" + CASE + "&maxResults=50", List.class);
    }

    private String designer() {
        String id = "incident-designer";
        org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            org.camunda.bpm.engine.identity.User user = identity.newUser(id);
            user.setFirstName("Proces");
            user.setLastName("Designer");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, Groups.PROCESS_DESIGNER);
        }
        return id;
    }
}
