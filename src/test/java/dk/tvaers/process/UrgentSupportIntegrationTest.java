package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.FamilyInterventionIds.Elements;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import dk.tvaers.support.CaseProcessState;
import dk.tvaers.support.ChildVoiceSteps;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.RefusedWrites;
import dk.tvaers.support.TaskDriver;
import dk.tvaers.support.WorkspaceSession;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Support while investigating on real PostgreSQL: the SOF caseworker who investigates asks ({@code POST
 * /api/cases/{case}/urgent-support}), the team chief decides in writing on the workspace's "Akut støtte under
 * undersøgelsen" (her Tasklist task alone cannot grant support), Tværs stores the decision with its Danish letter, SOF
 * starts the support, its follow-up (Barnets Lov §95) starts, and when the investigation finishes first the first
 * follow-up comes earlier. Everyone else is refused and nothing changes.
 */
class UrgentSupportIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCaseworkerAsksTheTeamChiefDecidesInWritingAndTheSupportIsFollowedUp() throws IOException {
        FamilyScenario.Registered registered = family().registered(this::as, engine);
        String caseNumber = registered.caseNumber();

        ResponseEntity<String> asked = as("sofie").postForEntity(apiUrl(caseNumber), null, String.class);

        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        List<Map<String, Object>> decisions = driver().tasks("lars", caseNumber, Elements.USER_DECIDE_URGENT_SUPPORT);
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).get("name")).isEqualTo("Beslut akut støtte under undersøgelsen");
        // support is decided in writing: completing the task in Tasklist with a support alone is refused
        ResponseEntity<Map> unwritten = driver().tryComplete(
                        "lars",
                        caseNumber,
                        Elements.USER_DECIDE_URGENT_SUPPORT,
                        Map.of(Variables.URGENT_SUPPORT, "MENTOR", Variables.URGENT_SUPPORT_DECIDED, true));
        assertThat(unwritten.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(unwritten.getBody()))
                .contains("Afgørelsen om akut støtte er ikke skrevet", Variables.URGENT_SUPPORT);
        assertThat(driver().tasks("lars", caseNumber, Elements.USER_DECIDE_URGENT_SUPPORT))
                .hasSize(1);

        // the screen, reached from the task's "Sag" tab and from the case page
        Map<?, ?> context =
                as("lars").getForObject("/api/tasks/" + decisions.get(0).get("id") + "/context", Map.class);
        assertThat(context.get("workspaceUrl")).isEqualTo(screenUrl(caseNumber));
        String form = new String(
                getClass()
                        .getResourceAsStream("/forms/decide-urgent-support.form")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(form).contains("/workspace/cases/{{caseNumber}}/urgent-support");
        WorkspaceSession lars = WorkspaceSession.login(http, "lars");
        assertThat(lars.get("/workspace/cases/" + caseNumber).getBody()).contains(screenUrl(caseNumber));
        ResponseEntity<String> screen = lars.get(screenUrl(caseNumber));
        assertThat(screen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(screen.getBody())
                .contains(
                        "Akut støtte under undersøgelsen", "Barnets Lov §32, stk. 4", "Træf afgørelsen og lav brevet");

        // without reasons: the form again with the field's message, nothing stored
        ResponseEntity<String> noReasons = lars.post(screenUrl(caseNumber), Map.of("support", "MENTOR"));
        assertThat(noReasons.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReasons.getBody()).contains("Skriv begrundelsen for afgørelsen", "id=\"reasons-error\"");
        assertThat(decisionsOf(caseNumber)).isZero();

        ResponseEntity<String> decided = lars.post(
                screenUrl(caseNumber),
                Map.of(
                        "support",
                        "MENTOR",
                        "description",
                        "En mentor for Emil to gange om ugen",
                        "reasons",
                        "Emil er ikke i skole og har brug for en voksen nu; undersøgelsen tager tid."));
        // post/redirect/get: the client follows the redirect to the screen
        assertThat(decided.getStatusCode().value()).as("%s", decided.getBody()).isIn(200, 302);
        assertThat(decisionsOf(caseNumber)).isOne();
        assertThat(driver().tasks("lars", caseNumber, Elements.USER_DECIDE_URGENT_SUPPORT))
                .isEmpty();
        // history says who decided, the process holds only the support
        String instance = CaseProcessState.familyInstance(engine, caseNumber);
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(instance)
                        .taskDefinitionKey(Elements.USER_DECIDE_URGENT_SUPPORT)
                        .singleResult()
                        .getAssignee())
                .isEqualTo("lars");
        assertThat(engine.getRuntimeService().getVariable(instance, Variables.URGENT_SUPPORT))
                .isEqualTo("MENTOR");
        assertThat(engine.getRuntimeService().getVariables(instance).values().toString())
                .doesNotContain("ikke i skole");

        // the screen lists the decision and links its letter
        String page = lars.get(screenUrl(caseNumber)).getBody();
        assertThat(page)
                .contains("Mentor nu", "Emil er ikke i skole", "Åbn afgørelsesbrevet (PDF)", "Træf en ny afgørelse");
        long id = jdbc.queryForObject(
                "SELECT d.id FROM urgent_support_decision d JOIN family_case c ON c.id = d.case_id"
                        + " WHERE c.case_number = ?",
                Long.class,
                caseNumber);
        ResponseEntity<byte[]> letter = lars.getBytes(screenUrl(caseNumber) + "/" + id + "/letter");
        assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(letter.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        // the page's lines joined, the labels' non-breaking spaces as spaces
        String text = dk.tvaers.support.Pdfs.text(letter.getBody()).replaceAll("[\\s\\u00a0]+", " ");
        assertThat(text)
                .contains(
                        "Afgørelse om støtte under undersøgelsen",
                        "Lone Hansen (forælder)",
                        "en mentor nu",
                        "Emil er ikke i skole",
                        "Barnets Lov §32, stk. 4",
                        "senest 3 måneder",
                        "Barnets Lov §95",
                        "Klagevejledning",
                        "Ankestyrelsen")
                .doesNotContainPattern("\\d{6}-?\\d{4}");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/letters/urgent-support-letter.pdf"), letter.getBody());

        // SOF starts the support: its follow-up starts, the first due 3 months after the start
        LocalDate today = LocalDate.now(clock);
        sofieStarts(caseNumber, today);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(registered.investigationTaskId())
                        .count())
                .isOne();
        assertThat(nextFollowUp(caseNumber)).isEqualTo(today.plusMonths(3).toString());

        // the investigation finishes first: the first follow-up is due a week after (§95, stk. 2)
        long child = childOf(caseNumber);
        ChildVoiceSteps.hear(this::as, caseNumber, child);
        driver().complete(
                        "sofie",
                        caseNumber,
                        dk.tvaers.process.ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                        Map.of(
                                dk.tvaers.process.ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                                "SUPPORT_NEEDED",
                                dk.tvaers.process.ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                                true));
        assertThat(nextFollowUp(caseNumber)).isEqualTo(today.plusDays(7).toString());

        // no investigation runs any more: the screen says so, and nothing is decided or stored
        ResponseEntity<String> notNow =
                lars.post(screenUrl(caseNumber), Map.of("support", "MENTOR", "reasons", "For sent"));
        assertThat(notNow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notNow.getBody()).contains("venter ikke på en børnefaglig undersøgelse");
        assertThat(decisionsOf(caseNumber)).isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSecondDecisionWhileTheFirstIsBeingStartedIsRefusedNamingItAndNothingChanges() {
        String caseNumber = family().registered(this::as, engine).caseNumber();
        // sofie asks twice: the second request would give the team chief a second task
        assertThat(as("sofie")
                        .postForEntity(apiUrl(caseNumber), null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        CaseProcessState asked = CaseProcessState.of(engine, caseNumber);
        ResponseEntity<Map> askedAgain = as("sofie").postForEntity(apiUrl(caseNumber), null, Map.class);
        assertThat(askedAgain.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(askedAgain.getBody()).containsEntry("type", "urn:tvaers:problem:urgent-support-in-progress");
        assertThat((String) askedAgain.getBody().get("detail"))
                .contains("Teamchefen er allerede bedt om", "»Beslut akut støtte under undersøgelsen« er åben");
        assertThat(CaseProcessState.of(engine, caseNumber)).isEqualTo(asked);
        assertThat(openTasks(caseNumber, Elements.USER_DECIDE_URGENT_SUPPORT)).isOne();

        WorkspaceSession lars = WorkspaceSession.login(http, "lars");
        Map<String, String> mentor = Map.of("support", "MENTOR", "reasons", "Emil har brug for en voksen nu.");
        assertThat(lars.post(screenUrl(caseNumber), mentor).getStatusCode().value())
                .isIn(200, 302);
        long first = jdbc.queryForObject(
                "SELECT d.id FROM urgent_support_decision d JOIN family_case c ON c.id = d.case_id"
                        + " WHERE c.case_number = ?",
                Long.class,
                caseNumber);
        assertThat(openTasks(caseNumber, Elements.USER_START_URGENT_SUPPORT)).isOne();
        CaseProcessState decided = CaseProcessState.of(engine, caseNumber);

        // SOF has not started it yet: a second decision on the screen is refused, naming the decision and the task
        ResponseEntity<String> second = lars.post(
                screenUrl(caseNumber),
                Map.of("support", "FAMILY_TREATMENT", "reasons", "Familien har også brug for behandling."));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody())
                .contains(
                        "(nr. " + first + ": en mentor, truffet",
                        "af lars) er ved at blive iværksat",
                        "»Iværksæt akut støtte under undersøgelsen« er åben, frist",
                        "En ny afgørelse kan først træffes")
                .doesNotContain("Træf afgørelsen og lav brevet", "Exception");
        // and the screen says so instead of offering the form
        assertThat(lars.get(screenUrl(caseNumber)).getBody())
                .contains("id=\"being-started\"", "er ved at blive iværksat")
                .doesNotContain("Træf afgørelsen og lav brevet");
        // the API's request too
        ResponseEntity<Map> askedWhileStarting = as("sofie").postForEntity(apiUrl(caseNumber), null, Map.class);
        assertThat(askedWhileStarting.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(askedWhileStarting.getBody()).containsEntry("type", "urn:tvaers:problem:urgent-support-in-progress");
        assertThat((String) askedWhileStarting.getBody().get("detail"))
                .contains("(nr. " + first + ": en mentor", "»Iværksæt akut støtte under undersøgelsen« er åben");
        // nothing changed: no second task, no second decision
        assertThat(CaseProcessState.of(engine, caseNumber)).isEqualTo(decided);
        assertThat(openTasks(caseNumber, Elements.USER_START_URGENT_SUPPORT)).isOne();
        assertThat(openTasks(caseNumber, Elements.USER_DECIDE_URGENT_SUPPORT)).isZero();
        assertThat(decisionsOf(caseNumber)).isOne();

        // once SOF has started the support, a new decision can be made (the investigation still runs)
        sofieStarts(caseNumber, LocalDate.now(clock));
        assertThat(lars.post(
                                screenUrl(caseNumber),
                                Map.of(
                                        "support",
                                        "FAMILY_TREATMENT",
                                        "reasons",
                                        "Familien har også brug for behandling."))
                        .getStatusCode()
                        .value())
                .isIn(200, 302);
        assertThat(decisionsOf(caseNumber)).isEqualTo(2);
        assertThat(openTasks(caseNumber, Elements.USER_START_URGENT_SUPPORT)).isOne();
    }

    /** SOF's caseworker completes "Iværksæt akut støtte under undersøgelsen": the support starts on the day. */
    private void sofieStarts(String caseNumber, LocalDate day) {
        driver().complete(
                        "sofie",
                        caseNumber,
                        Elements.USER_START_URGENT_SUPPORT,
                        Map.of(
                                Variables.URGENT_SUPPORT_START_DATE,
                                day.toString(),
                                Variables.URGENT_SUPPORT_STARTED,
                                true));
    }

    private long openTasks(String caseNumber, String elementId) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(elementId)
                .count();
    }

    @Test
    void anotherAdministrationAProcessDesignerAndNoPasswordAreRefusedAndNothingChanges() {
        String caseNumber = family().registered(this::as, engine).caseNumber();
        CaseProcessState before = CaseProcessState.of(engine, caseNumber);

        RefusedWrites.assertPostRefused(
                this::as, http, apiUrl(caseNumber), List.of("jonas", "fatima", "karen", "peter", "birgitte"));

        assertThat(CaseProcessState.of(engine, caseNumber)).isEqualTo(before);
    }

    @Test
    void onlyTheTeamChiefDecidesOnTheScreenAndARefusalChangesNothing() {
        String caseNumber = family().registered(this::as, engine).caseNumber();
        CaseProcessState before = CaseProcessState.of(engine, caseNumber);
        Map<String, String> decision = Map.of("support", "FAMILY_TREATMENT", "reasons", "Uden adgang");

        // another administration: no need-to-know; a process designer and the SOF caseworker: not the team chief
        for (String user : List.of("jonas", "peter", "sofie")) {
            ResponseEntity<String> refused = WorkspaceSession.login(http, user).post(screenUrl(caseNumber), decision);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).doesNotContain("Exception");
        }
        // the team chief without the session's CSRF token
        assertThat(WorkspaceSession.login(http, "lars")
                        .postWithToken(screenUrl(caseNumber), decision, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // no login, and a wrong password
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        decision.forEach(body::add);
        assertThat(http.postForEntity(screenUrl(caseNumber), new HttpEntity<>(body, headers), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("lars", "forkert")
                        .postForEntity(screenUrl(caseNumber), new HttpEntity<>(body, headers), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // a letter is the record: another administration may not read it
        assertThat(WorkspaceSession.login(http, "jonas")
                        .get(screenUrl(caseNumber) + "/1/letter")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(CaseProcessState.of(engine, caseNumber)).isEqualTo(before);
        assertThat(decisionsOf(caseNumber)).isZero();
    }

    @Test
    void withoutARunningInvestigationThereIsNothingToAskForAndNothingChanges() {
        String caseNumber = family().refer(this::as);
        CaseProcessState before = CaseProcessState.of(engine, caseNumber);

        ResponseEntity<Map> refused = as("mette").postForEntity(apiUrl(caseNumber), null, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) refused.getBody().get("detail")).contains("venter ikke på en børnefaglig undersøgelse");
        // the team chief has not worked on the case yet: no need-to-know, refused before anything is looked at
        assertThat(WorkspaceSession.login(http, "lars")
                        .post(screenUrl(caseNumber), Map.of("support", "MENTOR", "reasons", "For tidligt"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(CaseProcessState.of(engine, caseNumber)).isEqualTo(before);
        assertThat(decisionsOf(caseNumber)).isZero();
    }

    private int decisionsOf(String caseNumber) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM urgent_support_decision d JOIN family_case c ON c.id = d.case_id"
                        + " WHERE c.case_number = ?",
                Integer.class,
                caseNumber);
    }

    private Object nextFollowUp(String caseNumber) {
        String followUp = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SupportFollowUpProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        return engine.getRuntimeService().getVariable(followUp, SupportFollowUpProcess.NEXT_FOLLOW_UP.name());
    }

    @SuppressWarnings("unchecked")
    private long childOf(String caseNumber) {
        List<Map<String, Object>> members = (List<Map<String, Object>>)
                as("mette").getForObject("/api/cases/" + caseNumber, Map.class).get("members");
        return members.stream()
                .filter(m -> "CHILD".equals(m.get("role")))
                .map(m -> ((Number) m.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private static FamilyScenario family() {
        return FamilyScenario.parentAndChildIn("Valby");
    }

    private static String apiUrl(String caseNumber) {
        return "/api/cases/" + caseNumber + "/urgent-support";
    }

    private static String screenUrl(String caseNumber) {
        return "/workspace/cases/" + caseNumber + "/urgent-support";
    }

    private TaskDriver driver() {
        return new TaskDriver(this::as, engine);
    }
}
