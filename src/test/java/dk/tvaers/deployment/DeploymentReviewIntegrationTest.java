package dk.tvaers.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.kernel.Groups;
import dk.tvaers.support.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The deployment review through Camunda's REST API, as the process designer peter (not an administrator): the
 * project's models and forms are accepted; the privilege escalation from the issue, scripts, Java classes, timers
 * firing every second and JUEL decisions are refused with 400 and a Danish message naming the element, and nothing
 * changes. Every deployment is in the deployment log, which only administrators read.
 */
class DeploymentReviewIntegrationTest extends PostgresIntegrationTest {

    static final String DESIGNER = "peter";
    static final String ADMIN = "admin";

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theProjectsModelsAndFormsAreAcceptedFromAProcessDesigner() throws IOException {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (String folder : List.of("bpmn", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.sorted().toList()) {
                    resources.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        assertThat(resources)
                .containsKeys("family-intervention.bpmn", "adult-pathway.bpmn", "child-investigation.bpmn");

        ResponseEntity<String> response = deploy(as(DESIGNER), "review-project-models", resources);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        String id = json.readTree(response.getBody()).path("id").asText();
        try {
            assertThat(engine.getRepositoryService()
                            .createProcessDefinitionQuery()
                            .deploymentId(id)
                            .list())
                    .extracting(d -> d.getKey())
                    .containsExactlyInAnyOrder(
                            "family-intervention",
                            "adult-pathway",
                            "child-investigation",
                            "support-decision",
                            "report-of-concern",
                            "incident-follow-up",
                            "support-follow-up");
            Map<String, Object> logged = jdbc.queryForMap(
                    "SELECT id, user_id, outcome, reason FROM deployment_log WHERE deployment_id = ?", id);
            assertThat(logged).containsEntry("user_id", DESIGNER).containsEntry("outcome", "ACCEPTED");
            assertThat(checksums(((Number) logged.get("id")).longValue()))
                    .hasSize(resources.size())
                    .containsEntry(
                            "family-intervention.bpmn",
                            ReviewingDeployer.sha256(resources.get("family-intervention.bpmn")));
        } finally {
            // the project's own versions become the latest again
            engine.getRepositoryService().deleteDeployment(id);
        }
    }

    @Test
    void thePrivilegeEscalationFromTheIssueIsRefusedAndPeterStaysAProcessDesigner() throws IOException {
        String name = "review-escalation";
        byte[] model = model(
                        "review-escalation",
                        """
                        <bpmn:startEvent id="start"/>
                        <bpmn:sequenceFlow id="flow_1" sourceRef="start" targetRef="service_escalate"/>
                        <bpmn:serviceTask id="service_escalate" name="Giv mig adgang" camunda:asyncBefore="true"
                            camunda:expression="${identityService.createMembership('peter','camunda-admin')}"/>
                        <bpmn:sequenceFlow id="flow_2" sourceRef="service_escalate" targetRef="end"/>
                        <bpmn:endEvent id="end"/>
                        """)
                .getBytes(StandardCharsets.UTF_8);
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

        ResponseEntity<String> response = deploy(as(DESIGNER), name, Map.of("escalation.bpmn", model));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("message").asText())
                .contains("afvist", "escalation.bpmn", "service_escalate", "identityService", "regel: udtryk");
        assertThat(body.path("details")
                        .path("escalation.bpmn")
                        .path("errors")
                        .get(0)
                        .path("mainElementId")
                        .asText())
                .isEqualTo("service_escalate");
        assertNothingDeployed(name, "review-escalation");
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId(DESIGNER)
                        .memberOfGroup(Groups.ADMIN)
                        .count())
                .isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(instances);

        Map<String, Object> logged = jdbc.queryForMap(
                "SELECT id, user_id, outcome, reason FROM deployment_log WHERE deployment_name = ? ORDER BY id DESC"
                        + " LIMIT 1",
                name);
        assertThat(logged).containsEntry("user_id", DESIGNER).containsEntry("outcome", "REFUSED");
        assertThat((String) logged.get("reason")).contains("service_escalate", "identityService");
        assertThat(checksums(((Number) logged.get("id")).longValue()))
                .containsExactly(Map.entry("escalation.bpmn", ReviewingDeployer.sha256(model)));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        "script task",
                        """
                        <bpmn:scriptTask id="script_run" scriptFormat="javascript">
                          <bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script>
                        </bpmn:scriptTask>
                        """,
                        "script_run",
                        "script"),
                Arguments.of(
                        "Java class",
                        "<bpmn:serviceTask id=\"service_class\" camunda:class=\"org.example.Evil\"/>",
                        "service_class",
                        "Java-klasse"),
                Arguments.of(
                        "timer every second",
                        """
                        <bpmn:startEvent id="start"/>
                        <bpmn:sequenceFlow id="flow_1" sourceRef="start" targetRef="user_wait"/>
                        <bpmn:userTask id="user_wait" name="Vent"/>
                        <bpmn:boundaryEvent id="timer_every_second" attachedToRef="user_wait" cancelActivity="false">
                          <bpmn:timerEventDefinition id="timer_every_second_def">
                            <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/PT1S</bpmn:timeCycle>
                          </bpmn:timerEventDefinition>
                        </bpmn:boundaryEvent>
                        """,
                        "timer_every_second",
                        "timer"),
                Arguments.of(
                        "engine services through the execution",
                        """
                        <bpmn:startEvent id="start">
                          <bpmn:extensionElements>
                            <camunda:executionListener event="start"
                                expression="${execution.processEngineServices.runtimeService.createProcessInstanceQuery()}"/>
                          </bpmn:extensionElements>
                        </bpmn:startEvent>
                        """,
                        "start",
                        "udtryk"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aModelThatRunsCodeIsRefused(String label, String elements, String elementId, String rule) throws IOException {
        String name = "review-" + elementId;
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

        ResponseEntity<String> response = deploy(
                as(DESIGNER),
                name,
                Map.of("refused.bpmn", model("review-" + elementId, elements).getBytes(StandardCharsets.UTF_8)));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(json.readTree(response.getBody()).path("message").asText())
                .contains("refused.bpmn", "'" + elementId + "'", "regel: " + rule);
        assertNothingDeployed(name, "review-" + elementId);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(instances);
        assertThat(jdbc.queryForObject(
                        "SELECT outcome FROM deployment_log WHERE deployment_name = ? ORDER BY id DESC LIMIT 1",
                        String.class,
                        name))
                .isEqualTo("REFUSED");
    }

    @Test
    void aDecisionInJuelIsRefused() throws IOException {
        String dmn =
                """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="defs" name="d" namespace="http://tvaers.dk">
                  <decision id="decision_review" name="Prøve" camunda:historyTimeToLive="P1825D">
                    <decisionTable id="table">
                      <input id="input_1">
                        <inputExpression id="input_juel" typeRef="string" expressionLanguage="juel">
                          <text>${identityService.createMembership('peter', 'camunda-admin')}</text>
                        </inputExpression>
                      </input>
                      <output id="output_1" name="result" typeRef="string"/>
                      <rule id="rule_1">
                        <inputEntry id="entry_1"><text>"a"</text></inputEntry>
                        <outputEntry id="out_1"><text>"b"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;

        ResponseEntity<String> response =
                deploy(as(DESIGNER), "review-juel-decision", Map.of("juel.dmn", dmn.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(json.readTree(response.getBody()).path("message").asText())
                .contains("juel.dmn", "input_juel", "regel: udtrykssprog");
        assertThat(engine.getRepositoryService()
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey("decision_review")
                        .count())
                .isZero();
    }

    @Test
    void theWebappsApiIsReviewedAlike() throws IOException {
        // as Cockpit does: the page (session and CSRF token), the login, then the API with the session's token
        Map<String, String> cookies = new LinkedHashMap<>();
        keep(cookies, http.getForEntity("/camunda/app/cockpit/default/", String.class));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", DESIGNER);
        form.add("password", "demo");
        HttpHeaders loginHeaders = headers(cookies);
        loginHeaders.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = http.postForEntity(
                "/camunda/api/admin/auth/user/default/login/cockpit",
                new HttpEntity<>(form, loginHeaders),
                String.class);
        assertThat(login.getStatusCode().is2xxSuccessful()).as(login.getBody()).isTrue();
        keep(cookies, login);
        keep(
                cookies,
                http.exchange(
                        "/camunda/api/engine/engine/default/deployment/count",
                        HttpMethod.GET,
                        new HttpEntity<>(headers(cookies)),
                        String.class));
        String name = "review-webapp-escalation";
        byte[] model = model(
                        "review-webapp-escalation",
                        "<bpmn:startEvent id=\"start\"/><bpmn:serviceTask id=\"service_escalate\""
                                + " camunda:expression=\"${identityService.createMembership('peter','camunda-admin')}\"/>")
                .getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> response = http.exchange(
                "/camunda/api/engine/engine/default/deployment/create",
                HttpMethod.POST,
                multipart(name, Map.of("escalation.bpmn", model), headers(cookies)),
                String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains("service_escalate", "identityService");
        assertNothingDeployed(name, "review-webapp-escalation");
    }

    private static void keep(Map<String, String> cookies, ResponseEntity<?> response) {
        List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (set != null) {
            for (String cookie : set) {
                String pair = cookie.split(";")[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null && !token.equals("Required")) {
            cookies.put("XSRF-TOKEN", token);
        }
    }

    private static HttpHeaders headers(Map<String, String> cookies) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(
                HttpHeaders.COOKIE,
                String.join(
                        "; ",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .toList()));
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        return headers;
    }

    @Test
    void anAdministratorIsTrustedAndLoggedToo() throws IOException {
        String name = "review-administrator";
        byte[] model = model(
                        "review-administrator",
                        "<bpmn:startEvent id=\"start\"/>"
                                + "<bpmn:serviceTask id=\"service_class\" camunda:class=\"dk.tvaers.NoSuchClass\"/>")
                .getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> response = deploy(as(ADMIN), name, Map.of("administrator.bpmn", model));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        String id = json.readTree(response.getBody()).path("id").asText();
        try {
            assertThat(jdbc.queryForMap(
                            "SELECT user_id, outcome, reason FROM deployment_log WHERE deployment_id = ?", id))
                    .containsEntry("user_id", ADMIN)
                    .containsEntry("outcome", "ACCEPTED")
                    .containsEntry("reason", ReviewingDeployer.ADMINISTRATOR);
        } finally {
            engine.getRepositoryService().deleteDeployment(id, true);
        }
    }

    @Test
    void aModelTheReviewAcceptsButTheEngineCannotParseIsLoggedAsFailed() throws IOException {
        String name = "review-unparseable";
        // nothing on the allow-list is broken, but a process without a start event is not a process to the engine
        byte[] model =
                model("review-unparseable", "<bpmn:endEvent id=\"end\"/>").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> response = deploy(as(DESIGNER), name, Map.of("unparseable.bpmn", model));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertNothingDeployed(name, "review-unparseable");
        Map<String, Object> logged = jdbc.queryForMap(
                "SELECT id, user_id, outcome, reason FROM deployment_log WHERE deployment_name = ? ORDER BY id DESC"
                        + " LIMIT 1",
                name);
        assertThat(logged)
                .containsEntry("user_id", DESIGNER)
                .containsEntry("outcome", "FAILED")
                .containsEntry("reason", ReviewingDeployer.ROLLED_BACK);
        assertThat(checksums(((Number) logged.get("id")).longValue()))
                .containsExactly(Map.entry("unparseable.bpmn", ReviewingDeployer.sha256(model)));
    }

    @Test
    void onlyAnAdministratorReadsTheDeploymentLog() throws IOException {
        deploy(
                as(DESIGNER),
                "review-log-refused",
                Map.of(
                        "log.bpmn",
                        model("review-log", "<bpmn:scriptTask id=\"script_log\"/>")
                                .getBytes(StandardCharsets.UTF_8)));

        ResponseEntity<String> log = as(ADMIN).getForEntity("/api/admin/deployments/log?limit=500", String.class);

        assertThat(log.getStatusCode().value()).isEqualTo(200);
        JsonNode entries = json.readTree(log.getBody());
        JsonNode refused = null;
        for (JsonNode entry : entries) {
            if (entry.path("deploymentName").asText().equals("review-log-refused")) {
                refused = entry;
                break;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.path("userId").asText()).isEqualTo(DESIGNER);
        assertThat(refused.path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("reason").asText()).contains("script_log");
        assertThat(refused.path("resources").get(0).path("name").asText()).isEqualTo("log.bpmn");
        assertThat(refused.path("resources").get(0).path("sha256").asText()).hasSize(64);
        // the application's own deployment at startup is there too, by the system
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM deployment_log WHERE user_id IS NULL AND outcome = 'ACCEPTED'",
                        Long.class))
                .isPositive();

        for (String user : List.of(DESIGNER, "henrik", "dorthe")) {
            ResponseEntity<String> denied = as(user).getForEntity("/api/admin/deployments/log", String.class);
            assertThat(denied.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(denied.getHeaders().getContentType().toString()).contains("application/problem+json");
            JsonNode problem = json.readTree(denied.getBody());
            assertThat(problem.path("title").asText()).isEqualTo("Ingen adgang");
            assertThat(problem.path("detail").asText()).isEqualTo("Kun administratorer kan læse udrulningsloggen.");
        }
    }

    private void assertNothingDeployed(String deploymentName, String processKey) {
        List<Deployment> deployments = engine.getRepositoryService()
                .createDeploymentQuery()
                .deploymentName(deploymentName)
                .list();
        assertThat(deployments).isEmpty();
        assertThat(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(processKey)
                        .count())
                .isZero();
    }

    private Map<String, String> checksums(long logId) {
        Map<String, String> checksums = new LinkedHashMap<>();
        jdbc.query(
                "SELECT resource_name, sha256 FROM deployment_log_resource WHERE log_id = ? ORDER BY resource_name",
                rs -> {
                    checksums.put(rs.getString("resource_name"), rs.getString("sha256"));
                },
                logId);
        return checksums;
    }

    /** Deploys as Camunda Modeler does: a multipart POST to /engine-rest/deployment/create. */
    static ResponseEntity<String> deploy(TestRestTemplate client, String name, Map<String, byte[]> resources) {
        return client.exchange(
                "/engine-rest/deployment/create",
                HttpMethod.POST,
                multipart(name, resources, new HttpHeaders()),
                String.class);
    }

    static HttpEntity<MultiValueMap<String, Object>> multipart(
            String name, Map<String, byte[]> resources, HttpHeaders headers) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", name);
        body.add("deployment-source", "Camunda Modeler");
        resources.forEach((file, content) -> body.add(file, new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return file;
            }
        }));
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    static String model(String processId, String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="definitions_%s" targetNamespace="http://tvaers.dk">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1825D">
                %s
                  </bpmn:process>
                </bpmn:definitions>
                """
                .formatted(processId, processId, elements);
    }
}
