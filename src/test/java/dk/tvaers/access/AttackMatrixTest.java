package dk.tvaers.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.referral.Families;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.WebappLogin;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The write table of docs/authorization.md ("the attack matrix"), tried cell by cell: one user per role holding only
 * that group attempts every write through the engine's REST API (both paths) against one family's case and a second
 * family's (the victim's). A refused cell must answer 4xx, never 5xx, and leave everything as it was; an allowed cell
 * must answer 2xx.
 */
class AttackMatrixTest extends PostgresIntegrationTest {

    static final String PASSWORD = "demo";
    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    /** The case every cell attacks, its open child investigation task, and the victim's case. */
    record Fixture(String caseNumber, String processInstanceId, String taskId, String victim) {}

    private Fixture fixture;

    /** An attempt: the user, her role, the fixture. Answers the HTTP response of the write. */
    record Attempt(String user, String role, Fixture fixture) {}

    static final Map<String, BiFunction<AttackMatrixTest, Attempt, ResponseEntity<String>>> PROBES =
            new LinkedHashMap<>();

    /**
     * What a row needs before its cell is tried (and before the state is taken): an allowed cell may use up what it
     * writes on (a task it completes), so the next cell gets a fresh one instead of finding nothing to refuse.
     */
    static final Map<String, java.util.function.BiConsumer<AttackMatrixTest, Attempt>> PREPARE = new HashMap<>();

    /** The pseudo-role of a request without a password: every row must answer it 401 or 403 and change nothing. */
    static final String NO_PASSWORD = "no password";

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryWrite() throws IOException {
        AuthorizationMatrixTest.Matrix matrix =
                AuthorizationMatrixTest.Matrix.read(AuthorizationMatrixTest.MATRIX, "## What each role may not write");
        assertThat(matrix.roles()).hasSize(12);
        assertThat(matrix.rows())
                .extracting(AuthorizationMatrixTest.Row::resource)
                .containsExactlyElementsOf(PROBES.keySet());
        List<String> roles = new ArrayList<>(matrix.roles());
        roles.add(NO_PASSWORD);
        return matrix.rows().stream().flatMap(row -> roles.stream()
                .map(role -> DynamicTest.dynamicTest(row.resource() + " × " + role, () -> {
                    Fixture f = fixture();
                    String expected = NO_PASSWORD.equals(role)
                            ? AuthorizationMatrixTest.NO
                            : row.cells().get(role);
                    String user = NO_PASSWORD.equals(role) ? null : userFor(role);
                    Attempt attempt = new Attempt(user, role, f);
                    if (PREPARE.containsKey(row.resource())) {
                        PREPARE.get(row.resource()).accept(this, attempt);
                    }
                    Map<String, Object> before = state(f);
                    ResponseEntity<String> answer = PROBES.get(row.resource()).apply(this, attempt);
                    int status = answer.getStatusCode().value();
                    if (user == null) {
                        assertThat(status)
                                .as("%s without a password is refused as unauthenticated (%s)", row.resource(), status)
                                .isIn(401, 403);
                    }
                    assertThat(status)
                            .as("%s by %s: no 5xx (%s)", row.resource(), role, answer.getBody())
                            .isLessThan(500);
                    if (AuthorizationMatrixTest.YES.equals(expected)) {
                        assertThat(status)
                                .as("%s by %s is allowed (%s)", row.resource(), role, answer.getBody())
                                .isBetween(200, 299);
                    } else {
                        assertThat(status)
                                .as("%s by %s is refused (%s)", row.resource(), role, answer.getBody())
                                .isBetween(400, 499);
                        assertThat(answer.getBody() == null ? "" : answer.getBody())
                                .as("no internal class names in the answer")
                                .doesNotContain("Exception:", "ENGINE-", "org.camunda", "java.");
                        assertThat(state(f))
                                .as("%s by %s changed nothing", row.resource(), role)
                                .isEqualTo(before);
                    }
                })));
    }

    static {
        PROBES.put(
                "start-other-case",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/process-definition/key/family-intervention/start",
                        Map.of(
                                "businessKey",
                                a.fixture().victim(),
                                "startInstructions",
                                List.of(Map.of(
                                        "type", "startBeforeActivity", "activityId", "user_accept_goals_buf")))));
        PROBES.put(
                "start-close-case",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/process-definition/key/family-intervention/start",
                        Map.of(
                                "variables",
                                Map.of(
                                        "caseNumber", value(a.fixture().victim()),
                                        "outcome", value("GOALS_MET")),
                                "startInstructions",
                                List.of(Map.of(
                                        "type",
                                        "startBeforeActivity",
                                        "activityId",
                                        FamilyInterventionIds.Elements.SERVICE_CLOSE_CASE)))));
        PROBES.put(
                "start-discharge",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/process-definition/key/adult-pathway/start",
                        Map.of(
                                "variables",
                                Map.of("courseNumber", value("KPS-2026-00001"), "outcome", value("CHARGED")),
                                "startInstructions",
                                List.of(Map.of("type", "startBeforeActivity", "activityId", "service_discharge")))));
        PROBES.put(
                "start-child-investigation",
                (t, a) -> t.post(a.user(), "/engine-rest/process-definition/key/child-investigation/start", Map.of()));
        PROBES.put(
                "start-business-key",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/process-definition/key/family-intervention/start",
                        Map.of("businessKey", "TV-2026-99999", "variables", referralVariables())));
        PROBES.put("start-extra-variable", (t, a) -> {
            Map<String, Object> variables = new HashMap<>(referralVariables());
            variables.put("caseNumber", value(a.fixture().victim()));
            return t.post(
                    a.user(),
                    "/engine-rest/process-definition/key/family-intervention/start",
                    Map.of("variables", variables));
        });
        PROBES.put(
                "start-form-business-key",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/process-definition/key/family-intervention/submit-form",
                        Map.of("businessKey", a.fixture().victim(), "variables", referralVariables())));
        PROBES.put(
                "message",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/message",
                        Map.of(
                                "messageName",
                                FamilyInterventionProcess.MESSAGE_CASE_ENDED,
                                "businessKey",
                                a.fixture().victim(),
                                "processVariables",
                                Map.of("endReason", value("MOVED_AWAY")))));
        PROBES.put(
                "message-support-ended",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/message",
                        Map.of(
                                "messageName",
                                dk.tvaers.process.SupportFollowUpProcess.MESSAGE_SUPPORT_ENDED,
                                "businessKey",
                                a.fixture().victim(),
                                "all",
                                true)));
        PROBES.put(
                "start-support-follow-up",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/process-definition/key/support-follow-up/start",
                        Map.of(
                                "businessKey",
                                a.fixture().victim(),
                                "variables",
                                Map.of(
                                        "caseNumber", value(a.fixture().victim()),
                                        "nextFollowUp", value("2099-01-01")))));
        PROBES.put("signal", (t, a) -> t.post(a.user(), "/engine-rest/signal", Map.of("name", "anything")));
        PROBES.put(
                "complete-readonly",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + a.fixture().taskId() + "/complete",
                        Map.of(
                                "variables",
                                investigationDone(
                                        Map.of("caseNumber", value(a.fixture().victim()))))));
        PROBES.put(
                "complete-extra-variable",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + a.fixture().taskId() + "/complete",
                        Map.of("variables", investigationDone(Map.of("district", value("Valby"))))));
        PROBES.put(
                "task-variable-steering",
                (t, a) -> t.send(
                        a.user(),
                        HttpMethod.PUT,
                        "/engine-rest/task/" + a.fixture().taskId() + "/variables/awarenessDate",
                        value("2099-01-01")));
        PROBES.put(
                "task-variable",
                (t, a) -> t.send(
                        a.user(),
                        HttpMethod.PUT,
                        "/engine-rest/task/" + a.fixture().taskId() + "/variables/planKff",
                        value(true)));
        PROBES.put(
                "task-variables-modify",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + a.fixture().taskId() + "/variables",
                        Map.of("modifications", Map.of("district", value("Valby")))));
        PROBES.put(
                "task-variable-delete",
                (t, a) -> t.send(
                        a.user(),
                        HttpMethod.DELETE,
                        "/engine-rest/task/" + a.fixture().taskId() + "/variables/district",
                        null));
        PROBES.put(
                "task-local-variable",
                (t, a) -> t.send(
                        a.user(),
                        HttpMethod.PUT,
                        "/engine-rest/task/" + a.fixture().taskId() + "/localVariables/note",
                        value("prøve")));
        PROBES.put(
                "instance-variable-steering",
                (t, a) -> t.send(
                        a.user(),
                        HttpMethod.PUT,
                        "/engine-rest/process-instance/" + a.fixture().processInstanceId() + "/variables/caseNumber",
                        value(a.fixture().victim())));
        PROBES.put(
                "modification",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/process-instance/" + a.fixture().processInstanceId() + "/modification",
                        Map.of(
                                "instructions",
                                List.of(Map.of(
                                        "type",
                                        "startBeforeActivity",
                                        "activityId",
                                        FamilyInterventionIds.Elements.USER_DECIDE_VISITATION,
                                        "variables",
                                        Map.of("district", Map.of("value", "Valby", "local", false)))))));
        PROBES.put(
                "delegate-outsider",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + a.fixture().taskId() + "/delegate",
                        Map.of("userId", "birgitte")));
        PROBES.put(
                "assign-outsider",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + a.fixture().taskId() + "/assignee",
                        Map.of("userId", "jonas")));
        PROBES.put(
                "claim-for-other",
                (t, a) -> t.post(
                        a.user(), "/engine-rest/task/" + a.fixture().taskId() + "/claim", Map.of("userId", "sofie")));
        PROBES.put("claim-own", (t, a) -> {
            String task = "/engine-rest/task/" + a.fixture().taskId();
            ResponseEntity<String> claimed =
                    t.post(a.user(), task + "/claim", Map.of("userId", String.valueOf(a.user())));
            if (claimed.getStatusCode().is2xxSuccessful()) {
                ResponseEntity<String> unclaimed = t.post(a.user(), task + "/unclaim", Map.of());
                assertThat(unclaimed.getStatusCode().is2xxSuccessful())
                        .as("unclaim: %s", unclaimed.getBody())
                        .isTrue();
            }
            return claimed;
        });
        PROBES.put("owner-outsider", (t, a) -> t.updateTask(a, task -> task.put("owner", "birgitte")));
        PROBES.put(
                "add-candidate",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + a.fixture().taskId() + "/identity-links",
                        Map.of("groupId", "buf", "type", "candidate")));
        PROBES.put(
                "remove-candidate",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + a.fixture().taskId() + "/identity-links/delete",
                        Map.of("groupId", "sof", "type", "candidate")));
        PROBES.put("due-later", (t, a) -> t.updateTask(a, task -> task.put("due", "2099-01-01T00:00:00.000+0100")));
        PROBES.put("due-removed", (t, a) -> t.updateTask(a, task -> task.put("due", null)));
        PROBES.put(
                "bpmn-error",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + a.fixture().taskId() + "/bpmnError",
                        Map.of("errorCode", "anything")));
        PROBES.put(
                "bpmn-escalation",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + a.fixture().taskId() + "/bpmnEscalation",
                        Map.of("escalationCode", "anything")));
        PROBES.put("attachment", (t, a) -> {
            org.springframework.util.LinkedMultiValueMap<String, Object> body =
                    new org.springframework.util.LinkedMultiValueMap<>();
            body.add("attachment-name", "prøve");
            body.add("attachment-type", "text/plain");
            body.add("url", "https://example.org/");
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            ResponseEntity<String> created = t.client(a.user())
                    .exchange(
                            "/engine-rest/task/" + a.fixture().taskId() + "/attachment/create",
                            HttpMethod.POST,
                            new HttpEntity<>(body, headers),
                            String.class);
            // an allowed attachment is removed again, so that the next cells start from the same state
            t.engine.getTaskService().getTaskAttachments(a.fixture().taskId()).forEach(attachment -> t.engine
                    .getTaskService()
                    .deleteAttachment(attachment.getId()));
            return created;
        });
        PROBES.put("read-hidden-variable", (t, a) -> {
            ResponseEntity<String> read = t.client(a.user())
                    .getForEntity("/engine-rest/task/" + a.fixture().taskId() + "/variables", String.class);
            boolean leaks = read.getStatusCode().is2xxSuccessful()
                    && read.getBody() != null
                    && read.getBody().contains("\"awarenessDate\"");
            // a read: "allowed" means the hidden variable was shown; a refusal a 403/404 or an answer without it
            return leaks
                    ? ResponseEntity.ok(read.getBody())
                    : ResponseEntity.status(403).body("{}");
        });
        PROBES.put(
                "webapp-task-variable",
                (t, a) -> t.throughWebapp(
                        a.user(),
                        HttpMethod.PUT,
                        WEBAPP_ENGINE + "/task/" + a.fixture().taskId() + "/variables/awarenessDate",
                        value("2099-01-01")));
        PROBES.put(
                "webapp-start-other-case",
                (t, a) -> t.throughWebapp(
                        a.user(),
                        HttpMethod.POST,
                        WEBAPP_ENGINE + "/process-definition/key/family-intervention/start",
                        Map.of(
                                "businessKey",
                                a.fixture().victim(),
                                "startInstructions",
                                List.of(Map.of(
                                        "type", "startBeforeActivity", "activityId", "user_accept_goals_buf")))));
        PROBES.put("deploy-escalation", (t, a) -> {
            String bpmn =
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="attack" targetNamespace="http://tvaers.dk">
                      <bpmn:process id="attack-escalation" isExecutable="true" camunda:historyTimeToLive="P1825D">
                        <bpmn:startEvent id="start"/>
                        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="service_escalate"/>
                        <bpmn:serviceTask id="service_escalate" camunda:asyncBefore="true"
                            camunda:expression="${identityService.createMembership('%s','camunda-admin')}"/>
                        <bpmn:sequenceFlow id="f2" sourceRef="service_escalate" targetRef="end"/>
                        <bpmn:endEvent id="end"/>
                      </bpmn:process>
                    </bpmn:definitions>
                    """
                            .formatted(a.user());
            org.springframework.util.LinkedMultiValueMap<String, Object> body =
                    new org.springframework.util.LinkedMultiValueMap<>();
            body.add("deployment-name", "attack");
            body.add(
                    "data",
                    new org.springframework.core.io.ByteArrayResource(
                            bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        @Override
                        public String getFilename() {
                            return "attack.bpmn";
                        }
                    });
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            ResponseEntity<String> answer = t.client(a.user())
                    .exchange(
                            "/engine-rest/deployment/create",
                            HttpMethod.POST,
                            new HttpEntity<>(body, headers),
                            String.class);
            // an accepted deployment (the administrator's) is removed again, so that the next cells start alike
            t.engine
                    .getRepositoryService()
                    .createDeploymentQuery()
                    .deploymentName("attack")
                    .list()
                    .forEach(d -> t.engine.getRepositoryService().deleteDeployment(d.getId(), true));
            return answer;
        });
        PROBES.put("delete-deployment-cascade", (t, a) -> {
            String deployment = t.engine
                    .getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(FamilyInterventionProcess.KEY)
                    .latestVersion()
                    .singleResult()
                    .getDeploymentId();
            return t.send(a.user(), HttpMethod.DELETE, "/engine-rest/deployment/" + deployment + "?cascade=true", null);
        });
        PROBES.put("webapp-claim-own", (t, a) -> {
            String task = WEBAPP_ENGINE + "/task/" + a.fixture().taskId();
            ResponseEntity<String> claimed = t.throughWebapp(
                    a.user(), HttpMethod.POST, task + "/claim", Map.of("userId", String.valueOf(a.user())));
            if (claimed.getStatusCode().is2xxSuccessful()) {
                t.engine.getTaskService().setAssignee(a.fixture().taskId(), null);
            }
            return claimed;
        });
        // reports of concern: only SOF, team chiefs and team leads receive them, through the API and Tasklist alike
        PROBES.put("receive-concern", (t, a) -> t.post(a.user(), "/api/concerns", concernReport()));
        PROBES.put(
                "start-concern-form",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/process-definition/key/report-of-concern/submit-form",
                        Map.of("variables", concernFormVariables())));
        PROBES.put(
                "start-concern-business-key",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/process-definition/key/report-of-concern/submit-form",
                        Map.of("businessKey", "UR-2026-99999", "variables", concernFormVariables())));
        // a report's tasks: "Vurdér underretningen" and "Send kvittering" belong to SOF; each role tries its own report
        PREPARE.put("complete-concern-assessment", (t, a) -> t.concernReport(a.role()));
        PROBES.put(
                "complete-concern-assessment",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + t.openTask(t.concernReport(a.role()), "user_assess_report")
                                + "/complete",
                        Map.of("variables", Map.of("assessmentOutcome", value("NO_ACTION")))));
        PREPARE.put("complete-concern-receipt", (t, a) -> t.concernReport(a.role()));
        PROBES.put(
                "complete-concern-receipt",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/" + t.openTask(t.concernReport(a.role()), "user_send_receipt") + "/complete",
                        Map.of("variables", Map.of("receiptSent", value(true)))));
        // ending a case early: the transfer (coordinator) and the team chief's assessment of support without consent
        PREPARE.put("complete-transfer-case", (t, a) -> t.endingCase("MOVED_AWAY", "user_transfer_case"));
        PROBES.put(
                "complete-transfer-case",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/"
                                + t.openTask(t.endingCase("MOVED_AWAY", "user_transfer_case"), "user_transfer_case")
                                + "/complete",
                        Map.of(
                                "variables",
                                Map.of(
                                        "receivingMunicipality", value("Aarhus Kommune"),
                                        "transferSentOn", value(LocalDate.now().toString()),
                                        "materialSummary", value(true),
                                        "materialJournal", value(true)))));
        PREPARE.put(
                "complete-assess-support-without-consent",
                (t, a) -> t.endingCase("CONSENT_WITHDRAWN", "user_assess_support_without_consent"));
        PROBES.put(
                "complete-assess-support-without-consent",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/"
                                + t.openTask(
                                        t.endingCase("CONSENT_WITHDRAWN", "user_assess_support_without_consent"),
                                        "user_assess_support_without_consent")
                                + "/complete",
                        Map.of("variables", Map.of("consentAssessment", value("SUPPORT_CONTINUES")))));
        // the child investigation's early end is Tværs's own step; nobody correlates it through the engine's API
        PROBES.put(
                "message-investigation-ended",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/message",
                        Map.of(
                                "messageName",
                                dk.tvaers.process.ChildInvestigationProcess.MESSAGE_ENDED_EARLY,
                                "businessKey",
                                a.fixture().caseNumber(),
                                "all",
                                true)));
        // support while investigating: Tværs correlates the request itself after checking role and need-to-know
        PROBES.put(
                "message-urgent-support",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/message",
                        Map.of(
                                "messageName",
                                FamilyInterventionProcess.MESSAGE_URGENT_SUPPORT_REQUESTED,
                                "businessKey",
                                a.fixture().caseNumber())));
        // the team chief's task alone grants no support: the written decision (workspace) must be recorded first
        PREPARE.put("complete-urgent-support-unwritten", (t, a) -> t.urgentSupportCase());
        PROBES.put(
                "complete-urgent-support-unwritten",
                (t, a) -> t.post(
                        a.user(),
                        "/engine-rest/task/"
                                + t.openTask(
                                        t.urgentSupportCase(), FamilyInterventionProcess.USER_DECIDE_URGENT_SUPPORT)
                                + "/complete",
                        Map.of(
                                "variables",
                                Map.of("urgentSupport", value("MENTOR"), "urgentSupportDecided", value(true)))));
        // a second end while the first is under way: 409 for who may end the case, 401/403 before that for the rest
        PREPARE.put("end-case-while-ending", (t, a) -> t.endingCase("MOVED_AWAY", "user_transfer_case"));
        PROBES.put("end-case-while-ending", (t, a) -> {
            ResponseEntity<String> answer = t.post(
                    a.user(),
                    "/api/cases/" + t.endingCase("MOVED_AWAY", "user_transfer_case") + "/end",
                    Map.of("reason", "MOVED_AWAY"));
            if (!dk.tvaers.kernel.Roles.mayEndCases(a.user() == null ? List.of() : List.of(a.role()))) {
                // who may not end cases learns nothing of the case's state: refused for her rights, not a conflict
                assertThat(answer.getStatusCode().value())
                        .as("%s: %s", a.role(), answer.getBody())
                        .isIn(401, 403);
            }
            return answer;
        });
        // the outcome measures (issue 15): the SSP concern about a child of the case, and on an enrolled adult course
        // its offences, the professionals' assessments and the drop-out; an allowed cell's row is removed again
        PROBES.put(
                "ssp-concern",
                (t, a) -> t.postAndUndo(
                        a,
                        "/api/cases/" + a.fixture().caseNumber() + "/ssp-concerns",
                        Map.of(
                                "memberId",
                                t.childOf(a.fixture().caseNumber()),
                                "assessedOn",
                                LocalDate.now().minusDays(1).toString(),
                                "level",
                                2),
                        "DELETE FROM ssp_concern WHERE id = ?"));
        // the enrolled course is made before the first cell's state is taken, so that its making is no change
        PREPARE.put("course-offence", (t, a) -> t.enrolledCourse());
        PREPARE.put("course-assessment", (t, a) -> t.enrolledCourse());
        PROBES.put(
                "course-offence",
                (t, a) -> t.postAndUndo(
                        a,
                        "/api/adult-courses/" + t.enrolledCourse() + "/offences",
                        Map.of(
                                "kind",
                                "PROSECUTED",
                                "occurredOn",
                                LocalDate.now().toString()),
                        "DELETE FROM adult_offence WHERE id = ?"));
        PROBES.put(
                "course-assessment",
                (t, a) -> t.postAndUndo(
                        a,
                        "/api/adult-courses/" + t.enrolledCourse() + "/assessments",
                        Map.of(
                                "significantPositive",
                                false,
                                "assessedOn",
                                LocalDate.now().toString()),
                        "DELETE FROM adult_assessment WHERE professional = '" + a.user() + "'"));
        // a drop-out interrupts the course: the next cell gets a fresh enrolled course once one has dropped out
        PREPARE.put("course-drop-out", (t, a) -> t.droppingCourse());
        PROBES.put(
                "course-drop-out",
                (t, a) -> t.post(a.user(), "/api/adult-courses/" + t.droppingCourse() + "/drop-out", Map.of()));
    }

    /** Posts a new record; an allowed cell's record is removed again by the statement (its id as the parameter). */
    ResponseEntity<String> postAndUndo(Attempt a, String url, Object body, String undo) {
        ResponseEntity<String> answer = post(a.user(), url, body);
        if (answer.getStatusCode().is2xxSuccessful()) {
            if (undo.contains("?")) {
                jdbc.update(undo, idOf(answer));
            } else {
                jdbc.update(undo);
            }
        }
        return answer;
    }

    /** The id of the case's child: whose SSP concern the probe records. */
    long childOf(String caseNumber) {
        return jdbc.queryForObject(
                "SELECT m.id FROM case_member m JOIN family_case c ON c.id = m.case_id"
                        + " WHERE c.case_number = ? AND m.role = 'CHILD' ORDER BY m.id FETCH FIRST 1 ROWS ONLY",
                Long.class,
                caseNumber);
    }

    /** The id in a created record's answer. */
    long idOf(ResponseEntity<String> created) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(created.getBody())
                    .get("id")
                    .asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    dk.tvaers.referral.AdultIntakeService adultIntake;

    private String enrolledCourse;

    /**
     * An adult course referred, visited by the team chief (lars) and so enrolled, waiting in Klar for a mentor: the
     * team chief had a task on it, the mentors have one.
     */
    String enrolledCourse() {
        if (enrolledCourse == null) {
            enrolledCourse = enrol("Angreb");
        }
        return enrolledCourse;
    }

    private String droppingCourse;

    /** An enrolled course that has not dropped out: a fresh one once an allowed cell has recorded the drop-out. */
    String droppingCourse() {
        if (droppingCourse == null
                || jdbc.queryForObject(
                                "SELECT COUNT(*) FROM adult_course_event e JOIN adult_course c ON c.id = e.course_id"
                                        + " WHERE c.course_number = ? AND e.kind = 'DROPPED_OUT'",
                                Long.class,
                                droppingCourse)
                        > 0) {
            droppingCourse = enrol("Frafald");
        }
        return droppingCourse;
    }

    private String enrol(String surname) {
        String course = adultIntake.refer(new dk.tvaers.adult.NewAdultCourse(
                "Ung " + surname,
                Families.uniqueCpr(24),
                dk.tvaers.adult.AdultReferralSource.POLICE_SSP,
                null,
                null,
                "Valby"));
        new dk.tvaers.support.TaskDriver(this::as, engine)
                .complete(
                        "lars",
                        course,
                        dk.tvaers.process.AdultPathwayIds.Elements.USER_VISIT_ADULT,
                        Map.of(
                                dk.tvaers.process.AdultPathwayIds.Variables.ADULT_VISITATION_DECISION,
                                "VISITED",
                                dk.tvaers.process.AdultPathwayIds.Variables.ADULT_VISITATION_REASON,
                                "Henvist fra SSP"));
        return course;
    }

    /** One professional's report per role, received by lars: its assessment and receipt tasks are SOF's. */
    private final Map<String, String> concernReports = new HashMap<>();

    String concernReport(String role) {
        return concernReports.computeIfAbsent(role, r -> {
            Map<String, Object> report = new HashMap<>(concernReport());
            report.put("reporterKind", "PROFESSIONAL");
            report.put("reporterOrganisation", "Matrixskolen");
            report.put("reporterContact", "matrix@skole.example");
            ResponseEntity<Map> created = as("lars").postForEntity("/api/concerns", report, Map.class);
            assertThat(created.getStatusCode().value())
                    .as("%s", created.getBody())
                    .isEqualTo(201);
            return (String) created.getBody().get("reportNumber");
        });
    }

    /** Cases being ended, by the task that waits: a fresh one once an allowed cell has completed the task. */
    private String urgentSupportCase;

    /** A case whose investigation runs and whose team chief was asked for urgent support (sofie asked). */
    String urgentSupportCase() {
        if (urgentSupportCase == null
                || openTaskOrNull(urgentSupportCase, FamilyInterventionProcess.USER_DECIDE_URGENT_SUPPORT) == null) {
            String caseNumber = refer("Akut");
            FamilyScenario.registerMembers(this::as, engine, caseNumber);
            ResponseEntity<String> asked =
                    as("sofie").postForEntity("/api/cases/" + caseNumber + "/urgent-support", null, String.class);
            assertThat(asked.getStatusCode().value()).as("%s", asked.getBody()).isEqualTo(202);
            urgentSupportCase = caseNumber;
        }
        return urgentSupportCase;
    }

    private final Map<String, String> endingCases = new HashMap<>();

    String endingCase(String reason, String taskKey) {
        String current = endingCases.get(taskKey);
        if (current != null && openTaskOrNull(current, taskKey) != null) {
            return current;
        }
        String caseNumber = refer("Afslut");
        ResponseEntity<String> ended =
                as("mette").postForEntity("/api/cases/" + caseNumber + "/end", Map.of("reason", reason), String.class);
        assertThat(ended.getStatusCode().value()).as("%s", ended.getBody()).isEqualTo(204);
        assertThat(openTaskOrNull(caseNumber, taskKey)).as(taskKey).isNotNull();
        endingCases.put(taskKey, caseNumber);
        return caseNumber;
    }

    /** The open task of the kind on the business key; fails when there is none, so a probe never refuses nothing. */
    String openTask(String businessKey, String taskKey) {
        String id = openTaskOrNull(businessKey, taskKey);
        assertThat(id).as("an open %s on %s", taskKey, businessKey).isNotNull();
        return id;
    }

    private String openTaskOrNull(String businessKey, String taskKey) {
        return engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .list()
                .stream()
                .map(Task::getId)
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private static Map<String, Object> concernReport() {
        return Map.of(
                "reporterKind", "PRIVATE",
                "childName", "Matrix Barn",
                "childCpr", dk.tvaers.referral.Families.uniqueCpr(8),
                "content", "Bekymring fra en nabo");
    }

    private static Map<String, Object> concernFormVariables() {
        return Map.of(
                "reporterKind", value("PRIVATE"),
                "childName", value("Matrix Barn"),
                "childCpr", value(dk.tvaers.referral.Families.uniqueCpr(8)),
                "reportContent", value("Bekymring fra en nabo"));
    }

    private static Map<String, Object> referralVariables() {
        return Map.of(
                "district", value("Valby"),
                "referralSource", value("SCHOOL"),
                "concern", value("Bekymring fra skolen"),
                "sspCategory", value("2"),
                "awarenessDate", value(LocalDate.now().minusDays(2).toString()));
    }

    private static Map<String, Object> investigationDone(Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put("investigationConclusion", value("SUPPORT_NEEDED"));
        variables.put("investigationFinished", value(true));
        return variables;
    }

    private ResponseEntity<String> post(String user, String url, Object body) {
        return send(user, HttpMethod.POST, url, body);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client(user).exchange(url, method, new HttpEntity<>(body, headers), String.class);
    }

    /** The user's client with her password, or none at all. */
    private org.springframework.boot.test.web.client.TestRestTemplate client(String user) {
        return user == null ? http : as(user);
    }

    /** Tasklist's "save task": the task as the REST API gives it, changed, put back. */
    @SuppressWarnings("unchecked")
    private ResponseEntity<String> updateTask(Attempt a, java.util.function.Consumer<Map<String, Object>> change) {
        String url = "/engine-rest/task/" + a.fixture().taskId();
        ResponseEntity<Map> read = client(a.user()).getForEntity(url, Map.class);
        Map<String, Object> task = read.getStatusCode().is2xxSuccessful()
                ? new HashMap<>(read.getBody())
                : new HashMap<>(Map.of("name", "x"));
        change.accept(task);
        return send(a.user(), HttpMethod.PUT, url, task);
    }

    /** Logs into Tasklist and writes through the webapps' engine API with the session and its CSRF token. */
    private ResponseEntity<String> throughWebapp(String user, HttpMethod method, String url, Object body) {
        if (user == null) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            return http.exchange(url, method, new HttpEntity<>(body, headers), String.class);
        }
        WebappLogin.Session session = WebappLogin.login(http, "tasklist", user, PASSWORD);
        if (!session.response().getStatusCode().is2xxSuccessful()) {
            return ResponseEntity.status(session.response().getStatusCode()).body("");
        }
        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        // the webapps' CSRF token of the session, as Tasklist sends it
        ResponseEntity<String> page = http.exchange(
                "/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            headers.set("X-XSRF-TOKEN", token);
        }
        return http.exchange(url, method, new HttpEntity<>(body, headers), String.class);
    }

    /** Everything a refused write must leave as it was. */
    private Map<String, Object> state(Fixture f) {
        Map<String, Object> state = new TreeMap<>();
        List<String> keys = new ArrayList<>(List.of(f.caseNumber(), f.victim()));
        keys.addAll(new java.util.TreeSet<>(endingCases.values()));
        if (enrolledCourse != null) {
            keys.add(enrolledCourse);
        }
        if (droppingCourse != null) {
            keys.add(droppingCourse);
        }
        for (String key : keys) {
            state.put(
                    "case " + key,
                    jdbc.queryForList("SELECT * FROM family_case WHERE case_number = ?", key)
                            .toString());
            state.put(
                    "phases " + key,
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM case_phase p JOIN family_case c ON c.id = p.case_id"
                                    + " WHERE c.case_number = ?",
                            Long.class,
                            key));
            engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(key)
                    .list()
                    .forEach(instance -> state.put(
                            "variables " + instance.getId(),
                            new TreeMap<>(engine.getRuntimeService().getVariables(instance.getId()))));
            List<String> tasks = new ArrayList<>();
            for (Task task : engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(key)
                    .orderByTaskId()
                    .asc()
                    .list()) {
                List<String> links = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                        .map(IdentityLink::toString)
                        .sorted()
                        .toList();
                tasks.add(String.join(
                        "|",
                        task.getId(),
                        task.getName(),
                        String.valueOf(task.getAssignee()),
                        String.valueOf(task.getOwner()),
                        String.valueOf(task.getDueDate()),
                        String.valueOf(task.getFollowUpDate()),
                        String.valueOf(task.getPriority()),
                        String.valueOf(task.getDelegationState()),
                        links.toString(),
                        new TreeMap<>(engine.getTaskService().getVariablesLocal(task.getId())).toString()));
            }
            state.put("tasks " + key, tasks);
        }
        state.put(
                "instances",
                engine.getRuntimeService().createProcessInstanceQuery().count());
        state.put(
                "historic instances",
                engine.getHistoryService().createHistoricProcessInstanceQuery().count());
        state.put(
                "deployments",
                engine.getRepositoryService().createDeploymentQuery().count());
        state.put("authorizations", jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_authorization", Long.class));
        state.put(
                "administrators",
                engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").list().stream()
                        .map(User::getId)
                        .sorted(Comparator.naturalOrder())
                        .toList());
        state.put("family cases", jdbc.queryForObject("SELECT COUNT(*) FROM family_case", Long.class));
        state.put("adult courses", jdbc.queryForObject("SELECT COUNT(*) FROM adult_course", Long.class));
        state.put("reports of concern", jdbc.queryForObject("SELECT COUNT(*) FROM report_of_concern", Long.class));
        state.put(
                "assessments and receipts",
                jdbc.queryForList("SELECT report_number, outcome, assessed_by, assessed_at, receipt_sent_at"
                                + " FROM report_of_concern ORDER BY report_number")
                        .toString());
        state.put(
                "concern tasks",
                engine
                        .getTaskService()
                        .createTaskQuery()
                        .processDefinitionKey("report-of-concern")
                        .orderByTaskId()
                        .asc()
                        .list()
                        .stream()
                        .map(task -> task.getId() + "|" + task.getTaskDefinitionKey() + "|" + task.getAssignee())
                        .toList());
        state.put(
                "ssp concerns",
                jdbc.queryForList("SELECT id, member_id, assessed_on, concern_level, recorded_by FROM ssp_concern"
                                + " ORDER BY id")
                        .toString());
        state.put(
                "course measures",
                List.of(
                        jdbc.queryForList("SELECT id, course_id, kind, occurred_on FROM adult_offence ORDER BY id")
                                .toString(),
                        jdbc.queryForList("SELECT course_id, professional, significant_positive, movement_reason,"
                                        + " assessed_on FROM adult_assessment ORDER BY id")
                                .toString(),
                        jdbc.queryForList("SELECT course_id, kind, occurred_at FROM adult_course_event ORDER BY id")
                                .toString(),
                        jdbc.queryForList("SELECT course_number, status, phase, outcome FROM adult_course"
                                        + " ORDER BY id")
                                .toString()));
        state.put(
                "ending records",
                jdbc.queryForObject(
                        "SELECT (SELECT COUNT(*) FROM case_transfer) + (SELECT COUNT(*) FROM consent_assessment)",
                        Long.class));
        return state;
    }

    /** A user with only the role's group, made once. */
    private String userFor(String role) {
        String id = "attack-" + role;
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Angreb");
            user.setLastName(role);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, role);
        }
        return id;
    }

    /** Two families referred by mette; the first has its members registered and SOF's child investigation open. */
    private Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        String caseNumber = refer("Angreb");
        String victim = refer("Offer");
        String task =
                FamilyScenario.registerMembers(this::as, engine, caseNumber).investigationTaskId();
        String instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        fixture = new Fixture(caseNumber, instance, task, victim);
        return fixture;
    }

    @SuppressWarnings("unchecked")
    private String refer(String surname) {
        return FamilyScenario.in("Valby")
                .referredBy("SCHOOL", "Bekymrende fravær", 3)
                .awareDaysAgo(3)
                .member("Mor " + surname, Families.cpr(LocalDate.of(1981, 6, 6), 311), "PARENT")
                .member("Barn " + surname, Families.uniqueCpr(12), "CHILD")
                .refer(this::as);
    }
}
