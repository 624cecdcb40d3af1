package dk.tvaers.referral;

import static dk.tvaers.referral.Families.aged;
import static dk.tvaers.referral.Families.cpr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.family.CaseRecordService;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A family's whole record through the API on PostgreSQL: intake, process start, journal, screening, plan. */
class IntakeIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    CaseRecordService record;

    @Autowired
    DataSource dataSource;

    @Test
    @SuppressWarnings("unchecked")
    void aFamilyIsReferredAndItsRecordKept() {
        LocalDate today = LocalDate.now();
        String mother = cpr(LocalDate.of(1984, 3, 12), 234);
        String father = cpr(LocalDate.of(1981, 11, 30), 117);
        String oldest = cpr(aged(17), 322);
        String middle = cpr(aged(13), 451);
        String youngest = cpr(aged(8), 602);
        Map<String, Object> referral = Map.of(
                "district",
                "Nørrebro",
                "referral",
                Map.of(
                        "source",
                        "SSP",
                        "concern",
                        "Den ældste er sigtet for røveri; de yngre søskende følger efter.",
                        "sspCategory",
                        4,
                        "awarenessDate",
                        today.minusDays(3).toString()),
                "members",
                List.of(
                        member("Amina Hassan", mother, "PARENT", "BIF: jobcenter Nørrebro"),
                        member("Omar Hassan", father, "PARENT", null),
                        member("Yusuf Hassan", oldest, "CHILD", "BUF: UU-vejleder"),
                        member("Leila Hassan", middle, "CHILD", null),
                        member("Adam Hassan", youngest, "CHILD", null)));

        ResponseEntity<Map> created = as("mette").postForEntity("/api/cases", referral, Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) created.getBody().get("caseNumber");
        assertThat(caseNumber).matches("TV-\\d{4}-\\d{5}");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/cases/" + caseNumber);

        ResponseEntity<String> raw = as("mette").getForEntity("/api/cases/" + caseNumber, String.class);
        assertThat(raw.getBody()).doesNotContain(mother, father, oldest, middle, youngest);
        Map<String, Object> view = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        assertThat(view.get("district")).isEqualTo("Nørrebro");
        assertThat((Map<String, Object>) view.get("referral"))
                .containsEntry("source", "SSP")
                .containsEntry("sspCategory", 4)
                .containsEntry("registeredBy", "mette");
        List<Map<String, Object>> members = (List<Map<String, Object>>) view.get("members");
        assertThat(members)
                .extracting(m -> m.get("name"), m -> m.get("cpr"), m -> m.get("age"), m -> m.get("role"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Amina Hassan", mother.substring(0, 6) + "-xxxx", age(1984, 3, 12), "PARENT"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Omar Hassan", father.substring(0, 6) + "-xxxx", age(1981, 11, 30), "PARENT"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Yusuf Hassan", oldest.substring(0, 6) + "-xxxx", 17, "CHILD"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Leila Hassan", middle.substring(0, 6) + "-xxxx", 13, "CHILD"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Adam Hassan", youngest.substring(0, 6) + "-xxxx", 8, "CHILD"));
        assertThat(members.get(2).get("dateOfBirth")).isEqualTo(aged(17).toString());

        // the case process runs with the case number as business key, and holds no CPR number
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(engine.getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey(caseNumber)
                                .singleResult()
                                .getId())
                        .activityId(FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS)
                        .count())
                .isEqualTo(1);
        List<HistoricVariableInstance> variables = engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .singleResult()
                        .getId())
                .list();
        assertThat(variables)
                .extracting(v -> String.valueOf(v.getValue()))
                .contains(caseNumber, "Nørrebro", "SSP", "4", today.minusDays(3).toString())
                .noneMatch(value -> value.matches(".*\\d{6}-?\\d{4}.*"));

        Long motherId = id(members.get(0));
        Long oldestId = id(members.get(2));
        assertThat(record.childInvestigationSubjects(caseNumber))
                .containsExactly(oldestId, id(members.get(3)), id(members.get(4)));
        assertThat(record.planAdministrations(caseNumber)).isEmpty();

        // journal
        ResponseEntity<Map> note = as("mette")
                .postForEntity(
                        "/api/cases/" + caseNumber + "/journal",
                        Map.of(
                                "kind", "MEETING_MINUTES",
                                "authorRole", "coordinator",
                                "entryDate", today.toString(),
                                "text", "Første koordinationsmøde.",
                                "attendance", "Familien, SOF, BUF, BIF"),
                        Map.class);
        assertThat(note.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(note.getBody()).containsEntry("author", "mette");

        // screenings: the latest per member is shown
        assertThat(screen(caseNumber, oldestId, today.minusDays(30), 2).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(screen(caseNumber, oldestId, today, 3).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // plan: goals for three administrations, consent of a parent and the 17-year-old
        Map<String, Object> plan = Map.of(
                "agreedOn",
                today.toString(),
                "goals",
                List.of(
                        goal(motherId, "bif", "Kombinationsforløb 26 uger"),
                        goal(oldestId, "buf", "Fastholdelse i skolen"),
                        goal(oldestId, "sof", "Mentor")),
                "consents",
                List.of(
                        Map.of("memberId", motherId, "consentedOn", today.toString()),
                        Map.of("memberId", oldestId, "consentedOn", today.toString())));
        ResponseEntity<Map> stored = as("mette")
                .exchange("/api/cases/" + caseNumber + "/plan", HttpMethod.PUT, new HttpEntity<>(plan), Map.class);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
        // storing the plan again replaces it
        assertThat(as("mette")
                        .exchange(
                                "/api/cases/" + caseNumber + "/plan", HttpMethod.PUT, new HttpEntity<>(plan), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        Map<String, Object> after = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        assertThat((List<Map<String, Object>>) after.get("journal"))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .containsEntry("kind", "MEETING_MINUTES")
                        .containsEntry("attendance", "Familien, SOF, BUF, BIF"));
        assertThat((List<Map<String, Object>>) after.get("latestScreenings"))
                .singleElement()
                .satisfies(screening -> {
                    assertThat(screening).containsEntry("screenedOn", today.toString());
                    assertThat((Map<String, Object>) screening.get("scores"))
                            .containsEntry("SCHOOL_EDUCATION", 3)
                            .containsEntry("CRIME_RISK", 3);
                });
        Map<String, Object> storedPlan = (Map<String, Object>) after.get("plan");
        assertThat((List<?>) storedPlan.get("goals")).hasSize(3);
        assertThat((List<?>) storedPlan.get("consents")).hasSize(2);
        assertThat(record.planAdministrations(caseNumber)).containsExactly("bif", "buf", "sof");
    }

    @Test
    void theApiIsDocumentedInDanish() {
        assertThat(as("mette").getForObject("/v3/api-docs", String.class))
                .contains(
                        "Henvis en familie",
                        "/api/cases/{caseNumber}/journal",
                        "/api/cases/{caseNumber}/screenings",
                        "/api/cases/{caseNumber}/plan");
    }

    @Test
    void whenTheProcessCannotStartNothingIsStored() {
        // a user outside every administration may not start the case process: the engine refuses at the end
        String outsider = "outsider-" + System.nanoTime();
        User user = engine.getIdentityService().newUser(outsider);
        user.setPassword("demo");
        engine.getIdentityService().saveUser(user);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Integer> before = counts(jdbc);

        ResponseEntity<Map> refused = http.withBasicAuth(outsider, "demo")
                .postForEntity(
                        "/api/cases",
                        Map.of(
                                "district",
                                "Valby",
                                "referral",
                                Map.of(
                                        "source",
                                        "SCHOOL",
                                        "concern",
                                        "Fravær og trusler",
                                        "sspCategory",
                                        3,
                                        "awarenessDate",
                                        LocalDate.now().toString()),
                                "members",
                                List.of(member("Barn", cpr(aged(14), 999), "CHILD", null))),
                        Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(counts(jdbc)).isEqualTo(before);
        engine.getIdentityService().deleteUser(outsider);
    }

    private static List<Integer> counts(JdbcTemplate jdbc) {
        return List.of("family_case", "case_member", "referral").stream()
                .map(table -> jdbc.queryForObject("select count(*) from " + table, Integer.class))
                .toList();
    }

    private ResponseEntity<Map> screen(String caseNumber, Long memberId, LocalDate on, int score) {
        return as("mette")
                .postForEntity(
                        "/api/cases/" + caseNumber + "/screenings",
                        Map.of(
                                "memberId",
                                memberId,
                                "screenedOn",
                                on.toString(),
                                "scores",
                                List.of(
                                        Map.of("domain", "SCHOOL_EDUCATION", "score", score),
                                        Map.of("domain", "CRIME_RISK", "score", score))),
                        Map.class);
    }

    private static Map<String, Object> goal(Long memberId, String administration, String description) {
        return Map.of(
                "memberId",
                memberId,
                "administration",
                administration,
                "description",
                description,
                "status",
                "PLANNED");
    }

    private static Map<String, Object> member(String name, String cpr, String role, String contacts) {
        return contacts == null
                ? Map.of("name", name, "cpr", cpr, "role", role)
                : Map.of("name", name, "cpr", cpr, "role", role, "contacts", contacts);
    }

    private static int age(int year, int month, int day) {
        return java.time.Period.between(LocalDate.of(year, month, day), LocalDate.now())
                .getYears();
    }

    private static Long id(Map<String, Object> member) {
        return ((Number) member.get("id")).longValue();
    }
}
