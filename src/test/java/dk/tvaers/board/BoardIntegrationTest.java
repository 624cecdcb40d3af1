package dk.tvaers.board;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.WebappLogin;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The operations board on PostgreSQL: who sees which cases, filters, sorting, paging, and the webapp login. */
class BoardIntegrationTest extends PostgresIntegrationTest {

    private static final String DISTRICT = "Amager Øst";
    private static final AtomicInteger SERIAL = new AtomicInteger(300);
    private final List<String> cases = new ArrayList<>();

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @BeforeEach
    void threeFamilies() {
        for (int i = 0; i < 3; i++) {
            cases.add(refer());
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void teamLeadsSeeEveryRunningCaseAndCaseworkersOnlyTheirGroups() {
        Map<String, Object> lead = board("henrik", "district=" + DISTRICT + "&size=200");
        assertThat(caseNumbers(lead)).containsAll(cases);
        Map<String, Object> row = row(lead, cases.get(0));
        assertThat(row).containsEntry("phase", "REFERRAL").containsEntry("district", DISTRICT);
        // the registration is the coordinator's, a role of SOF's: it counts under SOF, so no task falls outside
        assertThat((Map<String, Object>) row.get("openTasks"))
                .containsEntry("all", 1)
                .containsEntry("sof", 1)
                .containsEntry("sofRoles", 1)
                .containsEntry("buf", 0)
                .containsEntry("bif", 0)
                .containsEntry("kff", 0);

        // the coordinators have the registration tasks; BIF has had nothing to do with these families
        assertThat(caseNumbers(board("mette", "district=" + DISTRICT + "&size=200")))
                .containsAll(cases);
        assertThat(caseNumbers(board("fatima", "district=" + DISTRICT + "&size=200")))
                .doesNotContainAnyElementsOf(cases);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageChosenByTheCasesColumnsCountsTheSameTasksAsTheBoardCountingEveryCase() {
        // sorted by case number, only the page's cases' tasks are counted; sorted by open tasks, every case's are
        Map<String, Object> byCase = board("henrik", "district=" + DISTRICT + "&size=200");
        Map<String, Object> byTasks = board("henrik", "district=" + DISTRICT + "&sort=openTasks&size=200");
        assertThat(byCase.get("total")).isEqualTo(byTasks.get("total"));
        assertThat(caseNumbers(byCase)).containsExactlyInAnyOrderElementsOf(caseNumbers(byTasks));
        for (String caseNumber : caseNumbers(byCase)) {
            Map<String, Object> page = row(byCase, caseNumber);
            Map<String, Object> every = row(byTasks, caseNumber);
            assertThat(page.get("openTasks")).isEqualTo(every.get("openTasks"));
            assertThat(page.get("overdueTasks")).isEqualTo(every.get("overdueTasks"));
            assertThat(page.get("nextDeadline")).isEqualTo(every.get("nextDeadline"));
        }
        assertThat(((Map<String, Object>) row(byCase, cases.get(0)).get("openTasks")))
                .containsEntry("all", 1);
        // the second page continues where the first ended, in case-number order
        List<String> first = caseNumbers(board("henrik", "district=" + DISTRICT + "&size=2&page=0"));
        List<String> second = caseNumbers(board("henrik", "district=" + DISTRICT + "&size=2&page=1"));
        assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
        assertThat(first.get(1)).isLessThan(second.get(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachMembersLatestScreeningAndItsTrendAreOnTheBoard() {
        String caseNumber = cases.get(2);
        Map<String, Object> view = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        Object child = ((List<Map<String, Object>>) view.get("members")).get(1).get("id");
        screen(caseNumber, child, LocalDate.now().minusDays(30), 2);
        screen(caseNumber, child, LocalDate.now().minusDays(1), 4);

        Map<String, Object> row = row(board("henrik", "district=" + DISTRICT + "&size=200"), caseNumber);
        assertThat((List<Map<String, Object>>) row.get("screening"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(((Number) s.get("memberId")).longValue()).isEqualTo(((Number) child).longValue());
                    assertThat(s.get("score")).isEqualTo(4.0);
                    assertThat(s.get("trend")).isEqualTo("UP");
                });
        assertThat((List<Map<String, Object>>) row(board("henrik", "district=" + DISTRICT + "&size=200"), cases.get(0))
                        .get("screening"))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void screeningsAreLabelledByRoleAndFirstNameAndTheSteeringGroupSeesTheRoleOnly() {
        String caseNumber = FamilyScenario.in(DISTRICT)
                .referredBy("SCHOOL", "Fravær og uro", 3)
                .member("Hanne Holm", "010180-2" + String.format("%03d", SERIAL.incrementAndGet()), "PARENT")
                .member("Ali Holm", "010114-5" + String.format("%03d", SERIAL.get()), "CHILD")
                .member("Sara Holm", "010116-6" + String.format("%03d", SERIAL.get()), "CHILD")
                .refer(this::as);
        Map<String, Object> view = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        List<Map<String, Object>> members = (List<Map<String, Object>>) view.get("members");
        for (Map<String, Object> member : members) {
            screen(caseNumber, member.get("id"), LocalDate.now().minusDays(1), 3);
        }

        assertThat(labels(row(board("henrik", "district=" + DISTRICT + "&size=200"), caseNumber)))
                .containsExactlyInAnyOrder("Forælder (Hanne)", "Barn (Ali)", "Barn (Sara)");
        assertThat(labels(row(board("mette", "district=" + DISTRICT + "&size=200"), caseNumber)))
                .containsExactlyInAnyOrder("Forælder (Hanne)", "Barn (Ali)", "Barn (Sara)");
        // the steering group: no names, the second child told apart by number
        Map<String, Object> steering = row(board("birgitte", "district=" + DISTRICT + "&size=200"), caseNumber);
        assertThat(labels(steering)).containsExactlyInAnyOrder("Forælder", "Barn", "Barn 2");
        assertThat(steering.toString()).doesNotContain("Hanne", "Ali", "Sara", "Holm");
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("screening"))
                .stream().map(s -> (String) s.get("label")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorsAreNamedFilteredAndSortedByTheirNames() {
        // the coordinator who registers the members becomes the case's coordinator
        String registered = cases.get(0);
        FamilyScenario.registerMembers(this::as, engine, registered);
        Map<String, Object> row = row(board("henrik", "district=" + DISTRICT + "&size=200"), registered);
        assertThat(row).containsEntry("coordinator", "mette").containsEntry("coordinatorName", "Mette Hansen");

        // by a part of the name, ignoring case, or by the login
        List<String> byName = caseNumbers(board("henrik", "district=" + DISTRICT + "&coordinator=hansen&size=200"));
        assertThat(byName).contains(registered).doesNotContain(cases.get(1));
        assertThat(caseNumbers(board("henrik", "district=" + DISTRICT + "&coordinator=mette&size=200")))
                .contains(registered);
        Map<String, Object> nobody = board("henrik", "district=" + DISTRICT + "&coordinator=Nobody&size=200");
        assertThat(caseNumbers(nobody)).isEmpty();
        assertThat(nobody).containsEntry("summary", "0 kørende sager");

        Map<String, Object> sorted = board("henrik", "sort=coordinator&size=200");
        List<String> names = ((List<Map<String, Object>>) sorted.get("rows"))
                .stream()
                        .map(r -> (String) r.get("coordinatorName"))
                        .filter(java.util.Objects::nonNull)
                        .toList();
        assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("da-DK")));

        // the steering group sees no names and cannot look for one
        Map<String, Object> steering = board("birgitte", "district=" + DISTRICT + "&coordinator=hansen&size=200");
        assertThat(caseNumbers(steering)).containsAll(cases); // the name filter is ignored
        assertThat((List<Map<String, Object>>) steering.get("rows"))
                .allSatisfy(r -> assertThat(r.get("coordinatorName")).isNull());
        assertThat(as("birgitte").getForObject("/api/board/people?id=mette", Map.class))
                .isEmpty();
        assertThat(as("sofie").getForObject("/api/board/people?id=mette&id=lars&id=nobody", Map.class))
                .containsOnly(Map.entry("mette", "Mette Hansen"), Map.entry("lars", "Lars Nielsen"));
    }

    @Test
    void theTotalIsInDanishWithTheRightPlural() {
        assertThat(BoardPage.summary(0)).isEqualTo("0 kørende sager");
        assertThat(BoardPage.summary(1)).isEqualTo("1 kørende sag");
        assertThat(BoardPage.summary(2)).isEqualTo("2 kørende sager");
        Map<String, Object> one = board("henrik", "district=" + DISTRICT + "&size=1");
        long total = ((Number) one.get("total")).longValue();
        assertThat(one).containsEntry("summary", total + " kørende sager");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNamesEndpointGivesDanishNamesForTheIds() {
        Map<String, Map<String, String>> names = as("sofie").getForObject("/api/board/names", Map.class);
        assertThat(names.get("groups"))
                .containsEntry("coordinator", "Koordinator")
                .containsEntry("team-chief", "Teamchef")
                .containsEntry("sof", "SOF");
        assertThat(names.get("groupTitles")).containsEntry("buf", "Børne- og Ungdomsforvaltningen (BUF)");
        assertThat(names.get("goalStatuses")).containsEntry("IN_PROGRESS", "I gang");
        assertThat(names.get("casePhases")).containsEntry("PHASE_OUT", "Udfasning");
        assertThat(names.get("adultPhases")).containsEntry("DISCHARGED", "Udskrevet");
    }

    private void screen(String caseNumber, Object member, LocalDate on, int score) {
        List<Map<String, Object>> scores = List.of(
                Map.of("domain", "SCHOOL_EDUCATION", "score", score), Map.of("domain", "CRIME_RISK", "score", score));
        ResponseEntity<Map> stored = as("mette")
                .postForEntity(
                        "/api/cases/" + caseNumber + "/screenings",
                        Map.of("memberId", member, "screenedOn", on.toString(), "scores", scores),
                        Map.class);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSteeringGroupSeesFiguresWithoutNames() {
        Map<String, Object> steering = board("birgitte", "district=" + DISTRICT + "&size=200");
        assertThat(steering.get("figuresOnly")).isEqualTo(true);
        assertThat(caseNumbers(steering)).containsAll(cases);
        assertThat((List<Map<String, Object>>) steering.get("rows"))
                .allSatisfy(r -> assertThat(r.get("coordinator")).isNull());
    }

    @Test
    void overdueOnlyShowsTheCasesWithATaskPastItsDeadline() {
        assertThat(caseNumbers(board("henrik", "district=" + DISTRICT + "&overdueOnly=true&size=200")))
                .doesNotContainAnyElementsOf(cases);
        clock.set(Instant.now().plus(6, ChronoUnit.DAYS)); // the registration is due in 5 days
        Map<String, Object> overdue = board("henrik", "district=" + DISTRICT + "&overdueOnly=true&size=200");
        assertThat(caseNumbers(overdue)).containsAll(cases);
        assertThat(row(overdue, cases.get(1))).containsEntry("overdueTasks", 1);
    }

    @Test
    void sortsAndPagesInTheDatabase() {
        Map<String, Object> all = board("henrik", "district=" + DISTRICT + "&sort=caseNumber&direction=desc&size=200");
        List<String> ordered = caseNumbers(all);
        assertThat(ordered).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Map<String, Object> second =
                board("henrik", "district=" + DISTRICT + "&sort=caseNumber&direction=desc&size=2&page=1");
        assertThat(caseNumbers(second)).containsExactlyElementsOf(ordered.subList(2, Math.min(4, ordered.size())));
        assertThat(((Number) second.get("total")).longValue()).isEqualTo(ordered.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void badFiltersAreRefusedNamingTheParameter() {
        for (String[] bad : new String[][] {
            {"sort=name", "sort"},
            {"direction=up", "direction"},
            {"size=500", "size"},
            {"page=-1", "page"},
            {"administration=pol", "administration"},
            {"phase=DONE", "phase"}
        }) {
            ResponseEntity<Map> refused = as("henrik").getForEntity("/api/board?" + bad[0], Map.class);
            assertThat(refused.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(bad[0]).containsEntry("field", bad[1]);
        }
        ResponseEntity<String> anonymous = http.getForEntity("/api/board", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Basic");
        // the board's own pages get no Basic challenge (no browser login dialog): they show their own message
        HttpHeaders page = new HttpHeaders();
        page.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<String> fromPage =
                http.exchange("/api/board", HttpMethod.GET, new HttpEntity<>(page), String.class);
        assertThat(fromPage.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(fromPage.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE))
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUserLoggedIntoTheWebappsUsesTheBoardWithoutLoggingInAgain() {
        WebappLogin.Session login = WebappLogin.login(http, "cockpit", "henrik", "demo");
        assertThat(login.response().getStatusCode()).isEqualTo(HttpStatus.OK);

        HttpHeaders session = login.headers();
        ResponseEntity<Map> board =
                http.exchange("/api/board?district=" + DISTRICT, HttpMethod.GET, new HttpEntity<>(session), Map.class);
        assertThat(board.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(caseNumbers(board.getBody())).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOutcomeReportIsFiguresForTheSteeringGroupAndTeamLeadsOnly() {
        String period = "from=" + LocalDate.now().minusMonths(3) + "&to=" + LocalDate.now();
        ResponseEntity<Map> report = as("birgitte").getForEntity("/api/reports/outcomes?" + period, Map.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> figures = report.getBody();
        assertThat(((Number) figures.get("familiesRunning")).longValue()).isGreaterThanOrEqualTo(3);
        assertThat(((Map<String, Object>) figures.get("familiesByPhase"))).containsKey("REFERRAL");
        assertThat((Map<String, Object>) figures.get("overdueTasksByAdministration"))
                .containsOnlyKeys("sof", "buf", "bif", "kff");
        assertThat((Map<String, Object>) figures.get("adultPath")).containsKeys("discharged", "criteria");
        assertThat(report.toString()).doesNotContain("Forælder", "Barn");

        ResponseEntity<String> csv = as("henrik").getForEntity("/api/reports/outcomes.csv?" + period, String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).startsWith("tvaers-resultater-");
        assertThat(csv.getBody()).startsWith("nøgletal;værdi\n").contains("kørende familier;");

        assertThat(as("fatima")
                        .getForEntity("/api/reports/outcomes?" + period, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> backwards = as("henrik")
                .getForEntity(
                        "/api/reports/outcomes?from=" + LocalDate.now() + "&to="
                                + LocalDate.now().minusDays(1),
                        Map.class);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody()).containsEntry("field", "from");
    }

    private String refer() {
        int n = SERIAL.incrementAndGet();
        return FamilyScenario.in(DISTRICT)
                .referredBy("SCHOOL", "Fravær og uro", 3)
                .member("Forælder", "0101" + "80-1" + String.format("%03d", n), "PARENT")
                .member("Barn", "0101" + "14-4" + String.format("%03d", n), "CHILD")
                .refer(this::as);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> board(String user, String query) {
        ResponseEntity<Map> response = as(user).getForEntity("/api/board?" + query, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> caseNumbers(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("rows"))
                .stream().map(r -> (String) r.get("caseNumber")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> page, String caseNumber) {
        return ((List<Map<String, Object>>) page.get("rows"))
                .stream()
                        .filter(r -> caseNumber.equals(r.get("caseNumber")))
                        .findFirst()
                        .orElseThrow();
    }
}
