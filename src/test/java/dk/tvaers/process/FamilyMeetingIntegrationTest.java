package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.FamilyInterventionIds.Elements;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import dk.tvaers.support.CaseProcessState;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.RefusedWrites;
import dk.tvaers.support.TaskDriver;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A new family meeting (CM-stormøde) during the course, on real PostgreSQL, through
 * {@code POST /api/cases/{case}/family-meetings}: the coordinator calls it, holds it in Tasklist and saves the revised
 * plan, which is kept as a new version beside the one agreed before ({@code GET /api/cases/{case}/plan/versions} says
 * what changed). The meeting's task is refused until the revised plan is saved. Another administration, a process
 * designer and a request without password are refused, and nothing changes.
 */
class FamilyMeetingIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorCallsTheFamilyMeetingAgainAndTheRevisedPlanIsKeptAsANewVersion() {
        String caseNumber = inCourse();
        List<Map<String, Object>> members = (List<Map<String, Object>>)
                as("mette").getForObject("/api/cases/" + caseNumber, Map.class).get("members");
        Number child = (Number) members.stream()
                .filter(m -> "CHILD".equals(m.get("role")))
                .findFirst()
                .orElseThrow()
                .get("id");
        assertThat(savePlan(caseNumber, child, List.of(goal(child, "sof", "Fast fremmøde i skolen", "IN_PROGRESS"))))
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<String> called = as("mette").postForEntity(url(caseNumber), null, String.class);
        assertThat(called.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        List<Map<String, Object>> meetings = driver().tasks("mette", caseNumber, Elements.USER_REVISE_PLAN);
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).get("name")).isEqualTo("Hold familiemøde (CM-stormøde) og revidér handleplanen");

        // no revised plan saved since the meeting was called: refused, naming the field; the task stays open
        Map<String, Object> body = Map.of("variables", Map.of(Variables.PLAN_REVISED, Map.of("value", "REVISED")));
        ResponseEntity<String> refused = as("mette")
                .postForEntity("/engine-rest/task/" + meetings.get(0).get("id") + "/complete", body, String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("planRevised");
        assertThat(driver().tasks("mette", caseNumber, Elements.USER_REVISE_PLAN))
                .hasSize(1);

        assertThat(savePlan(
                        caseNumber,
                        child,
                        List.of(
                                goal(child, "sof", "Fast fremmøde i skolen", "ACHIEVED"),
                                goal(child, "kff", "Fodbold to gange om ugen", "PLANNED"))))
                .isEqualTo(HttpStatus.OK);
        driver().complete("mette", caseNumber, Elements.USER_REVISE_PLAN, Map.of(Variables.PLAN_REVISED, "REVISED"));
        assertThat(driver().tasks("mette", caseNumber, Elements.USER_REVISE_PLAN))
                .isEmpty();

        List<Map<String, Object>> versions =
                as("mette").getForObject("/api/cases/" + caseNumber + "/plan/versions", List.class);
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(1, 2);
        assertThat(versions.get(0).get("changes")).isEqualTo(List.of("Første version"));
        assertThat((List<String>) versions.get(1).get("changes"))
                .containsExactlyInAnyOrder(
                        "Status ændret fra i gang til nået: SOF, medlem " + child + ": Fast fremmøde i skolen",
                        "Nyt mål: KFF, medlem " + child + ": Fodbold to gange om ugen");
        assertThat(versions.get(1).get("savedBy")).isEqualTo("mette");
    }

    @Test
    void anotherAdministrationAProcessDesignerAndNoPasswordAreRefusedAndNothingChanges() {
        String caseNumber = inCourse();
        Snapshot before = snapshot(caseNumber);

        RefusedWrites.assertPostRefused(
                this::as, http, url(caseNumber), List.of("jonas", "fatima", "karen", "peter", "birgitte", "sofie"));

        assertThat(snapshot(caseNumber)).isEqualTo(before);
    }

    @Test
    void beforeTheCourseThereIsNoFamilyMeetingToCallAndNothingChanges() {
        String caseNumber = family().refer(this::as);
        Snapshot before = snapshot(caseNumber);

        ResponseEntity<Map> refused = as("mette").postForEntity(url(caseNumber), null, Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) refused.getBody().get("detail")).contains("er ikke i forløbet");
        assertThat(snapshot(caseNumber)).isEqualTo(before);
    }

    /**
     * A referred case moved straight into its course (the steps before it are FamilyCourseIntegrationTest's): the
     * registration is cancelled and the course starts with SOF's offer only.
     */
    private String inCourse() {
        String caseNumber = family().refer(this::as);
        String instance = familyInstance(caseNumber);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.PLAN_BUF, false);
        variables.put(Variables.PLAN_BIF, false);
        variables.put(Variables.PLAN_KFF, false);
        engine.getRuntimeService().setVariables(instance, variables);
        engine.getRuntimeService()
                .createProcessInstanceModification(instance)
                .cancelAllForActivity(Elements.USER_REGISTER_MEMBERS)
                .startBeforeActivity(Elements.SUB_COURSE)
                .execute();
        return caseNumber;
    }

    private HttpStatus savePlan(String caseNumber, Number child, List<Map<String, Object>> goals) {
        Map<String, Object> plan =
                Map.of("agreedOn", LocalDate.now().toString(), "goals", goals, "consents", List.of());
        return HttpStatus.valueOf(as("mette")
                .exchange("/api/cases/" + caseNumber + "/plan", HttpMethod.PUT, new HttpEntity<>(plan), String.class)
                .getStatusCode()
                .value());
    }

    private static Map<String, Object> goal(Number member, String administration, String description, String status) {
        return Map.of(
                "memberId", member, "administration", administration, "description", description, "status", status);
    }

    /** What a refused request must leave as it was: the case's process and its plan versions. */
    record Snapshot(CaseProcessState process, int plans) {}

    private Snapshot snapshot(String caseNumber) {
        return new Snapshot(
                CaseProcessState.of(engine, caseNumber),
                as("mette")
                        .getForObject("/api/cases/" + caseNumber + "/plan/versions", List.class)
                        .size());
    }

    private String familyInstance(String caseNumber) {
        return CaseProcessState.familyInstance(engine, caseNumber);
    }

    private static FamilyScenario family() {
        return FamilyScenario.parentAndChildIn("Valby");
    }

    private static String url(String caseNumber) {
        return "/api/cases/" + caseNumber + "/family-meetings";
    }

    private TaskDriver driver() {
        return new TaskDriver(this::as, engine);
    }
}
