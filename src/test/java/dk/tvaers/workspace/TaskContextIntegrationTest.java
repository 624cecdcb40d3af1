package dk.tvaers.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.referral.Families;
import dk.tvaers.support.ChildVoiceSteps;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case context Tasklist shows beside a task: the "Sag" tab's API and the cards' batch API, on PostgreSQL through
 * the real endpoints, with need-to-know and the access log.
 */
class TaskContextIntegrationTest extends PostgresIntegrationTest {

    static final String DISTRICT = "Bispebjerg";

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theInvestigationTaskShowsItsCaseToSofAndNothingToAnotherAdministration() {
        LocalDate aware = LocalDate.now().minusDays(3);
        String parentCpr = Families.cpr(LocalDate.of(1984, 2, 14), 411);
        String childCpr = Families.uniqueCpr(10);
        FamilyScenario.Registered registered = FamilyScenario.in(DISTRICT)
                .referredBy("SCHOOL", "Bekymrende fravær og uro", 2)
                .awareOn(aware)
                .member("Mona Kontekst Hansen", parentCpr, "PARENT")
                .member("Ali Kontekst Hansen", childCpr, "CHILD")
                .registered(this::as, engine);
        String caseNumber = registered.caseNumber();
        String task = registered.investigationTaskId();

        // sofie (SOF) has the investigation in her Tasklist: she sees its case
        ResponseEntity<String> raw = as("sofie").getForEntity("/api/tasks/" + task + "/context", String.class);
        assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(raw.getBody())
                .as("no CPR number, masked or not, and no date of birth")
                .doesNotContain(parentCpr.substring(0, 6))
                .doesNotContain(childCpr.substring(0, 6))
                .doesNotContain("cpr")
                .doesNotContain("dateOfBirth");
        Map<String, Object> context = as("sofie").getForObject("/api/tasks/" + task + "/context", Map.class);
        assertThat(context.get("caseNumber")).isEqualTo(caseNumber);
        assertThat(context.get("district")).isEqualTo(DISTRICT);
        assertThat(context.get("kind")).isEqualTo("FAMILY_CASE");
        assertThat((Map<String, Object>) context.get("person"))
                .containsEntry("firstName", "Ali")
                .containsEntry("age", 10)
                .containsEntry("role", "Barn");
        assertThat((List<Map<String, Object>>) context.get("members"))
                .extracting(m -> m.get("name") + " " + m.get("role") + " " + m.get("age"))
                .containsExactly(
                        "Mona Kontekst Hansen Forælder " + age(LocalDate.of(1984, 2, 14)),
                        "Ali Kontekst Hansen Barn 10");
        assertThat((Map<String, Object>) context.get("referral"))
                .containsEntry("source", "Skolen")
                .containsEntry("concern", "Bekymrende fravær og uro")
                .containsEntry("sspCategory", 2)
                .containsEntry("awarenessDate", aware.format(DateTimeFormatter.ofPattern("d.M.yyyy")));
        String statutory = aware.plusMonths(4).format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        assertThat((List<Map<String, Object>>) context.get("deadlines"))
                .extracting(d -> (String) d.get("text"))
                .contains("Lovens frist for den børnefaglige undersøgelse (Barnets Lov §20): " + statutory);
        assertThat((List<Map<String, Object>>) context.get("openTasks")).anySatisfy(t -> {
            assertThat((String) t.get("name")).startsWith("Børnefaglig undersøgelse");
            assertThat((List<String>) t.get("groups")).contains("Socialforvaltningen (SOF)");
            assertThat(t.get("thisTask")).isEqualTo(true);
        });
        assertThat(context.get("workspaceUrl")).isEqualTo("/workspace/cases/" + caseNumber);
        assertThat(context.get("decision")).isNull();

        // the cards: one request for the page's tasks; an unknown id is left out
        List<Map<String, Object>> cards =
                as("sofie").getForObject("/api/tasks/context?ids=" + task + ",no-such-task", List.class);
        assertThat(cards)
                .extracting(c -> c.get("taskId") + " " + c.get("caseNumber") + " " + c.get("district") + " "
                        + c.get("firstName") + " " + c.get("age"))
                .containsExactly(task + " " + caseNumber + " " + DISTRICT + " Ali 10");

        // jonas (BUF) neither sees the task nor works on the case: 403 in Danish, logged as denied
        ResponseEntity<Map> refused = as("jonas").getForEntity("/api/tasks/" + task + "/context", Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().toString()).doesNotContain("Ali").doesNotContain(DISTRICT);
        assertThat((String) refused.getBody().get("detail")).contains("adgang");
        assertThat(as("jonas").getForObject("/api/tasks/context?ids=" + task, List.class))
                .isEmpty();

        // no login: 401
        assertThat(http.getForEntity("/api/tasks/" + task + "/context", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // an unknown task: 404
        assertThat(as("sofie")
                        .getForEntity("/api/tasks/no-such-task/context", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(jdbc.queryForList(
                        "SELECT user_id || ' ' || view_name || ' ' || action || ' ' || outcome FROM access_log"
                                + " WHERE record_type = 'FAMILY_CASE' AND record_key = ? ORDER BY id",
                        String.class,
                        caseNumber))
                .containsSubsequence(
                        "sofie task-context READ GRANTED",
                        "sofie task-card READ GRANTED",
                        "jonas task-context READ DENIED",
                        "jonas task-card READ DENIED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theVisitationTaskShowsTheInvestigationsConclusionsAndTheDistrictsCapacity() {
        FamilyScenario.Registered registered = FamilyScenario.in(DISTRICT)
                .referredBy("SSP", "Uro i opgangen", 3)
                .awareDaysAgo(2)
                .member("Sara Visit", Families.cpr(LocalDate.of(1986, 6, 1), 421), "PARENT")
                .member("Omar Visit", Families.uniqueCpr(12), "CHILD")
                .registered(this::as, engine);
        String caseNumber = registered.caseNumber();
        ChildVoiceSteps.hearChildren(this::as, caseNumber);
        new TaskDriver(this::as, engine)
                .complete(
                        "sofie",
                        caseNumber,
                        ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                        Map.of(
                                ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                                "SUPPORT_NEEDED",
                                ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                                true));
        String visitation = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(FamilyInterventionIds.Elements.USER_DECIDE_VISITATION)
                .singleResult()
                .getId();

        Map<String, Object> context = as("lars").getForObject("/api/tasks/" + visitation + "/context", Map.class);
        Map<String, Object> decision = (Map<String, Object>) context.get("decision");
        assertThat(decision.get("heading")).isEqualTo("Til beslutningen om visitation");
        assertThat((List<Map<String, Object>>) decision.get("facts"))
                .extracting(f -> f.get("label") + ": " + f.get("text"))
                .anySatisfy(f -> assertThat(f)
                        .startsWith("Børnefaglig undersøgelse af Omar Visit: Barnet har behov for støtte (afsluttet "))
                .contains("Bekymring: Uro i opgangen", "SSP-kategori: 3")
                // the recommendation of bpmn/visitation.dmn and its reasons (issue 15): SSP 3 is the target group
                .contains("Anbefaling (visitationstabellen): Målgruppen: visitér")
                .anySatisfy(f -> assertThat(f).startsWith("Belastningsgrad: "))
                .anySatisfy(f -> assertThat(f).startsWith("Begrundelse: SSP-kategori 3–4"))
                .anySatisfy(f -> assertThat(f).matches("Kapacitet i " + DISTRICT + ": \\d+ af 10 pladser er i brug.*"));
        // the card names no child: visitation is about the whole family
        List<Map<String, Object>> cards = as("lars").getForObject("/api/tasks/context?ids=" + visitation, List.class);
        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.get("caseNumber")).isEqualTo(caseNumber);
            assertThat(c.get("firstName")).isNull();
        });
    }

    private static int age(LocalDate born) {
        return java.time.Period.between(born, LocalDate.now()).getYears();
    }
}
