package dk.tvaers.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.referral.Families;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import dk.tvaers.support.WebappLogin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The authorization matrix of docs/authorization.md, tried cell by cell: one user per role holding only that group
 * probes every resource of one family case through the real REST endpoints and the webapps' login API. The table
 * is the expectation, so the documentation and the system cannot drift apart; a refused ✓ or a passed – fails.
 */
class AuthorizationMatrixTest extends PostgresIntegrationTest {

    static final Path MATRIX = Path.of("docs/authorization.md");
    static final String PASSWORD = "demo";
    static final String DISTRICT = "Brønshøj-Husum";

    @Autowired
    ProcessEngine engine;

    /** The family case every cell probes, made once. */
    record Fixture(String caseNumber, String processInstanceId, long memberId) {}

    private Fixture fixture;

    /** A private person's report of concern, received by lars once (reports are not tied to the family case). */
    private String concernReport;

    @SuppressWarnings("unchecked")
    String concernReport() {
        if (concernReport == null) {
            ResponseEntity<Map> created = as("lars")
                    .postForEntity(
                            "/api/concerns",
                            Map.of(
                                    "reporterKind", "PRIVATE",
                                    "childName", "Matrix Barn",
                                    "childCpr", dk.tvaers.referral.Families.uniqueCpr(8),
                                    "content", "Bekymring fra en nabo"),
                            Map.class);
            assertThat(created.getStatusCode().value())
                    .as("%s", created.getBody())
                    .isEqualTo(201);
            concernReport = (String) created.getBody().get("reportNumber");
        }
        return concernReport;
    }

    private final AtomicInteger probes = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryResource() throws IOException {
        Matrix matrix = Matrix.read(MATRIX);
        assertThat(matrix.roles()).hasSize(12);
        assertThat(matrix.rows()).extracting(Row::resource).containsExactlyElementsOf(PROBES.keySet());
        return matrix.rows().stream().flatMap(row -> matrix.roles().stream()
                .map(role -> DynamicTest.dynamicTest(row.resource() + " × " + role, () -> {
                    Fixture f = fixture();
                    String expected = row.cells().get(role);
                    String actual = PROBES.get(row.resource()).apply(this, new Probe(userFor(role), f));
                    assertThat(actual)
                            .as("%s for %s (docs/authorization.md says %s)", row.resource(), role, expected)
                            .isEqualTo(expected);
                })));
    }

    /** What a probe gets: the user and the case. Answers ✓, – or tal. */
    record Probe(String user, Fixture fixture) {}

    static final String YES = "✓";
    static final String NO = "–";
    static final String FIGURES = "tal";

    static final Map<String, BiFunction<AuthorizationMatrixTest, Probe, String>> PROBES = new LinkedHashMap<>();

    static {
        PROBES.put(
                "tasks",
                (t, p) -> t.listsSomething(
                        p.user(),
                        "/engine-rest/task?processInstanceBusinessKey="
                                + p.fixture().caseNumber()));
        PROBES.put(
                "task-history",
                (t, p) -> t.listsSomething(
                        p.user(),
                        "/engine-rest/history/task?processInstanceBusinessKey="
                                + p.fixture().caseNumber()));
        PROBES.put(
                "process-instances",
                (t, p) -> t.listsSomething(
                        p.user(),
                        "/engine-rest/process-instance?businessKey="
                                + p.fixture().caseNumber()));
        PROBES.put(
                "process-variables",
                (t, p) -> t.ok(t.as(p.user())
                        .getForEntity(
                                "/engine-rest/process-instance/" + p.fixture().processInstanceId() + "/variables",
                                String.class)));
        PROBES.put(
                "history",
                (t, p) -> t.listsSomething(
                        p.user(),
                        "/engine-rest/history/process-instance?processInstanceBusinessKey="
                                + p.fixture().caseNumber()));
        PROBES.put(
                "case-record",
                (t, p) -> t.ok(
                        t.as(p.user()).getForEntity("/api/cases/" + p.fixture().caseNumber(), String.class)));
        PROBES.put(
                "task-context",
                (t, p) -> t.ok(t.as(p.user())
                        .getForEntity(
                                "/api/tasks/" + t.investigationTask(p.fixture().caseNumber()) + "/context",
                                String.class)));
        PROBES.put(
                "journal",
                (t, p) -> t.ok(t.as(p.user())
                        .postForEntity(
                                "/api/cases/" + p.fixture().caseNumber() + "/journal",
                                Map.of(
                                        "kind", "NOTE",
                                        "authorRole", "matrix",
                                        "entryDate", LocalDate.now().toString(),
                                        "text", "Prøve fra autorisationsmatricen"),
                                String.class)));
        PROBES.put(
                "child-conversation",
                (t, p) -> t.ok(t.as(p.user())
                        .postForEntity(
                                "/api/cases/" + p.fixture().caseNumber() + "/child-conversations",
                                Map.of(
                                        "memberId",
                                        p.fixture().memberId(),
                                        "occasion",
                                        "OTHER",
                                        "held",
                                        false,
                                        "heldOn",
                                        LocalDate.now().toString(),
                                        "notHeldReason",
                                        "Prøve fra autorisationsmatricen"),
                                String.class)));
        PROBES.put(
                "member-correction",
                (t, p) -> t.ok(t.as(p.user())
                        .exchange(
                                "/api/cases/" + p.fixture().caseNumber() + "/members/"
                                        + p.fixture().memberId(),
                                HttpMethod.PUT,
                                new org.springframework.http.HttpEntity<>(
                                        Map.of("name", "Barn Matrix", "cpr", Families.uniqueCpr(11), "role", "CHILD")),
                                String.class)));
        PROBES.put(
                "screening",
                (t, p) -> t.ok(t.as(p.user())
                        .postForEntity(
                                "/api/cases/" + p.fixture().caseNumber() + "/screenings",
                                Map.of(
                                        "memberId",
                                        p.fixture().memberId(),
                                        // one screening date per probe: a member has one score per domain and day
                                        "screenedOn",
                                        LocalDate.now()
                                                .minusDays(t.probes.incrementAndGet())
                                                .toString(),
                                        "scores",
                                        List.of(Map.of("domain", "LEISURE_NETWORK", "score", 3))),
                                String.class)));
        PROBES.put("board", AuthorizationMatrixTest::board);
        PROBES.put(
                "reports",
                (t, p) -> t.ok(t.as(p.user())
                        .getForEntity(
                                "/api/reports/outcomes?from=" + LocalDate.now().minusMonths(1) + "&to="
                                        + LocalDate.now(),
                                String.class)));
        PROBES.put(
                "adult-outcomes",
                (t, p) -> t.ok(t.as(p.user())
                        .getForEntity(
                                "/api/outcomes/adult-path?from="
                                        + LocalDate.now().minusMonths(1) + "&to=" + LocalDate.now(),
                                String.class)));
        PROBES.put(
                "access-log",
                (t, p) -> t.ok(t.as(p.user())
                        .getForEntity("/api/cases/" + p.fixture().caseNumber() + "/access-log", String.class)));
        PROBES.put(
                "records-export",
                (t, p) -> t.ok(t.as(p.user())
                        .getForEntity("/api/persons/" + p.fixture().memberId() + "/records", String.class)));
        PROBES.put(
                "report-of-concern",
                (t, p) -> t.ok(t.as(p.user()).getForEntity("/api/concerns/" + t.concernReport(), String.class)));
        PROBES.put(
                "report-access-log",
                (t, p) -> t.ok(t.as(p.user())
                        .getForEntity("/api/concerns/" + t.concernReport() + "/access-log", String.class)));
        PROBES.put("tasklist", (t, p) -> t.webappLogin(p.user(), "tasklist"));
        PROBES.put(
                "tasklist-tasks",
                (t, p) -> t.throughWebapp(
                        p.user(),
                        "tasklist",
                        "/camunda/api/engine/engine/default/task?maxResults=50&processInstanceBusinessKey="
                                + p.fixture().caseNumber()));
        PROBES.put("cockpit", (t, p) -> t.webappLogin(p.user(), "cockpit"));
        PROBES.put(
                "cockpit-instances",
                (t, p) -> t.throughWebapp(
                        p.user(),
                        "cockpit",
                        "/camunda/api/engine/engine/default/process-instance?maxResults=50&businessKey="
                                + p.fixture().caseNumber()));
        PROBES.put("admin", (t, p) -> t.webappLogin(p.user(), "admin"));
        PROBES.put("deployment", AuthorizationMatrixTest::deploy);
        PROBES.put("identity", AuthorizationMatrixTest::createGroup);
    }

    /** The case's open child investigation, a task SOF has in Tasklist. */
    private String investigationTask(String caseNumber) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(dk.tvaers.process.ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION)
                .list()
                .get(0)
                .getId();
    }

    private String ok(ResponseEntity<?> response) {
        return response.getStatusCode().is2xxSuccessful() ? YES : NO;
    }

    private String listsSomething(String user, String url) {
        // the engine refuses unpaged queries (queryMaxResultsLimit): ask for a page, as Tasklist does
        ResponseEntity<List> response = as(user).getForEntity(url + "&maxResults=50", List.class);
        return response.getStatusCode().is2xxSuccessful() && !response.getBody().isEmpty() ? YES : NO;
    }

    @SuppressWarnings("unchecked")
    private static String board(AuthorizationMatrixTest t, Probe p) {
        ResponseEntity<Map> response =
                t.as(p.user()).getForEntity("/api/board?district=" + DISTRICT + "&size=200", Map.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            return NO;
        }
        List<Map<String, Object>> rows =
                (List<Map<String, Object>>) response.getBody().get("rows");
        boolean shown = rows.stream().anyMatch(r -> p.fixture().caseNumber().equals(r.get("caseNumber")));
        if (!shown) {
            return NO;
        }
        return Boolean.TRUE.equals(response.getBody().get("figuresOnly")) ? FIGURES : YES;
    }

    /** Logs into a Camunda webapp as its login page does: with the CSRF token from a first page. */
    private String webappLogin(String user, String app) {
        return ok(WebappLogin.login(http, app, user, PASSWORD).response());
    }

    /** Logs into the webapp and lists through its own API with the session, as its pages do. */
    private String throughWebapp(String user, String app, String url) {
        WebappLogin.Session session = WebappLogin.login(http, app, user, PASSWORD);
        if (!session.response().getStatusCode().is2xxSuccessful()) {
            return NO;
        }
        ResponseEntity<List> response =
                http.exchange(url, HttpMethod.GET, new HttpEntity<>(session.headers()), List.class);
        return response.getStatusCode().is2xxSuccessful() && !response.getBody().isEmpty() ? YES : NO;
    }

    private static String deploy(AuthorizationMatrixTest t, Probe p) {
        String bpmn =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="matrix" targetNamespace="http://tvaers.dk">
                  <bpmn:process id="matrix-probe" isExecutable="false" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "matrix-probe");
        body.add("enable-duplicate-filtering", "true");
        body.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "matrix-probe.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return t.ok(t.as(p.user())
                .exchange(
                        "/engine-rest/deployment/create",
                        HttpMethod.POST,
                        new HttpEntity<>(body, headers),
                        String.class));
    }

    private static String createGroup(AuthorizationMatrixTest t, Probe p) {
        String id = "probe-" + p.user();
        String answer = t.ok(t.as(p.user())
                .postForEntity(
                        "/engine-rest/group/create", Map.of("id", id, "name", "Prøve", "type", "role"), String.class));
        IdentityService identity = t.engine.getIdentityService();
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            identity.deleteGroup(id);
        }
        return answer;
    }

    /** A user with only the role's group, made once. */
    private String userFor(String role) {
        String id = "matrix-" + role;
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Matrix");
            user.setLastName(role);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, role);
        }
        return id;
    }

    /** Referred by mette; the registration completed by the coordinator column's user; SOF's investigation open. */
    @SuppressWarnings("unchecked")
    private Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        Map<String, Object> referral = Map.of(
                "district",
                DISTRICT,
                "referral",
                Map.of(
                        "source",
                        "SCHOOL",
                        "concern",
                        "Bekymrende fravær",
                        "sspCategory",
                        2,
                        "awarenessDate",
                        LocalDate.now().minusDays(3).toString()),
                "members",
                List.of(
                        Map.of(
                                "name",
                                "Mor Matrix",
                                "cpr",
                                Families.cpr(LocalDate.of(1980, 5, 5), 311),
                                "role",
                                "PARENT"),
                        Map.of("name", "Barn Matrix", "cpr", Families.uniqueCpr(11), "role", "CHILD")));
        ResponseEntity<Map> created = as("mette").postForEntity("/api/cases", referral, Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String caseNumber = (String) created.getBody().get("caseNumber");
        TaskDriver driver = new TaskDriver(this::as, engine);
        driver.complete(
                userFor("coordinator"),
                caseNumber,
                FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS,
                Map.of(FamilyInterventionIds.Variables.MEMBERS_REGISTERED, true));
        String instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        List<Map<String, Object>> members = (List<Map<String, Object>>)
                as("mette").getForObject("/api/cases/" + caseNumber, Map.class).get("members");
        long child = members.stream()
                .filter(m -> "CHILD".equals(m.get("role")))
                .map(m -> ((Number) m.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        fixture = new Fixture(caseNumber, instance, child);
        return fixture;
    }

    /** The table of docs/authorization.md. */
    record Matrix(List<String> roles, List<Row> rows) {

        /** The first table of the file: what each role may read. */
        static Matrix read(Path file) throws IOException {
            return read(file, null);
        }

        /** The first table after a heading (the whole file when the heading is null). */
        static Matrix read(Path file, String heading) throws IOException {
            List<String> all = Files.readAllLines(file);
            int from = 0;
            while (heading != null && from < all.size() && !all.get(from).startsWith(heading)) {
                from++;
            }
            if (from == all.size()) {
                from = -1;
            }
            if (from < 0) {
                throw new IllegalStateException("No heading '" + heading + "' in " + file);
            }
            List<String> table = new ArrayList<>();
            for (String line : all.subList(from, all.size())) {
                if (line.startsWith("|")) {
                    table.add(line);
                } else if (!table.isEmpty()) {
                    break;
                }
            }
            List<String[]> lines = table.stream()
                    .map(line -> Arrays.stream(
                                    line.substring(1, line.lastIndexOf('|')).split("\\|"))
                            .map(String::trim)
                            .toArray(String[]::new))
                    .toList();
            String[] header = lines.get(0);
            List<String> roles = List.of(header).subList(2, header.length);
            List<Row> rows = new ArrayList<>();
            for (String[] cells : lines.subList(2, lines.size())) {
                Map<String, String> byRole = new LinkedHashMap<>();
                for (int i = 0; i < roles.size(); i++) {
                    byRole.put(roles.get(i), cells[i + 2]);
                }
                rows.add(new Row(cells[0], byRole));
            }
            return new Matrix(roles, rows);
        }
    }

    record Row(String resource, Map<String, String> cells) {}
}
