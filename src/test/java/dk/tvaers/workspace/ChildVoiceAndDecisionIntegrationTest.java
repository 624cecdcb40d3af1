package dk.tvaers.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.process.SupportDecisionIds;
import dk.tvaers.referral.Families;
import dk.tvaers.support.ChildVoiceSteps;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import dk.tvaers.support.WorkspaceSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The child's voice and the decision on support on PostgreSQL, through the real API, the workspace and the engine's
 * REST API: the investigation refused without a conversation; a conversation not held needs its reason; the hearing's
 * parties are the parents and the children who are 10 that day (not the one who is 10 tomorrow); the decision letter
 * (PDF) is stored and downloadable under need-to-know; and every new write is refused to a caseworker of another
 * administration (jonas, BUF), a process designer (a user with only that group) and a request without a password,
 * with nothing changed.
 */
class ChildVoiceAndDecisionIntegrationTest extends PostgresIntegrationTest {

    static final String DISTRICT = "Valby";

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theChildIsHeardThePartiesAreHeardAndTheDecisionLetterIsStored() throws IOException {
        LocalDate today = LocalDate.now();
        String caseNumber = FamilyScenario.in(DISTRICT)
                .referredBy("SSP", "Uro og fravær", 4)
                .awareDaysAgo(3)
                .member("Hanne Partsen", Families.cpr(LocalDate.of(1985, 4, 2), 611), "PARENT")
                // 10 today: a party; 10 tomorrow: not yet a party
                .member("Ida Partsen", Families.cpr(today.minusYears(10), 612), "CHILD")
                .member("Otto Partsen", Families.cpr(today.minusYears(10).plusDays(1), 613), "CHILD")
                .refer(this::as);
        FamilyScenario.registerMembers(this::as, engine, caseNumber);
        Map<String, Long> ids = memberIds(caseNumber);
        TaskDriver driver = new TaskDriver(this::as, engine);

        // the investigation cannot be finished without a conversation with the child: 400 naming the field
        String investigation =
                (String) driver.tasks("sofie", caseNumber, ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION)
                        .get(0)
                        .get("id");
        ResponseEntity<String> refused = completeTask(
                "sofie",
                investigation,
                Map.of(
                        ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                        "SUPPORT_NEEDED",
                        ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                        true));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("samtale med barnet", "investigationFinished");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(investigation)
                        .count())
                .isOne();
        assertThat(engine.getTaskService().getVariables(investigation))
                .doesNotContainKey(ChildInvestigationIds.Variables.INVESTIGATION_FINISHED);

        // a conversation held needs the child's views; one not held needs the reason
        ResponseEntity<String> noViews = conversation("mette", caseNumber, ids.get("Ida Partsen"), true, null, null);
        assertThat(noViews.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noViews.getBody()).contains("childViews");
        ResponseEntity<String> noReason = conversation("mette", caseNumber, ids.get("Otto Partsen"), false, null, null);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("notHeldReason");
        assertThat(count(caseNumber, "child_conversation")).isZero();

        assertThat(conversation("mette", caseNumber, ids.get("Ida Partsen"), true, "Vil gerne i fodboldklub", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        // the workspace's screen records the other child's: not held, with the reason
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");
        assertThat(mette.get("/workspace/cases/" + caseNumber + "/conversations/new")
                        .getBody())
                .contains("Samtale med barn", "Barnets synspunkter", "Hvorfor blev samtalen ikke holdt?");
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "memberId",
                String.valueOf(ids.get("Otto Partsen")),
                "occasion",
                "INVESTIGATION",
                "held",
                "false",
                "heldOn",
                today.toString()));
        ResponseEntity<String> missing = mette.post("/workspace/cases/" + caseNumber + "/conversations", form);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // the message stands in the field's own error line, not only in the summary above the form
        assertThat(missing.getBody())
                .containsPattern("id=\"notHeldReason-error\"><span class=\"visually-hidden\">Fejl: </span><span>"
                        + "Skriv, hvorfor samtalen ikke blev holdt");
        form.put("notHeldReason", "Otto var indlagt på hospitalet hele ugen");
        ResponseEntity<String> saved = mette.post("/workspace/cases/" + caseNumber + "/conversations", form);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody()).contains("Begrundelsen for, at samtalen ikke blev holdt, er gemt i sagen.");
        assertThat(mette.get("/workspace/cases/" + caseNumber).getBody())
                .contains("Samtaler med børn", "Vil gerne i fodboldklub", "Otto var indlagt på hospitalet hele ugen");

        dk.tvaers.support.IntakeSteps.screenFamily(this::as, caseNumber);
        for (int i = 0; i < 2; i++) {
            driver.complete(
                    "sofie",
                    caseNumber,
                    ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                    Map.of(
                            ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                            "SUPPORT_NEEDED",
                            ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                            true));
        }
        driver.complete(
                "lars",
                caseNumber,
                FamilyInterventionIds.Elements.USER_DECIDE_VISITATION,
                Map.of(
                        FamilyInterventionIds.Variables.VISITATION_DECISION,
                        FamilyInterventionProcess.Visitation.VISITED.name(),
                        FamilyInterventionIds.Variables.VISITATION_REASON,
                        "SSP-kategori 4"));

        // the decision: opened in draft with the configured legal basis and appeal guidance
        Map<String, Object> decision = ChildVoiceSteps.decision(this::as, caseNumber);
        long decisionId = ((Number) decision.get("id")).longValue();
        assertThat(decision).containsEntry("status", "DRAFT").containsEntry("legalBasis", "Barnets Lov §32");
        assertThat((String) decision.get("appealGuidance")).contains("Ankestyrelsen", "4 uger");
        ResponseEntity<String> notDrafted = completeTask(
                "sofie",
                taskId(caseNumber, SupportDecisionIds.Elements.USER_DRAFT_DECISION),
                Map.of(SupportDecisionIds.Variables.DECISION_DRAFTED, true));
        assertThat(notDrafted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notDrafted.getBody()).contains("decisionDrafted");

        // every new write is refused to another administration, a process designer and no password: nothing changes
        Map<String, Object> before = state(caseNumber);
        for (TestRestTemplate outsider :
                List.of(as("jonas"), as("peter"), http, http.withBasicAuth("karen", "forkert"))) {
            assertRefused(outsider.postForEntity(
                    "/api/cases/" + caseNumber + "/child-conversations",
                    conversationBody(ids.get("Ida Partsen"), true, "Udefra", null),
                    String.class));
            assertRefused(outsider.exchange(
                    "/api/cases/" + caseNumber + "/decisions/" + decisionId + "/draft",
                    HttpMethod.PUT,
                    new HttpEntity<>(draft("Udefra")),
                    String.class));
            assertRefused(outsider.postForEntity(
                    "/api/cases/" + caseNumber + "/decisions/" + decisionId + "/hearing/" + ids.get("Hanne Partsen"),
                    Map.of("answer", "Udefra", "answeredOn", today.toString()),
                    String.class));
            assertRefused(completeTask(
                    outsider,
                    taskId(caseNumber, SupportDecisionIds.Elements.USER_DRAFT_DECISION),
                    Map.of(SupportDecisionIds.Variables.DECISION_DRAFTED, true)));
        }
        for (String user : List.of("jonas", "peter")) {
            WorkspaceSession session = WorkspaceSession.login(http, user);
            assertThat(session.post(
                                    "/workspace/cases/" + caseNumber + "/conversations",
                                    Map.of(
                                            "memberId", String.valueOf(ids.get("Ida Partsen")),
                                            "occasion", "OTHER",
                                            "held", "false",
                                            "heldOn", today.toString(),
                                            "notHeldReason", "Udefra"))
                            .getStatusCode()
                            .value())
                    .isEqualTo(403);
        }
        assertThat(state(caseNumber)).isEqualTo(before);

        ChildVoiceSteps.decideSupportWithoutAnswersFrom(this::as, engine, caseNumber, List.of());
        Map<String, Object> decided = ChildVoiceSteps.decision(this::as, caseNumber);
        assertThat(decided)
                .containsEntry("status", "FINAL")
                .containsEntry("decidedBy", "lars")
                .containsEntry("letterStored", true);
        // the parties: the parent and Ida, who is 10 today; not Otto, who is 10 tomorrow
        assertThat((List<Map<String, Object>>) decided.get("hearings"))
                .extracting(h -> ((Number) h.get("memberId")).longValue())
                .containsExactlyInAnyOrder(ids.get("Hanne Partsen"), ids.get("Ida Partsen"));
        assertThat((List<Map<String, Object>>) decided.get("hearings"))
                .allSatisfy(h -> assertThat(h).containsEntry("status", "ANSWERED"));
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(FamilyInterventionProcess.KEY)
                        .singleResult())
                .isNotNull();
        assertThat(driver.tasks("mette", caseNumber, FamilyInterventionIds.Elements.USER_FAMILY_MEETING_PLAN))
                .hasSize(1);

        // the letter: a PDF, for who may read the case; refused to BUF, the process designer and no password
        ResponseEntity<byte[]> letter = as("mette")
                .getForEntity("/api/cases/" + caseNumber + "/decisions/" + decisionId + "/letter", byte[].class);
        assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(letter.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(letter.getBody(), 0, 5)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/decision-letter.pdf"), letter.getBody());
        assertThat(mette.get("/workspace/cases/" + caseNumber).getBody())
                .contains("Afgørelser", "Endelig", "Åbn afgørelsesbrevet (PDF)");
        for (TestRestTemplate outsider : List.of(as("jonas"), as("peter"), http)) {
            assertRefused(outsider.getForEntity(
                    "/api/cases/" + caseNumber + "/decisions/" + decisionId + "/letter", String.class));
        }
        assertThat(WorkspaceSession.login(http, "jonas")
                        .get("/workspace/cases/" + caseNumber + "/decisions/" + decisionId + "/letter")
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        // a final decision is not rewritten, nor heard again
        ResponseEntity<String> rewrite = as("mette")
                .exchange(
                        "/api/cases/" + caseNumber + "/decisions/" + decisionId + "/draft",
                        HttpMethod.PUT,
                        new HttpEntity<>(draft("Ny tekst")),
                        String.class);
        assertThat(rewrite.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // no personal text of the decision or the conversations in the engine's tables
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM act_hi_varinst WHERE text_ LIKE '%Vil gerne i fodboldklub%'"
                                + " OR text_ LIKE '%indlagt på hospitalet%' OR name_ = 'childWishes'",
                        Long.class))
                .isZero();
    }

    private static void assertRefused(ResponseEntity<?> response) {
        assertThat(response.getStatusCode().value())
                .as("%s", response.getBody())
                .isIn(401, 403, 404);
    }

    /** What the refused writes could have changed. */
    private Map<String, Object> state(String caseNumber) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("conversations", count(caseNumber, "child_conversation"));
        state.put(
                "decisions",
                jdbc.queryForList(
                        "SELECT d.status, d.decision_text, d.reasons FROM support_decision d JOIN family_case c ON"
                                + " c.id = d.case_id WHERE c.case_number = ?",
                        caseNumber));
        state.put(
                "hearings",
                jdbc.queryForList(
                        "SELECT h.status, h.answer FROM decision_hearing h JOIN support_decision d ON d.id ="
                                + " h.decision_id JOIN family_case c ON c.id = d.case_id WHERE c.case_number = ?",
                        caseNumber));
        state.put(
                "tasks",
                engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
                        .map(t -> t.getTaskDefinitionKey() + "/" + t.getAssignee())
                        .sorted()
                        .toList());
        return state;
    }

    /**
     * The coordinator's choice at registration (siblings in one investigation, the lighter afdækning with its reason)
     * is shown where investigations are: the case API, the workspace's case page and the task's "Sag" tab.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theSiblingsSharedAfdaekningChosenAtRegistrationIsShownOnTheCaseAndTheTask() {
        LocalDate today = LocalDate.now();
        String caseNumber = FamilyScenario.in(DISTRICT)
                .referredBy("SSP", "Uro i hjemmet", 3)
                .awareDaysAgo(2)
                .member("Mona Søskende", Families.cpr(LocalDate.of(1984, 6, 1), 621), "PARENT")
                .member("Alma Søskende", Families.cpr(today.minusYears(12), 622), "CHILD")
                .member("Bent Søskende", Families.cpr(today.minusYears(9), 623), "CHILD")
                .refer(this::as);
        new TaskDriver(this::as, engine)
                .complete(
                        "mette",
                        caseNumber,
                        FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS,
                        Map.of(
                                FamilyInterventionIds.Variables.MEMBERS_REGISTERED, true,
                                FamilyInterventionIds.Variables.INVESTIGATION_SCOPE, "SHARED",
                                FamilyInterventionIds.Variables.INVESTIGATION_EXTENT, "CLARIFICATION",
                                FamilyInterventionIds.Variables.INVESTIGATION_EXTENT_REASON,
                                        "Søskende i samme skole; skolens oplysninger dækker begge"));
        Map<String, Long> ids = memberIds(caseNumber);

        Map<String, Object> record = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        List<Map<String, Object>> investigations = (List<Map<String, Object>>) record.get("investigations");
        assertThat(investigations).hasSize(1);
        assertThat(investigations.get(0))
                .containsEntry("shared", true)
                .containsEntry("extent", "CLARIFICATION")
                .containsEntry("extentReason", "Søskende i samme skole; skolens oplysninger dækker begge")
                .containsEntry("decidedBy", "mette");
        assertThat(((List<Number>) investigations.get(0).get("memberIds"))
                        .stream().map(Number::longValue).toList())
                .containsExactly(ids.get("Alma Søskende"), ids.get("Bent Søskende"));

        assertThat(WorkspaceSession.login(http, "mette")
                        .get("/workspace/cases/" + caseNumber)
                        .getBody())
                .contains(
                        "Børnefaglige undersøgelser",
                        "Fælles undersøgelse af Alma Søskende og Bent Søskende (Barnets Lov §21, stk. 4)",
                        "Afdækning (Barnets Lov §19)",
                        "Søskende i samme skole; skolens oplysninger dækker begge");

        List<org.camunda.bpm.engine.task.Task> tasks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION)
                .list();
        assertThat(tasks).hasSize(1);
        Map<String, Object> context =
                as("sofie").getForObject("/api/tasks/" + tasks.get(0).getId() + "/context", Map.class);
        assertThat((List<String>) context.get("investigations"))
                .containsExactly("Fælles undersøgelse af Alma Søskende og Bent Søskende (Barnets Lov §21, stk. 4)"
                        + " – Afdækning (Barnets Lov §19). Begrundelse: Søskende i samme skole; skolens oplysninger"
                        + " dækker begge");
    }

    private long count(String caseNumber, String table) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " t JOIN family_case c ON c.id = t.case_id WHERE c.case_number = ?",
                Long.class,
                caseNumber);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> memberIds(String caseNumber) {
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<String, Object> record = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        for (Map<String, Object> m : (List<Map<String, Object>>) record.get("members")) {
            ids.put((String) m.get("name"), ((Number) m.get("id")).longValue());
        }
        return ids;
    }

    private ResponseEntity<String> conversation(
            String user, String caseNumber, long memberId, boolean held, String views, String reason) {
        return as(user).postForEntity(
                        "/api/cases/" + caseNumber + "/child-conversations",
                        conversationBody(memberId, held, views, reason),
                        String.class);
    }

    private static Map<String, Object> conversationBody(long memberId, boolean held, String views, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("memberId", memberId);
        body.put("occasion", "INVESTIGATION");
        body.put("held", held);
        body.put("heldOn", LocalDate.now().toString());
        body.put("present", "Barnet, moderen og sagsbehandleren");
        body.put("childViews", views);
        body.put("notHeldReason", reason);
        return body;
    }

    private static Map<String, Object> draft(String text) {
        return Map.of(
                "decisionText", text,
                "reasons", "Begrundelse",
                "legalBasis", "Barnets Lov §32",
                "appealGuidance", "Klag til Ankestyrelsen inden 4 uger");
    }

    private String taskId(String caseNumber, String key) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(key)
                .singleResult()
                .getId();
    }

    private ResponseEntity<String> completeTask(String user, String taskId, Map<String, Object> variables) {
        return completeTask(as(user), taskId, variables);
    }

    private static ResponseEntity<String> completeTask(
            TestRestTemplate client, String taskId, Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return client.postForEntity(
                "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed), String.class);
    }

    /** A browser logged into Tasklist, with the CSRF token the workspace's forms carry. */
}
