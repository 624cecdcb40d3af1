package dk.tvaers.deployment;

import static dk.tvaers.deployment.DeploymentReviewIntegrationTest.ADMIN;
import static dk.tvaers.deployment.DeploymentReviewIntegrationTest.DESIGNER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.support.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The cases are protected from changes to their models: deleting with cascade, suspending definitions and shortening
 * the history's time to live, through Camunda's REST API as the process designer peter and as the administrator.
 * Each refusal is 403 with a Danish message, and the cases are still there afterwards. The fixture: a model deployed by
 * the application (no user) with two running instances waiting at a timer.
 */
class DeploymentReviewCaseProtectionIntegrationTest extends PostgresIntegrationTest {

    private static final AtomicInteger PROBES = new AtomicInteger();

    @Autowired
    ProcessEngine engine;

    private final ObjectMapper json = new ObjectMapper();

    private String key;
    private String deploymentId;
    private ProcessDefinition definition;

    @BeforeEach
    void deployAModelWithRunningCases() {
        key = "protection-probe-" + PROBES.incrementAndGet();
        deploymentId = engine.getRepositoryService()
                .createDeployment()
                .name(key)
                .addString(key + ".bpmn", model(key))
                .deploy()
                .getId();
        definition = repository()
                .createProcessDefinitionQuery()
                .deploymentId(deploymentId)
                .singleResult();
        engine.getRuntimeService().startProcessInstanceByKey(key);
        engine.getRuntimeService().startProcessInstanceByKey(key);
    }

    @AfterEach
    void removeIt() {
        // the application itself (no user) is not held to the rules
        if (repository().createDeploymentQuery().deploymentId(deploymentId).count() > 0) {
            repository().deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void aProcessDesignerCannotCascadeDeleteADeploymentOrDefinitionWithCases() throws IOException {
        for (String path : new String[] {
            "/engine-rest/deployment/" + deploymentId + "?cascade=true",
            "/engine-rest/process-definition/" + definition.getId() + "?cascade=true",
            "/engine-rest/process-definition/key/" + key + "/delete?cascade=true"
        }) {
            ResponseEntity<String> response = as(DESIGNER).exchange(path, HttpMethod.DELETE, null, String.class);

            assertThat(response.getStatusCode().value())
                    .as(path + ": " + response.getBody())
                    .isEqualTo(403);
            assertThat(message(response))
                    .as(path)
                    .contains("med cascade er afvist", "2 kørende", "Kun en administrator");
            assertCasesIntact();
        }
    }

    @Test
    void anAdministratorCannotCascadeDeleteADeploymentWhileCasesRunOnIt() throws IOException {
        ResponseEntity<String> response = as(ADMIN)
                .exchange(
                        "/engine-rest/deployment/" + deploymentId + "?cascade=true",
                        HttpMethod.DELETE,
                        null,
                        String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
        assertThat(message(response)).contains("2 procesinstanser (sager) kører stadig");
        assertCasesIntact();
    }

    @Test
    void anAdministratorMayCascadeDeleteOnceNoCaseRunsButAProcessDesignerMayNotDeleteTheirHistory() {
        engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(key)
                .list()
                .forEach(i -> engine.getRuntimeService().deleteProcessInstance(i.getId(), "test"));
        String path = "/engine-rest/deployment/" + deploymentId + "?cascade=true";

        ResponseEntity<String> designer = as(DESIGNER).exchange(path, HttpMethod.DELETE, null, String.class);
        assertThat(designer.getStatusCode().value()).as(designer.getBody()).isEqualTo(403);
        assertThat(designer.getBody()).contains("2 afsluttede");
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(key)
                        .count())
                .isEqualTo(2);

        ResponseEntity<String> admin = as(ADMIN).exchange(path, HttpMethod.DELETE, null, String.class);
        assertThat(admin.getStatusCode().value()).as(admin.getBody()).isEqualTo(204);
        assertThat(repository()
                        .createDeploymentQuery()
                        .deploymentId(deploymentId)
                        .count())
                .isZero();
    }

    @Test
    void aProcessDesignerMayCascadeDeleteHerOwnDeploymentThatHasNoCases() throws IOException {
        ResponseEntity<String> deployed = DeploymentReviewIntegrationTest.deploy(
                as(DESIGNER),
                key + "-empty",
                Map.of("empty.bpmn", model(key + "-empty").getBytes(StandardCharsets.UTF_8)));
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        String id = json.readTree(deployed.getBody()).path("id").asText();

        ResponseEntity<String> deleted = as(DESIGNER)
                .exchange("/engine-rest/deployment/" + id + "?cascade=true", HttpMethod.DELETE, null, String.class);

        assertThat(deleted.getStatusCode().value()).as(deleted.getBody()).isEqualTo(204);
        assertThat(repository().createDeploymentQuery().deploymentId(id).count())
                .isZero();
    }

    @Test
    void aProcessDesignerCannotSuspendADefinitionOrItsTimers() throws IOException {
        String jobDefinition = engine.getManagementService()
                .createJobDefinitionQuery()
                .processDefinitionId(definition.getId())
                .singleResult()
                .getId();

        ResponseEntity<String> definitionSuspended = put(
                as(DESIGNER),
                "/engine-rest/process-definition/" + definition.getId() + "/suspended",
                Map.of("suspended", true, "includeProcessInstances", false));
        ResponseEntity<String> jobDefinitionSuspended = put(
                as(DESIGNER),
                "/engine-rest/job-definition/" + jobDefinition + "/suspended",
                Map.of("suspended", true, "includeJobs", false));

        for (ResponseEntity<String> response : java.util.List.of(definitionSuspended, jobDefinitionSuspended)) {
            assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
            assertThat(message(response)).contains("Kun en administrator kan suspendere", "timere");
        }
        assertThat(repository().getProcessDefinition(definition.getId()).isSuspended())
                .isFalse();
        assertThat(engine.getManagementService()
                        .createJobDefinitionQuery()
                        .jobDefinitionId(jobDefinition)
                        .active()
                        .count())
                .isEqualTo(1);
        assertCasesIntact();
    }

    @Test
    void aProcessDesignerCannotShortenTheHistorysTimeToLiveButMayLengthenIt() throws IOException {
        String path = "/engine-rest/process-definition/" + definition.getId() + "/history-time-to-live";

        ResponseEntity<String> shorter = put(as(DESIGNER), path, Map.of("historyTimeToLive", 1));

        assertThat(shorter.getStatusCode().value()).as(shorter.getBody()).isEqualTo(403);
        assertThat(message(shorter)).contains("forkorte historikkens levetid", "fra 1825 dage til 1 dage");
        assertThat(repository().getProcessDefinition(definition.getId()).getHistoryTimeToLive())
                .isEqualTo(1825);

        ResponseEntity<String> longer = put(as(DESIGNER), path, Map.of("historyTimeToLive", 3650));

        assertThat(longer.getStatusCode().value()).as(longer.getBody()).isEqualTo(204);
        assertThat(repository().getProcessDefinition(definition.getId()).getHistoryTimeToLive())
                .isEqualTo(3650);
    }

    private void assertCasesIntact() {
        assertThat(repository()
                        .createDeploymentQuery()
                        .deploymentId(deploymentId)
                        .count())
                .isEqualTo(1);
        assertThat(repository()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isEqualTo(1);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(key)
                        .active()
                        .count())
                .isEqualTo(2);
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processDefinitionKey(key)
                        .active()
                        .count())
                .isEqualTo(2);
    }

    private RepositoryService repository() {
        return engine.getRepositoryService();
    }

    private String message(ResponseEntity<String> response) throws IOException {
        JsonNode body = json.readTree(response.getBody());
        // Camunda's REST API calls every AuthorizationException by that name
        assertThat(body.path("type").asText()).isEqualTo("AuthorizationException");
        return body.path("message").asText();
    }

    private static ResponseEntity<String> put(TestRestTemplate client, String path, Map<String, Object> body) {
        return client.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
    }

    /** A case waiting a day at a timer: a running instance with a timer job and its job definition. */
    private static String model(String key) {
        return DeploymentReviewIntegrationTest.model(
                key,
                """
                <bpmn:startEvent id="start"/>
                <bpmn:sequenceFlow id="flow_1" sourceRef="start" targetRef="timer_wait"/>
                <bpmn:intermediateCatchEvent id="timer_wait">
                  <bpmn:timerEventDefinition id="timer_wait_def">
                    <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="flow_2" sourceRef="timer_wait" targetRef="end"/>
                <bpmn:endEvent id="end"/>
                """);
    }
}
