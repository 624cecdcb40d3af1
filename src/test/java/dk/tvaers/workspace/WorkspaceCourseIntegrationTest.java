package dk.tvaers.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.adult.AdultReferralSource;
import dk.tvaers.adult.NewAdultCourse;
import dk.tvaers.process.AdultPathwayIds;
import dk.tvaers.referral.AdultIntakeService;
import dk.tvaers.referral.Families;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import dk.tvaers.support.WebappLogin;
import dk.tvaers.support.WorkspaceSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
 * The young adult's course in the workspace on PostgreSQL: the team lead records offences (charged and prosecuted
 * apart) and her assessment in Danish forms, the mentor records the drop-out, which interrupts the course in Klar; and
 * every form is refused to another administration, the process designer peter, a request without login or with a
 * wrong password and one without the session's CSRF token, and nothing changes.
 */
class WorkspaceCourseIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    AdultIntakeService intake;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTeamLeadRecordsOffencesAndHerAssessmentAndTheMentorTheDropOutInKlar() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String course = enrolledCourse("Ung Formsen");
        String base = "/workspace/courses/" + course;
        WorkspaceSession henrik = WorkspaceSession.login(http, "henrik");

        ResponseEntity<String> page = henrik.get(base);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody())
                .contains("<html lang=\"da\"", "Forløb " + course, "Ung Formsen", "Indskrivning og frafald")
                .contains("Lovovertrædelser under forløbet", "Ingen lovovertrædelser registreret")
                .contains("href=\"/workspace/courses/" + course + "/offences/new\"");
        assertThat(henrik.get(base + "/offences/new").getBody())
                .contains(
                        "Sigtet eller tiltalt?", "Tiltalt – anklagemyndigheden har rejst tiltale", "Sigtet – politiet");

        // offences: charged, then prosecuted; the form refuses a missing kind and a future day, in Danish
        assertThat(henrik.post(base + "/offences", Map.of("kind", "CHARGED", "occurredOn", today.toString()))
                        .getStatusCode()
                        .value())
                .isIn(200, 302);
        assertThat(henrik.post(base + "/offences", Map.of("kind", "PROSECUTED", "occurredOn", today.toString()))
                        .getStatusCode()
                        .value())
                .isIn(200, 302);
        ResponseEntity<String> noKind = henrik.post(base + "/offences", Map.of("occurredOn", today.toString()));
        assertThat(noKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noKind.getBody()).contains("Formularen er ikke gemt", "Angiv sigtet eller tiltalt");
        ResponseEntity<String> future = henrik.post(
                base + "/offences",
                Map.of("kind", "PROSECUTED", "occurredOn", today.plusDays(1).toString()));
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody()).contains("Datoen ligger i fremtiden");

        // her own assessment: a movement is required exactly when yes
        ResponseEntity<String> yesWithout = henrik.post(
                base + "/assessments", Map.of("significantPositive", "true", "assessedOn", today.toString()));
        assertThat(yesWithout.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(yesWithout.getBody()).contains("Angiv bevægelsens art");
        assertThat(henrik.post(
                                base + "/assessments",
                                Map.of(
                                        "significantPositive", "true",
                                        "movementReason", "STARTED_EDUCATION",
                                        "assessedOn", today.toString()))
                        .getStatusCode()
                        .value())
                .isIn(200, 302);
        assertThat(henrik.get(base).getBody())
                .contains("<td>Tiltalt</td>", "<td>Sigtet</td>", "Henrik Larsen")
                .contains("Ja – Har startet uddannelse");
        assertThat(state(course).get("offences")).asList().hasSize(2);

        // the drop-out: confirmation required; then recorded and the course leaves Klar for the discharge
        ResponseEntity<String> unconfirmed =
                WorkspaceSession.login(http, "ahmed").post(base + "/drop-out", Map.of());
        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unconfirmed.getBody()).contains("Bekræft, at den unge er faldet fra forløbet");
        assertThat(openTasks(course)).containsExactly(AdultPathwayIds.Elements.USER_ASSIGN_MENTOR);
        assertThat(WorkspaceSession.login(http, "ahmed")
                        .post(base + "/drop-out", Map.of("confirmed", "true"))
                        .getStatusCode()
                        .value())
                .isIn(200, 302);
        assertThat(openTasks(course)).containsExactly(AdultPathwayIds.Elements.USER_DISCHARGE);
        assertThat(state(course).get("events")).asList().hasSize(2);
        assertThat(henrik.get(base).getBody()).doesNotContain("<dd>Nej</dd>");
    }

    @Test
    void everyFormIsRefusedToOutsidersAndNothingChanges() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String course = enrolledCourse("Ung Udefrasen");
        String base = "/workspace/courses/" + course;
        Map<String, Map<String, String>> writes = new LinkedHashMap<>();
        writes.put(base + "/offences", Map.of("kind", "PROSECUTED", "occurredOn", today.toString()));
        writes.put(base + "/assessments", Map.of("significantPositive", "false", "assessedOn", today.toString()));
        writes.put(base + "/drop-out", Map.of("confirmed", "true"));
        Map<String, Object> before = state(course);

        // another administration (no task on the course) and the process designer peter: 403, a Danish page
        for (String user : List.of("jonas", "peter")) {
            WorkspaceSession outsider = WorkspaceSession.login(http, user);
            assertThat(outsider.get(base).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            writes.forEach((url, fields) -> {
                ResponseEntity<String> refused = outsider.post(url, fields);
                assertThat(refused.getStatusCode()).as("%s %s", user, url).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getBody()).as(url).contains("<html lang=\"da\"", "Du har ikke adgang");
            });
        }
        // a team chief who visited the course may read it and assess it, but records no offence and no drop-out
        WorkspaceSession lars = WorkspaceSession.login(http, "lars");
        assertThat(lars.get(base).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lars.post(base + "/offences", writes.get(base + "/offences")).getBody())
                .contains("Kun koordinator, teamleder og Kriminalforsorgen");
        assertThat(lars.post(base + "/drop-out", writes.get(base + "/drop-out")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // no login, and a wrong password (no session): 401; the right session without its CSRF token: 403
        // (a user of this test's own: a wrong password delays that user's next login from here, LoginThrottle)
        String guessed = dk.tvaers.support.TestUsers.processDesigner(engine, "course-wrong-password");
        assertThat(WebappLogin.login(http, "tasklist", guessed, "forkert")
                        .response()
                        .getStatusCode()
                        .is2xxSuccessful())
                .isFalse();
        WorkspaceSession henrik = WorkspaceSession.login(http, "henrik");
        writes.forEach((url, fields) -> {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>();
            fields.forEach(body::add);
            assertThat(http.postForEntity(url, new HttpEntity<>(body, headers), String.class)
                            .getStatusCode())
                    .as(url)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(henrik.postWithToken(url, fields, null).getStatusCode())
                    .as(url)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(henrik.postWithToken(url, fields, "forkert-token").getStatusCode())
                    .as(url)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        });
        assertThat(state(course)).isEqualTo(before);
        assertThat(openTasks(course)).containsExactly(AdultPathwayIds.Elements.USER_ASSIGN_MENTOR);
    }

    @Test
    void aCourseNumberFoundFromTheSearchOpensTheCoursesPage() {
        String course = enrolledCourse("Ung Findesen");
        ResponseEntity<String> found =
                WorkspaceSession.login(http, "henrik").get("/workspace/?caseNumber=" + course.toLowerCase());
        assertThat(found.getStatusCode().value()).isIn(200, 302);
        assertThat(
                        found.getStatusCode().is3xxRedirection()
                                ? found.getHeaders().getLocation().getPath()
                                : found.getBody())
                .contains("/workspace/courses/" + course);
    }

    /** A course referred by the police/SSP and visited by the team chief lars: enrolled, in Klar, a mentor's task. */
    private String enrolledCourse(String name) {
        String course = intake.refer(
                new NewAdultCourse(name, Families.uniqueCpr(23), AdultReferralSource.POLICE_SSP, null, null, "Valby"));
        new TaskDriver(this::as, engine)
                .complete(
                        "lars",
                        course,
                        AdultPathwayIds.Elements.USER_VISIT_ADULT,
                        Map.of(
                                AdultPathwayIds.Variables.ADULT_VISITATION_DECISION, "VISITED",
                                AdultPathwayIds.Variables.ADULT_VISITATION_REASON, "Henvist fra SSP"));
        return course;
    }

    private List<String> openTasks(String course) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(course).list().stream()
                .map(Task::getTaskDefinitionKey)
                .toList();
    }

    private Map<String, Object> state(String course) {
        Map<String, Object> state = new LinkedHashMap<>();
        String byCourse = " JOIN adult_course c ON c.id = x.course_id WHERE c.course_number = ? ORDER BY x.id";
        state.put(
                "offences", jdbc.queryForList("SELECT x.kind, x.occurred_on FROM adult_offence x" + byCourse, course));
        state.put(
                "assessments",
                jdbc.queryForList(
                        "SELECT x.professional, x.significant_positive FROM adult_assessment x" + byCourse, course));
        state.put("events", jdbc.queryForList("SELECT x.kind FROM adult_course_event x" + byCourse, course));
        state.put(
                "course",
                jdbc.queryForList("SELECT status, phase, outcome FROM adult_course WHERE course_number = ?", course));
        return state;
    }
}
