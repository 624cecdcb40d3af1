package dk.tvaers.board;

import static dk.tvaers.referral.Families.uniqueCpr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.AdultMeasuresService;
import dk.tvaers.adult.AdultReferralSource;
import dk.tvaers.adult.NewAdultCourse;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TestUsers;
import dk.tvaers.support.WorkspaceSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The new records of the outcome measures through the API on PostgreSQL: the SSP concern per child over time (family
 * case), offences while enrolled, the professionals' assessments and drop-outs (adult course), and the outcome report
 * reading them with how each figure is computed. Every new write is refused to a caseworker of another administration,
 * a process designer (a user with only that group) and a request without (or with a wrong) password, and nothing
 * changes.
 */
class OutcomeMeasuresIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AdultCourseService courses;

    @Autowired
    AdultMeasuresService measures;

    @Test
    @SuppressWarnings("unchecked")
    void theSspConcernOfEachChildIsRecordedOverTimeAndTheReportReadsItsDevelopment() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String caseNumber = FamilyScenario.in("Nørrebro")
                .member("Hanne Målsen", uniqueCpr(40), "PARENT")
                .member("Ali Målsen", uniqueCpr(14), "CHILD")
                .refer(this::as);
        Map<String, Object> c = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) c.get("members")) {
            ids.put((String) m.get("role"), ((Number) m.get("id")).longValue());
        }
        String url = "/api/cases/" + caseNumber + "/ssp-concerns";

        // the coordinator records the child's level twice: 4 a month ago, 2 today (lower is better)
        assertThat(as("mette")
                        .postForEntity(url, concern(ids.get("CHILD"), today.minusDays(30), 4), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(as("mette")
                        .postForEntity(url, concern(ids.get("CHILD"), today, 2), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        // refused: the parent (SSP concern is about the children), twice a day, a level outside 1-4, a future day
        assertBadRequest(
                as("mette").postForEntity(url, concern(ids.get("PARENT"), today, 3), String.class), "memberId");
        assertBadRequest(
                as("mette").postForEntity(url, concern(ids.get("CHILD"), today, 3), String.class), "assessedOn");
        assertBadRequest(
                as("mette").postForEntity(url, concern(ids.get("CHILD"), today.minusDays(1), 5), String.class),
                "level");
        assertBadRequest(
                as("mette").postForEntity(url, concern(ids.get("CHILD"), today.plusDays(1), 3), String.class),
                "assessedOn");

        // another administration, a process designer, no password, a wrong password: refused, nothing changes
        long before = sspRows(caseNumber);
        for (TestRestTemplate outsider :
                List.of(as("jonas"), as(designer()), http, http.withBasicAuth(guessed(), "forkert"))) {
            assertRefused(outsider.postForEntity(url, concern(ids.get("CHILD"), today.minusDays(2), 1), String.class));
            assertRefused(outsider.getForEntity(url, String.class));
        }
        assertThat(sspRows(caseNumber)).isEqualTo(before).isEqualTo(2);

        // the workspace: the coordinator enters a level in the form; BUF and a process designer are refused
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");
        ResponseEntity<String> saved = mette.post(
                "/workspace/cases/" + caseNumber + "/ssp-concerns",
                Map.of(
                        "memberId", String.valueOf(ids.get("CHILD")),
                        "assessedOn", today.minusDays(10).toString(),
                        "level", "3"));
        // saved: redirected (and followed) to the case, which now shows the level
        assertThat(saved.getStatusCode().value()).isIn(200, 302);
        assertThat(mette.get("/workspace/cases/" + caseNumber).getBody())
                .contains("SSP-bekymring over tid", "Registrér SSP-bekymring");
        assertThat(mette.get("/workspace/cases/" + caseNumber + "/ssp-concerns/new")
                        .getBody())
                .contains("Ali Målsen")
                .doesNotContain("Hanne Målsen");
        for (String user : List.of("jonas", designer())) {
            assertThat(WorkspaceSession.login(http, user)
                            .post(
                                    "/workspace/cases/" + caseNumber + "/ssp-concerns",
                                    Map.of(
                                            "memberId", String.valueOf(ids.get("CHILD")),
                                            "assessedOn", today.minusDays(3).toString(),
                                            "level", "1"))
                            .getStatusCode()
                            .value())
                    .isEqualTo(403);
        }
        // without a login (401), and mette's session without or with another CSRF token (403)
        Map<String, String> unsaved = Map.of(
                "memberId", String.valueOf(ids.get("CHILD")),
                "assessedOn", today.minusDays(4).toString(),
                "level", "1");
        org.springframework.http.HttpHeaders form = new org.springframework.http.HttpHeaders();
        form.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
        org.springframework.util.LinkedMultiValueMap<String, String> body =
                new org.springframework.util.LinkedMultiValueMap<>();
        unsaved.forEach(body::add);
        assertThat(http.postForEntity(
                                "/workspace/cases/" + caseNumber + "/ssp-concerns",
                                new org.springframework.http.HttpEntity<>(body, form),
                                String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(mette.postWithToken("/workspace/cases/" + caseNumber + "/ssp-concerns", unsaved, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(mette.postWithToken("/workspace/cases/" + caseNumber + "/ssp-concerns", unsaved, "forkert")
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(sspRows(caseNumber)).isEqualTo(3);

        // read back, oldest first
        List<Map<String, Object>> history = as("mette").getForObject(url, List.class);
        assertThat(history).extracting(h -> h.get("level")).containsExactly(4, 3, 2);
        assertThat(history).extracting(h -> h.get("recordedBy")).containsOnly("mette");

        // the report: this family is measured and improved; the figure says how it is computed
        Map<String, Object> report = as("henrik")
                .getForObject("/api/reports/outcomes?from={from}&to={to}", Map.class, today.minusDays(60), today);
        Map<String, Object> authority = (Map<String, Object>) report.get("parentalAuthority");
        assertThat(((Number) authority.get("familiesMeasured")).longValue()).isPositive();
        assertThat(((Number) authority.get("familiesImproved")).longValue()).isPositive();
        assertThat((String) authority.get("method")).contains("SSP-bekymringen", "mindst to gange");
        assertThat((List<Map<String, Object>>) report.get("methods"))
                .extracting(m -> m.get("figure"))
                .contains(
                        "parentalAuthority",
                        "adultPath.completedOrMovedOn",
                        "adultPath.prosecutedWhileEnrolled",
                        "adultPath.significantPositiveMovement",
                        "costs");
    }

    @Test
    @SuppressWarnings("unchecked")
    void offencesAssessmentsAndDropOutsAreRecordedAsTheyHappen() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String course = courses.open(new NewAdultCourse(
                        "Ung Målsen", uniqueCpr(24), AdultReferralSource.POLICE_SSP, null, null, null))
                .getCourseNumber();
        String base = "/api/adult-courses/" + course;
        // not enrolled yet: nothing to record
        assertBadRequest(
                as("henrik").postForEntity(base + "/offences", offence("PROSECUTED", today), String.class),
                "courseNumber");
        measures.enrol(course);

        // offences: charged and prosecuted kept apart
        assertThat(as("henrik")
                        .postForEntity(base + "/offences", offence("CHARGED", today), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(as("henrik")
                        .postForEntity(base + "/offences", offence("PROSECUTED", today), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertBadRequest(
                as("henrik")
                        .postForEntity(base + "/offences", offence("PROSECUTED", today.minusYears(1)), String.class),
                "occurredOn");
        // the professional's assessment: a reason exactly when yes; a second one replaces the first
        assertBadRequest(
                as("henrik")
                        .postForEntity(
                                base + "/assessments",
                                Map.of("significantPositive", true, "assessedOn", today.toString()),
                                String.class),
                "movementReason");
        assertThat(as("henrik")
                        .postForEntity(
                                base + "/assessments",
                                Map.of("significantPositive", false, "assessedOn", today.toString()),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(as("henrik")
                        .postForEntity(
                                base + "/assessments",
                                Map.of(
                                        "significantPositive",
                                        true,
                                        "movementReason",
                                        "STARTED_EDUCATION",
                                        "assessedOn",
                                        today.toString()),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        // every write refused to another administration, a process designer, no password, a wrong password
        Map<String, Object> before = state(course);
        for (TestRestTemplate outsider :
                List.of(as("karen"), as(designer()), http, http.withBasicAuth(guessed(), "forkert"))) {
            assertRefused(outsider.postForEntity(base + "/offences", offence("PROSECUTED", today), String.class));
            assertRefused(outsider.postForEntity(
                    base + "/assessments",
                    Map.of("significantPositive", false, "assessedOn", today.toString()),
                    String.class));
            assertRefused(outsider.postForEntity(base + "/drop-out", null, String.class));
        }
        assertThat(state(course)).isEqualTo(before);

        // the drop-out counted the moment it happens; a second one records nothing more
        assertThat(as("henrik")
                        .postForEntity(base + "/drop-out", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(as("henrik")
                        .postForEntity(base + "/drop-out", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        Map<String, Object> recorded = as("henrik").getForObject(base + "/measures", Map.class);
        assertThat(recorded.get("enrolledAt")).isNotNull();
        assertThat(recorded.get("droppedOutAt")).isNotNull();
        assertThat((List<Map<String, Object>>) recorded.get("offences"))
                .extracting(o -> o.get("kind"))
                .containsExactly("CHARGED", "PROSECUTED");
        assertThat((List<Map<String, Object>>) recorded.get("assessments"))
                .singleElement()
                .satisfies(a -> assertThat(a)
                        .containsEntry("professional", "henrik")
                        .containsEntry("significantPositive", true)
                        .containsEntry("movementReason", "STARTED_EDUCATION"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM adult_course_event e JOIN adult_course c ON c.id = e.course_id"
                                + " WHERE c.course_number = ? AND e.kind = 'DROPPED_OUT'",
                        Long.class,
                        course))
                .isEqualTo(1);

        // the report counts the participant among the enrolled, prosecuted, dropped out: before her discharge
        Map<String, Object> adult = (Map<String, Object>) as("henrik")
                .getForObject("/api/reports/outcomes?from={from}&to={to}", Map.class, today, today)
                .get("adultPath");
        assertThat(((Number) adult.get("enrolled")).longValue()).isPositive();
        assertThat(((Number) adult.get("droppedOutInPeriod")).longValue()).isPositive();
        assertThat(((Number) adult.get("stillEnrolled")).longValue()).isPositive();
        Map<String, Object> prosecuted =
                (Map<String, Object>) ((Map<String, Object>) adult.get("criteria")).get("prosecutedWhileEnrolled");
        assertThat(((Number) prosecuted.get("count")).longValue()).isPositive();
        assertThat(((Number) prosecuted.get("base")).longValue())
                .isEqualTo(((Number) adult.get("enrolled")).longValue());

        // the CSV and the PDF say how the figures are computed
        String csv = as("henrik").getForObject("/api/reports/outcomes.csv?from={f}&to={t}", String.class, today, today);
        assertThat(csv)
                .contains("voksenforløb tiltalt under forløbet (mål ≤ 0,15);")
                .contains("beregning Klar / Parat / Start: tiltalt under forløbet (mål ≤ 15 %);")
                .contains("beregning Bedre forældreautoritet (København, mål ≥ 60 %);");
        String text = dk.tvaers.support.Pdfs.text(
                as("henrik").getForObject("/api/reports/outcomes.pdf?from={f}&to={t}", byte[].class, today, today));
        assertThat(text).contains("Sådan beregnes tallene", "Tiltalt under forløbet", "forældreautoritet");
    }

    @Test
    void aSingleAdultWithoutAFamilyIsReferredAtAnyAgeTheOrdinaryRouteStopsAt30() {
        String cpr45 = uniqueCpr(45);
        // the ordinary route: 18-30 (tvaers.adult.max-age)
        assertThatThrownBy(() -> courses.open(
                        new NewAdultCourse("Voksen Målsen", cpr45, AdultReferralSource.SELF, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cpr"));
        // a single adult without a family (Odense): no upper limit by default
        String course = courses.open(new NewAdultCourse(
                        "Voksen Målsen", cpr45, AdultReferralSource.POLICE_SSP, null, null, null, true))
                .getCourseNumber();
        assertThat(courses.view(course).age()).isEqualTo(45);
        // still 18 or over, and never from a family case
        assertThatThrownBy(() -> courses.open(new NewAdultCourse(
                        "Ung Målsen", uniqueCpr(17), AdultReferralSource.SELF, null, null, null, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cpr"));
        assertThatThrownBy(() -> courses.open(new NewAdultCourse(
                        "Ung Målsen", uniqueCpr(50), AdultReferralSource.FAMILY_CASE, null, null, null, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("singleAdult"));
    }

    private Map<String, Object> state(String course) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put(
                "offences",
                jdbc.queryForList(
                        "SELECT o.kind, o.occurred_on FROM adult_offence o JOIN adult_course c ON c.id = o.course_id"
                                + " WHERE c.course_number = ? ORDER BY o.id",
                        course));
        state.put(
                "assessments",
                jdbc.queryForList(
                        "SELECT a.professional, a.significant_positive, a.movement_reason FROM adult_assessment a"
                                + " JOIN adult_course c ON c.id = a.course_id WHERE c.course_number = ? ORDER BY a.id",
                        course));
        state.put(
                "events",
                jdbc.queryForList(
                        "SELECT e.kind FROM adult_course_event e JOIN adult_course c ON c.id = e.course_id"
                                + " WHERE c.course_number = ? ORDER BY e.id",
                        course));
        return state;
    }

    private long sspRows(String caseNumber) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ssp_concern s JOIN family_case c ON c.id = s.case_id WHERE c.case_number = ?",
                Long.class,
                caseNumber);
    }

    private static Map<String, Object> concern(long memberId, LocalDate on, int level) {
        return Map.of("memberId", memberId, "assessedOn", on.toString(), "level", level);
    }

    private static Map<String, Object> offence(String kind, LocalDate on) {
        return Map.of("kind", kind, "occurredOn", on.toString());
    }

    /**
     * A user whose password is guessed wrong: her own, as a wrong password delays that user's next login from here
     * (LoginThrottle), and the demo users and the designer log in again later in the run.
     */
    private String guessed() {
        return TestUsers.processDesigner(engine, "measures-wrong-password");
    }

    /** A process designer and nothing else. */
    private String designer() {
        return TestUsers.processDesigner(engine, "measures-designer");
    }

    private static void assertRefused(ResponseEntity<?> response) {
        assertThat(response.getStatusCode().value())
                .as("%s", response.getBody())
                .isIn(401, 403, 404);
    }

    private static void assertBadRequest(ResponseEntity<String> response, String field) {
        assertThat(response.getStatusCode().value())
                .as("%s", response.getBody())
                .isEqualTo(400);
        assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
    }
}
