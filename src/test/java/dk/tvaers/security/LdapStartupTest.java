package dk.tvaers.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.kernel.Groups;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.support.Applications;
import dk.tvaers.support.TestDirectory;
import dk.tvaers.support.WebappLogin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code ldap} profile, started as an operator starts it (environment variables, no administrator password)
 * against an in-memory Active Directory ({@code ldap/kommune.ldif}) whose groups are named the municipality's way:
 * meha is in GG-Tvaers-SOF and GG-Tvaers-Koordinator, lani in GG-Tvaers-SOF and GG-Tvaers-Teamchef, jope in
 * GG-Tvaers-BUF, idth in GG-Tvaers-Admin, and anbe only in the canteen group and in a directory group that happens to
 * be called "mentor", which is not mapped. Runs in the startup-tests execution: its own engine, its own JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LdapStartupTest {

    private TestDirectory directory;
    private ConfigurableApplicationContext application;
    private TestRestTemplate http;
    private String caseNumber;

    @BeforeAll
    void start() {
        directory = TestDirectory.start();
        application = Applications.start(
                "default",
                "spring.profiles.active=ldap",
                "spring.datasource.url=jdbc:h2:mem:ldap-check;DB_CLOSE_DELAY=-1",
                // as the operator's environment variables (README); no TVAERS_ADMIN_PASSWORD
                "TVAERS_LDAP_URL=" + directory.url(),
                "TVAERS_LDAP_MANAGER_DN=" + TestDirectory.MANAGER_DN,
                "TVAERS_LDAP_MANAGER_PASSWORD=" + TestDirectory.MANAGER_PASSWORD,
                "TVAERS_LDAP_BASE_DN=" + TestDirectory.BASE_DN,
                "TVAERS_LDAP_USER_SEARCH_BASE=OU=Medarbejdere",
                "TVAERS_LDAP_GROUP_SEARCH_BASE=OU=Grupper",
                "TVAERS_LDAP_GROUP_SOF=GG-Tvaers-SOF",
                "TVAERS_LDAP_GROUP_BUF=GG-Tvaers-BUF",
                "TVAERS_LDAP_GROUP_COORDINATOR=GG-Tvaers-Koordinator",
                "TVAERS_LDAP_GROUP_TEAM_CHIEF=GG-Tvaers-Teamchef",
                "TVAERS_LDAP_GROUP_ADMIN=GG-Tvaers-Admin");
        String port = application.getEnvironment().getProperty("local.server.port");
        http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
        // a coordinator's case: meha starts it over the REST API, as her groups allow
        ResponseEntity<Map<String, Object>> started = as("meha")
                .exchange(
                        "/engine-rest/process-definition/key/" + FamilyInterventionProcess.KEY + "/start",
                        HttpMethod.POST,
                        json(referral()),
                        new ParameterizedTypeReference<>() {});
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        caseNumber = (String) started.getBody().get("businessKey");
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
        Applications.forgetFailedStart();
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void theIdentityIsTheDirectoryReadOnlyAndNothingWasWrittenForIt() {
        ProcessEngine engine = application.getBean(ProcessEngine.class);
        assertThat(engine.getIdentityService().isReadOnly()).isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(application.getBean(DataSource.class));
        assertThat(jdbc.queryForObject("select count(*) from act_id_user", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_id_group", Integer.class))
                .isZero();
        // the grants live in the engine's database and were applied to the Tværs ids
        assertThat(engine.getAuthorizationService()
                        .createAuthorizationQuery()
                        .groupIdIn(Groups.SOF)
                        .count())
                .isPositive();
        assertThat(caseNumber).matches("TV-\\d{4}-\\d{5}");
    }

    @Test
    void aDirectoryUserCarriesTheMappedTvaersGroupIds() {
        ProcessEngine engine = application.getBean(ProcessEngine.class);
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupMember("meha")
                        .list())
                .extracting(Group::getId)
                .containsExactlyInAnyOrder(Groups.SOF, Groups.COORDINATOR);
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupId(Groups.SOF)
                        .singleResult()
                        .getType())
                .isEqualTo(Groups.TYPE_ADMINISTRATION);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .memberOfGroup(Groups.SOF)
                        .list())
                .extracting(user -> user.getId())
                .containsExactlyInAnyOrder("meha", "lani");

        // over HTTP Basic, as Tasklist lists her groups
        Map<String, Object> info = as("meha").getForObject("/engine-rest/identity/groups?userId=meha", Map.class);
        assertThat(ids(info.get("groups"))).containsExactlyInAnyOrder(Groups.SOF, Groups.COORDINATOR);
    }

    @Test
    void aDirectoryUserSeesExactlyHerGroupsFiltersTasksAndCases() {
        assertThat(filterNames("meha"))
                .containsExactlyInAnyOrder(
                        "Mine opgaver", "Mine gruppers opgaver", "SOF – fælles", "Koordinator – fælles");
        assertThat(filterNames("lani"))
                .containsExactlyInAnyOrder(
                        "Mine opgaver", "Mine gruppers opgaver", "SOF – fælles", "Teamchef – fælles");
        assertThat(filterNames("jope"))
                .containsExactlyInAnyOrder("Mine opgaver", "Mine gruppers opgaver", "BUF – fælles");

        // the case's first task is the coordinators'
        assertThat(count("meha", "/engine-rest/task/count")).isEqualTo(1);
        assertThat(count("jope", "/engine-rest/task/count")).isZero();
        // Tværs's own API, HTTP Basic
        ResponseEntity<Map> board = as("meha").getForEntity("/api/board", Map.class);
        assertThat(board.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(board.getBody().get("total")).isEqualTo(1);
        assertThat(as("jope").getForObject("/api/board", Map.class).get("total"))
                .isEqualTo(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUserWhoTypesHerNameInCapitalsActsAsHerself() {
        // the directory matches MEHA to meha; the request must then act as meha, not as "MEHA"
        TestRestTemplate capitals = http.withBasicAuth("MEHA", TestDirectory.PASSWORD);
        List<Map<String, Object>> tasks = capitals.getForObject(
                "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + caseNumber, List.class);
        assertThat(tasks).isNotEmpty();
        Map<String, Object> comment = capitals.postForObject(
                "/engine-rest/task/" + tasks.get(0).get("id") + "/comment/create",
                Map.of("message", "Ringet til familien"),
                Map.class);
        assertThat(comment).containsEntry("userId", "meha");

        ResponseEntity<Map> note = capitals.postForEntity(
                "/api/cases/" + caseNumber + "/journal",
                Map.of(
                        "kind", "NOTE",
                        "authorRole", "coordinator",
                        "entryDate", java.time.LocalDate.now().toString(),
                        "text", "Aftale om møde"),
                Map.class);
        assertThat(note.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(note.getBody()).containsEntry("author", "meha");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefused() {
        for (String path : List.of("/engine-rest/filter", "/api/board")) {
            assertThat(fromElsewhere("meha", "Vinter-2026!", path)).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(fromElsewhere("meha", "", path)).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(fromElsewhere("nn", TestDirectory.PASSWORD, path))
                    .as(path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            // the service account and a computer account are not users
            assertThat(fromElsewhere("PC-0042$", TestDirectory.PASSWORD, path))
                    .as(path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    /**
     * The answer to HTTP Basic from another client address (through the trusted proxy): a wrong password delays the
     * user's next login from its address only (LoginThrottle), not the other tests' logins from this one.
     */
    private HttpStatusCode fromElsewhere(String user, String password, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        headers.set("X-Forwarded-For", "203.0.113.9");
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode();
    }

    @Test
    void aUserInNoTvaersGroupSeesNothing() {
        // authenticated (the directory knows her), but in no Tværs group: an unmapped directory group named like
        // one gives nothing
        Map<String, Object> info = as("anbe").getForObject("/engine-rest/identity/groups?userId=anbe", Map.class);
        assertThat(ids(info.get("groups"))).isEmpty();
        assertThat(filterNames("anbe")).containsExactlyInAnyOrder("Mine opgaver", "Mine gruppers opgaver");
        assertThat(count("anbe", "/engine-rest/task/count")).isZero();
        assertThat(count("anbe", "/engine-rest/process-instance/count")).isZero();
        assertThat(count("anbe", "/engine-rest/group/count")).isZero();
        assertThat(as("anbe").getForObject("/api/board", Map.class).get("total"))
                .isEqualTo(0);
        assertThat(login("anbe", "tasklist").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDirectoryAdministratorGroupAdministersTvaers() {
        Map<String, Object> info = as("idth").getForObject("/engine-rest/identity/groups?userId=idth", Map.class);
        assertThat(ids(info.get("groups"))).containsExactly(Groups.ADMIN);
        // every mapped group and every directory user (not the service or computer accounts), every task
        assertThat(ids(as("idth").getForObject("/engine-rest/group?maxResults=100", List.class)))
                .containsExactlyInAnyOrder(Groups.SOF, Groups.BUF, Groups.COORDINATOR, Groups.TEAM_CHIEF, Groups.ADMIN);
        assertThat(ids(as("idth").getForObject("/engine-rest/user?maxResults=100", List.class)))
                .containsExactlyInAnyOrder("meha", "lani", "jope", "anbe", "idth");
        assertThat(count("idth", "/engine-rest/task/count")).isEqualTo(1);
        ResponseEntity<Map> login = login("idth", "admin");
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody().get("authorizedApps").toString()).contains("admin", "cockpit", "tasklist");
    }

    @Test
    void aDirectoryUserLogsIntoTasklistAndTheBoardUsesHerSession() {
        ResponseEntity<Map> login = login("meha", "tasklist");
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody().get("userId")).isEqualTo("meha");
        assertThat(login.getBody().get("authorizedApps").toString())
                .contains("tasklist")
                .doesNotContain("admin");

        HttpHeaders session = new HttpHeaders();
        session.put(HttpHeaders.COOKIE, cookies(login));
        ResponseEntity<Map> board = http.exchange("/api/board", HttpMethod.GET, new HttpEntity<>(session), Map.class);
        assertThat(board.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(board.getBody().get("total")).isEqualTo(1);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, TestDirectory.PASSWORD);
    }

    private List<String> filterNames(String user) {
        List<Map<String, Object>> filters = as(user).getForObject("/engine-rest/filter?maxResults=100", List.class);
        return filters.stream().map(filter -> (String) filter.get("name")).toList();
    }

    private int count(String user, String path) {
        ResponseEntity<Map> response = as(user).getForEntity(path, Map.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return (Integer) response.getBody().get("count");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Object list) {
        return ((List<Map<String, Object>>) list)
                .stream().map(entry -> (String) entry.get("id")).toList();
    }

    /** Logs into a Camunda webapp as its login page does: first the page (CSRF token and session), then the form. */
    private ResponseEntity<Map> login(String user, String app) {
        return WebappLogin.login(http, app, user, TestDirectory.PASSWORD).response();
    }

    private static List<String> cookies(ResponseEntity<?> response) {
        List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        return cookies == null
                ? List.of()
                : cookies.stream().map(c -> c.split(";")[0]).toList();
    }

    private static Map<String, Object> referral() {
        return Map.of(
                "variables",
                Map.of(
                        FamilyInterventionIds.Variables.DISTRICT, Map.of("value", "Valby"),
                        FamilyInterventionIds.Variables.REFERRAL_SOURCE, Map.of("value", "SSP"),
                        FamilyInterventionIds.Variables.SSP_CATEGORY, Map.of("value", "4"),
                        FamilyInterventionIds.Variables.AWARENESS_DATE, Map.of("value", "2026-10-01"),
                        FamilyInterventionIds.Variables.CONCERN,
                                Map.of("value", "Barnet pjækker og er set med ældre")));
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
