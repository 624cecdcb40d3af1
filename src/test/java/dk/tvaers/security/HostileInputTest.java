package dk.tvaers.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.referral.Families;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import dk.tvaers.support.WebappLogin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;

/**
 * Generated hostile input (jqwik) against the real HTTP endpoints: Tværs's own API (/api) and the engine endpoints
 * Tasklist uses, on both paths (/engine-rest with Basic auth, the webapps' /camunda/api/engine with a Tasklist
 * session). Every answer must be below 500, a refused answer must not name internals, and a refused request (anything
 * but 2xx) must leave the database as it was. An allowed request (2xx) may change things; then the fixture is set
 * up again where it has to be.
 *
 * <p>Two writes happen on refused requests by design and are not compared: the access log records a refused record
 * access (DENIED), and a wrong password counts towards the user's lock (act_id_user; the test unlocks her again).
 *
 * <p>The default run is the fast part (the tries in the annotations: 1,000 requests). The long part runs the
 * same properties with their tries scaled to a total: {@code mvn -Pfuzz test} (12,000), or {@code mvn test
 * -Dtest=HostileInputTest -Dtvaers.fuzz.tries=12000 -Dskip.startup-tests=true}; figures in docs/hardening.md. Each
 * run writes its figures to target/hostile-input.txt.
 *
 * <p>jqwik runs beside JUnit Jupiter and knows nothing of Spring's extension: {@link Spring} prepares each property's
 * instance with Spring's test context (the shared, cached one of every integration test).
 */
@Tag("fuzz")
@AddLifecycleHook(value = HostileInputTest.Spring.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class HostileInputTest extends PostgresIntegrationTest {

    static final String PASSWORD = "demo";
    static final String REST = "/engine-rest";
    static final String WEBAPP = "/camunda/api/engine/engine/default";
    static final List<String> USERS =
            List.of("mette", "sofie", "jonas", "lars", "henrik", "peter", "birgitte", "admin");

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    // ---------------------------------------------------------------------------------------------------------------
    // the properties: the tries of the fast part; the long part scales them (see Spring)

    @Property(
            tries = 210,
            generation = GenerationMode.RANDOMIZED,
            shrinking = ShrinkingMode.OFF,
            edgeCases = EdgeCasesMode.NONE,
            afterFailure = AfterFailureMode.RANDOM_SEED)
    void referralsToTheCaseApi(@ForAll("referrals") Hostile request) {
        check(request);
    }

    @Property(
            tries = 170,
            generation = GenerationMode.RANDOMIZED,
            shrinking = ShrinkingMode.OFF,
            edgeCases = EdgeCasesMode.NONE,
            afterFailure = AfterFailureMode.RANDOM_SEED)
    void journalScreeningsAndAdultCourses(@ForAll("caseRecords") Hostile request) {
        check(request);
    }

    @Property(
            tries = 380,
            generation = GenerationMode.RANDOMIZED,
            shrinking = ShrinkingMode.OFF,
            edgeCases = EdgeCasesMode.NONE,
            afterFailure = AfterFailureMode.RANDOM_SEED)
    void tasklistsTaskWrites(@ForAll("taskWrites") Hostile request) {
        check(request);
    }

    @Property(
            tries = 120,
            generation = GenerationMode.RANDOMIZED,
            shrinking = ShrinkingMode.OFF,
            edgeCases = EdgeCasesMode.NONE,
            afterFailure = AfterFailureMode.RANDOM_SEED)
    void startsOfTheReferralProcess(@ForAll("starts") Hostile request) {
        check(request);
    }

    @Property(
            tries = 120,
            generation = GenerationMode.RANDOMIZED,
            shrinking = ShrinkingMode.OFF,
            edgeCases = EdgeCasesMode.NONE,
            afterFailure = AfterFailureMode.RANDOM_SEED)
    void taskQueries(@ForAll("queries") Hostile request) {
        check(request);
    }

    /** One request: below 500, no internals in a refusal, and a refusal changed nothing. */
    private void check(Hostile request) {
        World world = world();
        Map<String, Object> before = world.known();
        Answer answer = world.send(request);
        TALLY.count(request, answer.status());
        try {
            assertThat(answer.status())
                    .as("no 5xx for %s; answered %s", request, abbreviate(answer.body(), 600))
                    .isLessThan(500);
            if (answer.status() >= 200 && answer.status() < 300) {
                world.afterAllowedRequest();
                return;
            }
            if (answer.status() >= 400) {
                assertThat(answer.body())
                        .as("a refusal names no internals: %s", request)
                        .doesNotContain("Exception:", "ENGINE-", "org.camunda", "java.", "org.postgresql", "SQL");
            }
            Map<String, Object> after = world.snapshot();
            assertThat(after)
                    .as("refused (%d) %s changed nothing", answer.status(), request)
                    .isEqualTo(before);
            world.known = after;
        } catch (AssertionError e) {
            world.known = null;
            TALLY.failures.add(e.getMessage());
            throw e;
        } finally {
            world.afterRequest(request, answer.status());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // generators

    /** POST /api/cases: a referral with one to three fields mutated, removed or the whole body corrupted. */
    @Provide
    Arbitrary<Hostile> referrals() {
        Arbitrary<String> body = Combinators.combine(
                        Arbitraries.of(
                                        "district",
                                        "referral",
                                        "referral.source",
                                        "referral.concern",
                                        "referral.sspCategory",
                                        "referral.awarenessDate",
                                        "members",
                                        "members[0]",
                                        "members[0].name",
                                        "members[0].cpr",
                                        "members[0].role",
                                        "members[0].dateOfBirth",
                                        "members[0].contacts",
                                        "members[1].cpr",
                                        "members[1].role",
                                        "members[2]",
                                        "extra",
                                        "referral.extra")
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(3),
                        Gen.referralValue().list().ofSize(3),
                        Arbitraries.integers().between(0, 9))
                .as((paths, values, removeIfBelow) -> {
                    Map<String, Object> referral = Gen.referral();
                    for (int i = 0; i < paths.size(); i++) {
                        if (removeIfBelow < 2) {
                            Json.remove(referral, paths.get(i));
                        } else {
                            Json.set(referral, paths.get(i), values.get(i));
                        }
                    }
                    return Json.render(referral);
                })
                .flatMap(Gen::maybeCorrupt);
        return Combinators.combine(Gen.apiWho(), body, Gen.contentType(), Gen.encoding(), Gen.apiMethod("POST"))
                .as((who, b, type, encoding, method) ->
                        new Hostile("api referral", who, method, "/api/cases", type, b, encoding));
    }

    /** The case record's writes and reads: journal, screenings (/api/cases/{n}/…) and adult courses. */
    @Provide
    Arbitrary<Hostile> caseRecords() {
        Arbitrary<Hostile> journal = Combinators.combine(
                        Gen.apiWho(),
                        Gen.caseRef(),
                        Gen.mutated(Gen::journalEntry, Gen.journalPaths(), Gen.referralValue()),
                        Gen.contentType(),
                        Gen.encoding(),
                        Gen.apiMethod("POST"))
                .as((who, ref, b, type, encoding, method) ->
                        new Hostile("api journal", who, method, "/api/cases/" + ref + "/journal", type, b, encoding));
        Arbitrary<Hostile> screening = Combinators.combine(
                        Gen.apiWho(),
                        Gen.caseRef(),
                        Gen.mutated(Gen::screening, Gen.screeningPaths(), Gen.referralValue()),
                        Gen.contentType(),
                        Gen.encoding(),
                        Gen.apiMethod("POST"))
                .as((who, ref, b, type, encoding, method) -> new Hostile(
                        "api screening", who, method, "/api/cases/" + ref + "/screenings", type, b, encoding));
        Arbitrary<Hostile> reads = Combinators.combine(
                        Gen.apiWho(),
                        Gen.caseRef(),
                        Arbitraries.of("/screenings", "", "/timeline", "/access-log", "/journal"))
                .as((who, ref, tail) ->
                        new Hostile("api read", who, "GET", "/api/cases/" + ref + tail, null, null, Encoding.UTF8));
        Arbitrary<Hostile> adult = Combinators.combine(
                        Gen.apiWho(),
                        Gen.mutated(Gen::adultCourse, Gen.adultPaths(), Gen.referralValue()),
                        Gen.contentType(),
                        Gen.encoding(),
                        Gen.apiMethod("POST"))
                .as((who, b, type, encoding, method) ->
                        new Hostile("api adult course", who, method, "/api/adult-courses", type, b, encoding));
        Arbitrary<Hostile> adultRead = Combinators.combine(
                        Gen.apiWho(), Gen.segment(Arbitraries.of("KPS-2026-00001", "KPS-0000-00000")))
                .as((who, ref) ->
                        new Hostile("api read", who, "GET", "/api/adult-courses/" + ref, null, null, Encoding.UTF8));
        return Arbitraries.frequencyOf(
                Tuple.of(7, journal),
                Tuple.of(6, screening),
                Tuple.of(2, reads),
                Tuple.of(5, adult),
                Tuple.of(1, adultRead));
    }

    /** Tasklist's writes on a task, on both paths, with real, completed, made-up and malformed task ids. */
    @Provide
    Arbitrary<Hostile> taskWrites() {
        return Combinators.combine(Gen.engineBase(), Gen.taskRef(), Gen.taskOperation())
                .as((base, task, op) -> new Hostile(
                        "task " + op.name() + (base.webapp() ? " (webapp)" : ""),
                        base.who(),
                        op.method(),
                        base.prefix() + "/task/" + task + op.suffix(),
                        op.contentType(),
                        op.body(),
                        op.encoding()));
    }

    /** Starting the referral process (and others) with its start form's fields mutated. */
    @Provide
    Arbitrary<Hostile> starts() {
        return Combinators.combine(
                        Gen.engineBase(),
                        Gen.processKey(),
                        Arbitraries.frequency(
                                Tuple.of(5, "/start"),
                                Tuple.of(5, "/submit-form"),
                                Tuple.of(1, "/form-variables"),
                                Tuple.of(1, "/startForm")),
                        Gen.startBody(),
                        Gen.contentType(),
                        Gen.encoding())
                .as((base, key, action, body, type, encoding) -> {
                    boolean read = action.equals("/form-variables") || action.equals("/startForm");
                    return new Hostile(
                            "start " + action.substring(1) + (base.webapp() ? " (webapp)" : ""),
                            base.who(),
                            read ? "GET" : "POST",
                            base.prefix() + "/process-definition/key/" + key + action,
                            read ? null : type,
                            read ? null : body,
                            encoding);
                });
    }

    /** Task queries as Tasklist sends them (POST with a JSON query) and by hand (GET with parameters). */
    @Provide
    Arbitrary<Hostile> queries() {
        Arbitrary<Hostile> get = Combinators.combine(
                        Gen.engineBase(),
                        Arbitraries.of("/task", "/task/count"),
                        Gen.queryParameter().list().ofMinSize(0).ofMaxSize(6))
                .as((base, path, parameters) -> new Hostile(
                        "task query GET" + (base.webapp() ? " (webapp)" : ""),
                        base.who(),
                        "GET",
                        base.prefix() + path + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters)),
                        null,
                        null,
                        Encoding.UTF8));
        Arbitrary<Hostile> post = Combinators.combine(
                        Gen.engineBase(),
                        Arbitraries.of(
                                "/task?firstResult=0&maxResults=15", "/task/count", "/task", "/task?maxResults=-1"),
                        Gen.taskQueryBody(),
                        Gen.contentType(),
                        Gen.encoding())
                .as((base, path, body, type, encoding) -> new Hostile(
                        "task query POST" + (base.webapp() ? " (webapp)" : ""),
                        base.who(),
                        "POST",
                        base.prefix() + path,
                        type,
                        body,
                        encoding));
        return Arbitraries.frequencyOf(Tuple.of(1, get), Tuple.of(1, post));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the request, the world it is sent into, and what was seen

    /** How a request authenticates: Basic, a Tasklist session (with or without its CSRF token), none, a raw header. */
    record Who(Kind kind, String user, String secret) {
        enum Kind {
            BASIC,
            SESSION,
            NONE,
            HEADER
        }

        boolean wrongPassword() {
            return kind == Kind.BASIC && !PASSWORD.equals(secret);
        }

        @Override
        public String toString() {
            return switch (kind) {
                case BASIC -> "Basic " + user + (PASSWORD.equals(secret) ? "" : " (wrong password)");
                case SESSION -> "session of " + user + (secret == null ? "" : " (" + secret + ")");
                case NONE -> "nobody";
                case HEADER -> "Authorization: " + abbreviate(secret, 80);
            };
        }
    }

    enum Encoding {
        UTF8,
        LATIN1,
        BROKEN_UTF8
    }

    /**
     * A hostile request. Paths and bodies may hold the fixture's tokens (@@task@@, @@case@@, …), filled in when it is
     * sent, since the fixture changes when an allowed request completes its task.
     */
    record Hostile(
            String kind, Who who, String method, String path, String contentType, String body, Encoding encoding) {
        @Override
        public String toString() {
            return method + " " + abbreviate(path, 300) + " as " + who + " [" + contentType + ", " + encoding + "] "
                    + (body == null ? "(no body)" : abbreviate(body, 600));
        }
    }

    record Answer(int status, String body) {}

    static String abbreviate(String text, int max) {
        if (text == null) {
            return "null";
        }
        String printable = text.replace("\u0000", "\\0");
        return printable.length() <= max
                ? printable
                : printable.substring(0, max) + "…(" + printable.length() + " chars)";
    }

    private static World WORLD;

    private World world() {
        if (WORLD == null) {
            WORLD = new World(http.getRootUri(), engine, jdbc, this);
        }
        return WORLD;
    }

    /**
     * The fixture every request aims at: a family whose SOF child investigation task is open (members registered),
     * a completed task, a second family (another's case), and the Tasklist sessions of the demo users.
     */
    static final class World {
        private final String root;
        private final ProcessEngine engine;
        private final JdbcTemplate jdbc;
        private final HostileInputTest test;
        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final Map<String, Session> sessions = new ConcurrentHashMap<>();
        private final ObjectMapper json = new ObjectMapper();
        private String caseNumber;
        private String instance;
        private String task;
        private String member;
        private String doneTask;
        private String victim;
        private String victimMember;
        private Map<String, Object> known;

        record Session(String cookies, String csrf) {}

        World(String root, ProcessEngine engine, JdbcTemplate jdbc, HostileInputTest test) {
            this.root = root;
            this.engine = engine;
            this.jdbc = jdbc;
            this.test = test;
            USERS.forEach(u -> engine.getIdentityService().unlockUser(u));
            JsonNode other = refer("Anden");
            victim = other.get("caseNumber").asText();
            victimMember = other.at("/members/0/id").asText();
            newFamily();
        }

        /** A new family with its members registered and SOF's child investigation open. */
        private void newFamily() {
            // a hostile request may have spent a fixture user's login (a malformed header with her id): the fixture
            // logs in afresh
            USERS.forEach(u -> engine.getIdentityService().unlockUser(u));
            JsonNode family = refer("Fjendtlig");
            String number = family.get("caseNumber").asText();
            new TaskDriver(test::as, engine)
                    .complete(
                            "mette",
                            number,
                            FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS,
                            Map.of(FamilyInterventionIds.Variables.MEMBERS_REGISTERED, true));
            caseNumber = number;
            member = family.at("/members/1/id").asText();
            instance = engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processDefinitionKey(FamilyInterventionProcess.KEY)
                    .processInstanceBusinessKey(number)
                    .singleResult()
                    .getId();
            task = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(number)
                    .taskDefinitionKey(ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION)
                    .singleResult()
                    .getId();
            if (doneTask == null) {
                doneTask = engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(number)
                        .taskDefinitionKey(FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS)
                        .finished()
                        .singleResult()
                        .getId();
            }
        }

        private JsonNode refer(String surname) {
            Map<String, Object> referral = Map.of(
                    "district",
                    "Valby",
                    "referral",
                    Map.of(
                            "source",
                            "SCHOOL",
                            "concern",
                            "Bekymrende fravær",
                            "sspCategory",
                            3,
                            "awarenessDate",
                            LocalDate.now().minusDays(3).toString()),
                    "members",
                    List.of(
                            Map.of(
                                    "name",
                                    "Mor " + surname,
                                    "cpr",
                                    Families.cpr(LocalDate.of(1982, 4, 9), 411),
                                    "role",
                                    "PARENT"),
                            Map.of("name", "Barn " + surname, "cpr", Families.uniqueCpr(13), "role", "CHILD")));
            ResponseEntity<String> created = test.as("mette").postForEntity("/api/cases", referral, String.class);
            assertThat(created.getStatusCode().value())
                    .as("referral: %s", created.getBody())
                    .isEqualTo(201);
            try {
                return json.readTree(created.getBody());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The state as the last refused request left it (checked then), or as it is now. */
        Map<String, Object> known() {
            return known != null ? known : snapshot();
        }

        /** After an allowed request: the fixture's task open and free again (a new family if it was completed). */
        void afterAllowedRequest() {
            known = null;
            Task open = engine.getTaskService().createTaskQuery().taskId(task).singleResult();
            if (open == null) {
                doneTask = task;
                newFamily();
                TALLY.families.incrementAndGet();
                return;
            }
            if (open.getAssignee() != null || open.getOwner() != null || open.getDelegationState() != null) {
                open.setAssignee(null);
                open.setOwner(null);
                open.setDelegationState(null);
                engine.getTaskService().saveTask(open);
            }
        }

        /** A wrong password counts towards the user's lock: unlock her, so that the next request is judged anew. */
        void afterRequest(Hostile request, int status) {
            if (request.who().wrongPassword() && USERS.contains(request.who().user())) {
                engine.getIdentityService().unlockUser(request.who().user());
                // a lock ends the user's webapp sessions too
                sessions.remove(request.who().user());
            }
            if (status == 401 && request.who().kind() == Who.Kind.SESSION) {
                sessions.remove(request.who().user());
            }
        }

        /**
         * What a refused request must leave as it was: the rows of the case tables and the engine's runtime and
         * history tables (counts, and the sum of revisions where the engine keeps one, so that an update shows), the
         * two families' rows and the fixture task.
         */
        Map<String, Object> snapshot() {
            return new TreeMap<>(jdbc.queryForMap(SNAPSHOT, caseNumber, victim, caseNumber, victim, task));
        }

        private static final String SNAPSHOT = "SELECT "
                + Arrays.stream(new String[] {
                            "family_case",
                            "case_member",
                            "referral",
                            "action_plan",
                            "plan_goal",
                            "plan_consent",
                            "screening_score",
                            "journal_entry",
                            "case_phase",
                            "adult_course",
                            "adult_course_phase",
                            "act_ru_execution",
                            "act_ru_task",
                            "act_ru_variable",
                            "act_ru_identitylink",
                            "act_ru_authorization",
                            "act_ru_job",
                            "act_ru_event_subscr",
                            "act_ge_bytearray",
                            "act_re_deployment",
                            "act_re_procdef",
                            "act_hi_procinst",
                            "act_hi_taskinst",
                            "act_hi_varinst",
                            "act_hi_detail",
                            "act_hi_comment",
                            "act_hi_attachment",
                            "act_hi_identitylink",
                            "act_hi_op_log",
                            "act_id_user",
                            "act_id_group",
                            "act_id_membership"
                        })
                        .map(t -> "(SELECT COUNT(*) FROM " + t + ") AS " + t)
                        .collect(Collectors.joining(", "))
                + ", "
                + Arrays.stream(new String[] {
                            "act_ru_execution",
                            "act_ru_task",
                            "act_ru_variable",
                            "act_ru_identitylink",
                            "act_ru_authorization",
                            "act_ge_bytearray"
                        })
                        .map(t -> "(SELECT COALESCE(SUM(rev_), 0) FROM " + t + ") AS rev_" + t)
                        .collect(Collectors.joining(", "))
                + ", (SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) FROM family_case c"
                + " WHERE c.case_number IN (?, ?)) AS families"
                + ", (SELECT md5(string_agg(m::text, '|' ORDER BY m.id)) FROM case_member m"
                + " JOIN family_case c ON c.id = m.case_id WHERE c.case_number IN (?, ?)) AS members"
                + ", (SELECT ROW(assignee_, owner_, due_date_, follow_up_date_, priority_, name_, description_,"
                + " delegation_, suspension_state_)::text FROM act_ru_task WHERE id_ = ?) AS task";

        Answer send(Hostile request) {
            String path = fill(request.path(), request);
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(120));
            Who who = request.who();
            switch (who.kind()) {
                case BASIC ->
                    builder.header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((who.user() + ":" + who.secret())
                                                    .getBytes(StandardCharsets.UTF_8)));
                case HEADER -> builder.header("Authorization", who.secret());
                case SESSION -> {
                    Session session = session(who.user());
                    if (session != null) {
                        builder.header("Cookie", session.cookies());
                        if (who.secret() == null && session.csrf() != null) {
                            builder.header("X-XSRF-TOKEN", session.csrf());
                        }
                    }
                }
                case NONE -> {}
            }
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
            builder.header("Accept", "application/json, */*");
            byte[] body = request.body() == null ? null : encode(fill(request.body(), request), request.encoding());
            builder.method(
                    request.method(),
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            long started = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                TALLY.nanos.addAndGet(System.nanoTime() - started);
                return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("sending " + request, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static byte[] encode(String body, Encoding encoding) {
            return switch (encoding) {
                case UTF8 -> body.getBytes(StandardCharsets.UTF_8);
                case LATIN1 -> body.getBytes(StandardCharsets.ISO_8859_1);
                case BROKEN_UTF8 -> {
                    byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
                    int middle = utf8.length / 2;
                    byte[] broken = new byte[utf8.length + 4];
                    System.arraycopy(utf8, 0, broken, 0, middle);
                    broken[middle] = (byte) 0xC3;
                    broken[middle + 1] = (byte) 0x28;
                    broken[middle + 2] = (byte) 0xFF;
                    broken[middle + 3] = (byte) 0xED;
                    System.arraycopy(utf8, middle, broken, middle + 4, utf8.length - middle);
                    yield broken;
                }
            };
        }

        /** The fixture's tokens: the open task, a completed one, the two cases, a member of each, the user. */
        private String fill(String text, Hostile request) {
            if (!text.contains("@@")) {
                return text;
            }
            return text.replace("\"@@member@@\"", member)
                    .replace("\"@@victimMember@@\"", victimMember)
                    .replace("@@member@@", member)
                    .replace("@@victimMember@@", victimMember)
                    .replace("@@task@@", task)
                    .replace("@@doneTask@@", doneTask)
                    .replace("@@instance@@", instance)
                    .replace("@@case@@", caseNumber)
                    .replace("@@victim@@", victim)
                    .replace("@@user@@", String.valueOf(request.who().user()));
        }

        /** The user's Tasklist session and its CSRF token (logged in once). */
        private Session session(String user) {
            return sessions.computeIfAbsent(user, u -> {
                WebappLogin.Session login = WebappLogin.login(test.http, "tasklist", u, PASSWORD);
                if (!login.response().getStatusCode().is2xxSuccessful()) {
                    return new Session("", null);
                }
                org.springframework.http.HttpHeaders headers = login.headers();
                ResponseEntity<String> page = test.http.exchange(
                        "/camunda/api/admin/auth/user/default",
                        org.springframework.http.HttpMethod.GET,
                        new org.springframework.http.HttpEntity<>(headers),
                        String.class);
                return new Session(
                        String.join("; ", login.cookies()), page.getHeaders().getFirst("X-XSRF-TOKEN"));
            });
        }
    }

    /** What the whole run saw: requests by endpoint and status, the time spent, every failure. */
    static final class Tally {
        final Map<String, Map<Integer, AtomicInteger>> byKind = new ConcurrentHashMap<>();
        final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        final AtomicLong nanos = new AtomicLong();
        final AtomicInteger families = new AtomicInteger();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        private long started;

        void count(Hostile request, int status) {
            if (started == 0) {
                started = System.nanoTime();
            }
            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            byKind.computeIfAbsent(request.kind(), k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(status, s -> new AtomicInteger())
                    .incrementAndGet();
        }

        int total() {
            return byStatus.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        String report() {
            StringBuilder out = new StringBuilder();
            int total = total();
            long serverErrors = byStatus.entrySet().stream()
                    .filter(e -> e.getKey() >= 500)
                    .mapToLong(e -> e.getValue().get())
                    .sum();
            out.append(String.format(
                    "Hostile input: %d requests in %.1f s (%.1f s waiting for answers), 5xx: %d, failures: %d,"
                            + " new fixture families after allowed completions: %d%n",
                    total,
                    (System.nanoTime() - started) / 1e9,
                    nanos.get() / 1e9,
                    serverErrors,
                    failures.size(),
                    families.get()));
            out.append("by status: ").append(sorted(byStatus)).append(System.lineSeparator());
            new TreeMap<>(byKind)
                    .forEach((kind, statuses) -> out.append(String.format(
                            "  %-28s %6d  %s%n",
                            kind,
                            statuses.values().stream()
                                    .mapToInt(AtomicInteger::get)
                                    .sum(),
                            sorted(statuses))));
            failures.forEach(
                    f -> out.append("FAILURE: ").append(abbreviate(f, 2000)).append(System.lineSeparator()));
            return out.toString();
        }

        private static String sorted(Map<Integer, AtomicInteger> counts) {
            return new TreeMap<>(counts)
                    .entrySet().stream()
                            .map(e -> e.getKey() + "×" + e.getValue().get())
                            .collect(Collectors.joining(" "));
        }
    }

    static final Tally TALLY = new Tally();

    @AfterContainer
    static void report() throws IOException {
        String report = TALLY.report();
        System.out.println(report);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("hostile-input.txt"), report);
        }
    }

    /**
     * jqwik's side of the Spring test context: each property's instance gets its fields from the shared, cached
     * context of the integration tests. With -Dtvaers.fuzz.tries=N the properties share N tries in the proportions of
     * the fast part.
     */
    static final class Spring implements AroundPropertyHook {
        private static final TestContextManager CONTEXT = new TestContextManager(HostileInputTest.class);
        static final int FAST_TRIES = Arrays.stream(HostileInputTest.class.getDeclaredMethods())
                .map((Method m) -> m.getAnnotation(Property.class))
                .filter(Objects::nonNull)
                .mapToInt(Property::tries)
                .sum();

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property)
                throws Throwable {
            CONTEXT.prepareTestInstance(context.testInstance());
            String total = System.getProperty("tvaers.fuzz.tries", "");
            if (!total.isBlank() && Integer.parseInt(total.trim()) > 0) {
                int declared = context.attributes().tries().orElse(100);
                context.attributes().setTries((int)
                        Math.max(1, Math.round((double) declared * Integer.parseInt(total.trim()) / FAST_TRIES)));
            }
            return property.execute();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // JSON with hostile leaves: objects are maps, arrays lists, leaves raw JSON text (which may be broken on purpose)

    record Raw(String json) {}

    static final class Json {
        private static final java.util.regex.Pattern SEGMENT =
                java.util.regex.Pattern.compile("([^\\[]+)(?:\\[(\\d+)])?");

        static Raw str(String text) {
            return new Raw(quote(text));
        }

        static Raw raw(String json) {
            return new Raw(json);
        }

        /** A JSON string literal; an unpaired surrogate is written as its escape, which JSON allows. */
        static String quote(String text) {
            String escaped = new String(JsonStringEncoder.getInstance().quoteAsString(text));
            StringBuilder out = new StringBuilder("\"");
            for (int i = 0; i < escaped.length(); i++) {
                char c = escaped.charAt(i);
                boolean paired = Character.isHighSurrogate(c)
                                && i + 1 < escaped.length()
                                && Character.isLowSurrogate(escaped.charAt(i + 1))
                        || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(escaped.charAt(i - 1));
                if (Character.isSurrogate(c) && !paired) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }

        @SafeVarargs
        static Map<String, Object> object(Map.Entry<String, Object>... fields) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field : fields) {
                object.put(field.getKey(), field.getValue());
            }
            return object;
        }

        static String render(Object node) {
            if (node instanceof Raw raw) {
                return raw.json();
            }
            if (node instanceof Map<?, ?> map) {
                return map.entrySet().stream()
                        .map(e -> quote(String.valueOf(e.getKey())) + ":" + render(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            }
            if (node instanceof List<?> list) {
                return list.stream().map(Json::render).collect(Collectors.joining(",", "[", "]"));
            }
            if (node == null) {
                return "null";
            }
            throw new IllegalArgumentException(String.valueOf(node));
        }

        static void set(Map<String, Object> root, String path, Object value) {
            edit(root, path, value, false);
        }

        static void remove(Map<String, Object> root, String path) {
            edit(root, path, null, true);
        }

        @SuppressWarnings("unchecked")
        private static void edit(Map<String, Object> root, String path, Object value, boolean remove) {
            Object node = root;
            String[] segments = path.split("\\.");
            for (int i = 0; i < segments.length; i++) {
                java.util.regex.Matcher m = SEGMENT.matcher(segments[i]);
                if (!m.matches() || !(node instanceof Map<?, ?>)) {
                    return; // an earlier mutation replaced the parent: nothing left to edit
                }
                Map<String, Object> object = (Map<String, Object>) node;
                boolean last = i == segments.length - 1;
                if (m.group(2) == null) {
                    if (last) {
                        if (remove) {
                            object.remove(m.group(1));
                        } else {
                            object.put(m.group(1), value);
                        }
                        return;
                    }
                    node = object.get(m.group(1));
                } else {
                    if (!(object.get(m.group(1)) instanceof List<?>)) {
                        return;
                    }
                    List<Object> list = (List<Object>) object.get(m.group(1));
                    int index = Integer.parseInt(m.group(2));
                    if (last) {
                        if (remove && index < list.size()) {
                            list.remove(index);
                        } else if (!remove && index < list.size()) {
                            list.set(index, value);
                        } else if (!remove) {
                            list.add(value);
                        }
                        return;
                    }
                    if (index >= list.size()) {
                        return;
                    }
                    node = list.get(index);
                }
            }
        }

        private Json() {}
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the generators' parts

    record Base(String prefix, Who who, boolean webapp) {}

    record Op(String name, String method, String suffix, String contentType, String body, Encoding encoding) {}

    static final class Gen {

        /** A field left out. */
        static final Raw MISSING = new Raw("");

        static Map<String, Object> referral() {
            LocalDate today = LocalDate.now();
            return Json.object(
                    Map.entry("district", Json.str("Valby")),
                    Map.entry(
                            "referral",
                            Json.object(
                                    Map.entry("source", Json.str("SCHOOL")),
                                    Map.entry("concern", Json.str("Bekymring")),
                                    Map.entry("sspCategory", Json.raw("3")),
                                    Map.entry(
                                            "awarenessDate",
                                            Json.str(today.minusDays(2).toString())))),
                    Map.entry(
                            "members",
                            new ArrayList<>(List.of(
                                    Json.object(
                                            Map.entry("name", Json.str("Mor Fuzz")),
                                            Map.entry("cpr", Json.str(Families.cpr(LocalDate.of(1985, 3, 4), 123))),
                                            Map.entry("role", Json.str("PARENT"))),
                                    Json.object(
                                            Map.entry("name", Json.str("Barn Fuzz")),
                                            Map.entry("cpr", Json.str(Families.uniqueCpr(11))),
                                            Map.entry("role", Json.str("CHILD")))))));
        }

        static Map<String, Object> journalEntry() {
            return Json.object(
                    Map.entry("kind", Json.str("NOTE")),
                    Map.entry("authorRole", Json.str("Koordinator")),
                    Map.entry("entryDate", Json.str(LocalDate.now().toString())),
                    Map.entry("text", Json.str("Notat")),
                    Map.entry("attendance", Json.str("Mor, barn")));
        }

        static Arbitrary<String> journalPaths() {
            return Arbitraries.of("kind", "authorRole", "entryDate", "text", "attendance", "author", "id");
        }

        static Map<String, Object> screening() {
            return Json.object(
                    Map.entry("memberId", Json.str("@@member@@")),
                    Map.entry("screenedOn", Json.str(LocalDate.now().toString())),
                    Map.entry(
                            "scores",
                            new ArrayList<>(List.of(
                                    Json.object(
                                            Map.entry("domain", Json.str("HEALTH")), Map.entry("score", Json.raw("3"))),
                                    Json.object(
                                            Map.entry("domain", Json.str("SCHOOL_EDUCATION")),
                                            Map.entry("score", Json.raw("2")))))));
        }

        static Arbitrary<String> screeningPaths() {
            return Arbitraries.of(
                    "memberId",
                    "screenedOn",
                    "scores",
                    "scores[0]",
                    "scores[0].domain",
                    "scores[0].score",
                    "scores[1].domain",
                    "scores[2]",
                    "extra");
        }

        static Map<String, Object> adultCourse() {
            return Json.object(
                    Map.entry("name", Json.str("Ung Fuzz")),
                    Map.entry("cpr", Json.str(Families.uniqueCpr(22))),
                    Map.entry("referralSource", Json.str("SELF")),
                    Map.entry("district", Json.str("Valby")));
        }

        static Arbitrary<String> adultPaths() {
            return Arbitraries.of("name", "cpr", "referralSource", "familyCaseNumber", "memberId", "district", "extra");
        }

        /** A body from a template with one to three fields set to hostile values or removed, maybe corrupted. */
        static Arbitrary<String> mutated(
                java.util.function.Supplier<Map<String, Object>> template,
                Arbitrary<String> paths,
                Arbitrary<Raw> values) {
            return Combinators.combine(
                            paths.list().ofMinSize(1).ofMaxSize(3),
                            values.list().ofSize(3),
                            Arbitraries.integers().between(0, 9))
                    .as((p, v, removeIfBelow) -> {
                        Map<String, Object> body = template.get();
                        for (int i = 0; i < p.size(); i++) {
                            if (removeIfBelow < 2) {
                                Json.remove(body, p.get(i));
                            } else {
                                Json.set(body, p.get(i), v.get(i));
                            }
                        }
                        return Json.render(body);
                    })
                    .flatMap(Gen::maybeCorrupt);
        }

        /** Text that a field should not accept, or should store exactly as given. */
        static Arbitrary<String> hostileString() {
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            3,
                            Arbitraries.of(
                                    "",
                                    " ",
                                    "\t\n",
                                    "null",
                                    "undefined",
                                    "0",
                                    "-1",
                                    "true",
                                    "Valby",
                                    "valby",
                                    " Valby ",
                                    "SCHOOL",
                                    "school",
                                    "NOTE",
                                    "HEALTH")),
                    Tuple.of(3, Arbitraries.strings().all().ofMaxLength(30)),
                    Tuple.of(2, Arbitraries.of("a\u0000b", "\u0000", "x\u0000y\u0000z", "Notat\u0000")),
                    Tuple.of(
                            2,
                            Arbitraries.of(
                                    "Æøå ÆØÅ",
                                    "🙂👨‍👩‍👧",
                                    "\u202Eevil",
                                    "a\u0301",
                                    "\uD800",
                                    "x\uDFFFy",
                                    "\uFEFF",
                                    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
                                    "ﷺ",
                                    "\u00A0",
                                    "\u2028\u2029")),
                    Tuple.of(2, Arbitraries.of(201, 256, 4001, 8001, 70_000).map("x"::repeat)),
                    Tuple.of(
                            1,
                            Arbitraries.of(
                                    "${1+1}",
                                    "#{runtimeService}",
                                    "' OR '1'='1",
                                    "'; DROP TABLE family_case; --",
                                    "<script>alert(1)</script>",
                                    "../../etc/passwd",
                                    "%00",
                                    "\\u0000",
                                    "{{7*7}}")));
        }

        static Arbitrary<String> hostileDate() {
            LocalDate today = LocalDate.now();
            return Arbitraries.of(
                    "2026-02-30",
                    "2026-13-01",
                    "9999-12-31",
                    "0000-01-01",
                    "-0001-01-01",
                    "+999999999-12-31",
                    "2026-1-1",
                    "01-01-2026",
                    "i går",
                    "2026-01-01T25:00:00",
                    "2026-01-01T00:00:00.000+0100",
                    today.plusDays(30).toString(),
                    today.minusYears(130).toString(),
                    today.toString());
        }

        static Arbitrary<String> cpr() {
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            3,
                            Arbitraries.strings()
                                    .numeric()
                                    .ofLength(10)
                                    .map(d -> d.substring(0, 6) + "-" + d.substring(6))),
                    Tuple.of(
                            2,
                            Arbitraries.of(
                                    "000000-0000",
                                    "320190-1234",
                                    "010100-000",
                                    "01010-01234",
                                    "0101001234x",
                                    "abcdef-ghij",
                                    "010190 1234",
                                    "010190–1234",
                                    "０１０１９０-１２３４",
                                    "010190-1234\u0000",
                                    "3102901234")),
                    Tuple.of(1, Arbitraries.integers().between(0, 2).map(i -> switch (i) {
                        case 0 -> Families.cpr(LocalDate.now().plusDays(400), 303);
                        case 1 -> Families.uniqueCpr(17);
                        default -> Families.uniqueCpr(31);
                    })));
        }

        /** A value for any field: wrong types, odd numbers, hostile text, dates, CPR numbers, nesting. */
        static Arbitrary<Raw> referralValue() {
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            3,
                            Arbitraries.of(
                                            "null",
                                            "true",
                                            "false",
                                            "0",
                                            "-1",
                                            "5",
                                            "1.5",
                                            "-2147483649",
                                            "9223372036854775808",
                                            "1e308",
                                            "-0.0",
                                            "[]",
                                            "{}",
                                            "[1,\"a\",null]",
                                            "{\"value\":1}",
                                            "[2026,1,1]")
                                    .map(Json::raw)),
                    Tuple.of(4, hostileString().map(Json::str)),
                    Tuple.of(2, hostileDate().map(Json::str)),
                    Tuple.of(2, cpr().map(Json::str)),
                    Tuple.of(
                            1,
                            Arbitraries.integers()
                                    .between(2, 60)
                                    .map(d -> Json.raw("[".repeat(d) + "1" + "]".repeat(d)))),
                    Tuple.of(
                            1,
                            Arbitraries.of("NaN", "Infinity", "1e99999", "0x10", "'x'", "01", "+1", "tru")
                                    .map(Json::raw)));
        }

        /** Mostly the JSON as built; sometimes broken: cut off, nested past 1,000, NUL bytes, a BOM, garbage. */
        static Arbitrary<String> maybeCorrupt(String json) {
            return Arbitraries.frequencyOf(
                    Tuple.of(8, Arbitraries.just(json)),
                    Tuple.of(
                            1,
                            Arbitraries.integers()
                                    .between(0, Math.max(0, json.length() - 1))
                                    .map(cut -> json.substring(0, cut))),
                    Tuple.of(
                            1,
                            Arbitraries.of(
                                    "{\"a\":".repeat(1001) + "1" + "}".repeat(1001),
                                    "[".repeat(1200) + "]".repeat(1200),
                                    "[".repeat(5000),
                                    "{\"variables\":" + "[".repeat(1500) + "]".repeat(1500) + "}",
                                    json.replaceFirst(":", ":" + "[".repeat(1100)) + "]".repeat(1100),
                                    json.replace("\"", "\"\u0000"),
                                    "\uFEFF" + json,
                                    json + "}}}",
                                    json + ",",
                                    json.replace(",", ",,"),
                                    json.replaceFirst("\\{", "{/* c */"),
                                    json.replace('"', '\''),
                                    "",
                                    "null",
                                    "[]",
                                    "42",
                                    "\"x\"",
                                    "{\"a\":1,\"a\":2}")));
        }

        static Arbitrary<String> contentType() {
            return Arbitraries.frequency(
                    Tuple.of(20, "application/json"),
                    Tuple.of(2, "application/json; charset=UTF-8"),
                    Tuple.of(1, "application/json; charset=ISO-8859-1"),
                    Tuple.of(1, "application/json; charset=bogus"),
                    Tuple.of(1, "text/plain"),
                    Tuple.of(1, "application/xml"),
                    Tuple.of(1, "application/x-www-form-urlencoded"),
                    Tuple.of(1, "multipart/form-data"),
                    Tuple.of(1, "*/*"),
                    Tuple.of(1, "application/json; garbage"));
        }

        static Arbitrary<Encoding> encoding() {
            return Arbitraries.frequency(
                    Tuple.of(20, Encoding.UTF8), Tuple.of(1, Encoding.LATIN1), Tuple.of(1, Encoding.BROKEN_UTF8));
        }

        static Arbitrary<String> apiMethod(String right) {
            return Arbitraries.frequency(
                    Tuple.of(20, right), Tuple.of(1, "PUT"), Tuple.of(1, "PATCH"), Tuple.of(1, "DELETE"));
        }

        /** Users on /api: the coordinator who owns the fixture most often, so that requests reach validation. */
        static Arbitrary<Who> apiWho() {
            return Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(basic("mette"))), Tuple.of(8, anyWho()));
        }

        static Who basic(String user) {
            return new Who(Who.Kind.BASIC, user, PASSWORD);
        }

        /** Any user with her password, a wrong password, nobody, a stranger, or a malformed header. */
        static Arbitrary<Who> anyWho() {
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            30,
                            Arbitraries.frequency(
                                            Tuple.of(4, "mette"),
                                            Tuple.of(5, "sofie"),
                                            Tuple.of(2, "jonas"),
                                            Tuple.of(2, "lars"),
                                            Tuple.of(2, "henrik"),
                                            Tuple.of(1, "peter"),
                                            Tuple.of(2, "birgitte"),
                                            Tuple.of(3, "admin"))
                                    .map(Gen::basic)),
                    Tuple.of(
                            2,
                            Combinators.combine(Arbitraries.of(USERS), hostileString())
                                    .as((u, p) -> new Who(Who.Kind.BASIC, u, p.equals(PASSWORD) ? "x" : p))),
                    Tuple.of(2, Arbitraries.just(new Who(Who.Kind.NONE, null, null))),
                    Tuple.of(
                            1,
                            Arbitraries.of("ghost", "METTE", "mette ", "mette\u0000", "' or 1=1--", "", "a".repeat(300))
                                    .map(u -> new Who(Who.Kind.BASIC, u, PASSWORD))),
                    Tuple.of(
                            1,
                            Arbitraries.of(
                                            "Basic !!!",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)),
                                            "Bearer abc",
                                            "Basic",
                                            "Basic " + "QUFB".repeat(3000),
                                            "basic bWV0dGU6ZGVtbw==",
                                            "Digest username=\"mette\"",
                                            "Basic bWV0dGU6ZGVtbw== extra")
                                    .map(h -> new Who(Who.Kind.HEADER, null, h))));
        }

        /** Where an engine request goes: /engine-rest with anyone, or the webapps' API with a Tasklist session. */
        static Arbitrary<Base> engineBase() {
            Arbitrary<Base> rest = anyWho().map(who -> new Base(REST, who, false));
            Arbitrary<Base> webapp = Arbitraries.frequencyOf(
                            Tuple.of(
                                    12,
                                    Arbitraries.frequency(
                                                    Tuple.of(4, "mette"),
                                                    Tuple.of(5, "sofie"),
                                                    Tuple.of(2, "jonas"),
                                                    Tuple.of(2, "lars"),
                                                    Tuple.of(1, "birgitte"),
                                                    Tuple.of(2, "admin"))
                                            .map(u -> new Who(Who.Kind.SESSION, u, null))),
                            Tuple.of(
                                    1,
                                    Arbitraries.of("mette", "sofie")
                                            .map(u -> new Who(Who.Kind.SESSION, u, "no CSRF token"))),
                            Tuple.of(1, Arbitraries.just(new Who(Who.Kind.NONE, null, null))),
                            Tuple.of(1, Arbitraries.just(basic("sofie"))))
                    .map(who -> new Base(WEBAPP, who, true));
            return Arbitraries.frequencyOf(Tuple.of(6, rest), Tuple.of(4, webapp));
        }

        /** A path segment: mostly the given values, sometimes malformed. */
        static Arbitrary<String> segment(Arbitrary<String> good) {
            return Arbitraries.frequencyOf(Tuple.of(6, good), Tuple.of(4, malformed(good)));
        }

        static Arbitrary<String> malformed(Arbitrary<String> good) {
            return Arbitraries.frequencyOf(
                    Tuple.of(1, good.map(g -> g + "/")),
                    Tuple.of(1, good.map(g -> g + ";x=1")),
                    Tuple.of(1, good.map(g -> g + "%00")),
                    Tuple.of(1, good.map(g -> g + "%2F..%2F")),
                    Tuple.of(1, good.map(g -> g + "%20")),
                    Tuple.of(1, good.map(g -> g.toUpperCase(java.util.Locale.ROOT))),
                    Tuple.of(1, good.map(g -> g + "%C3%A6%F0%9F%99%82")),
                    Tuple.of(1, good.map(g -> g + "%FF%FE")),
                    Tuple.of(1, good.map(g -> "%27%20OR%20%271%27%3D%271")),
                    Tuple.of(1, Arbitraries.of(300, 3000, 9000).map("a"::repeat)),
                    Tuple.of(1, Arbitraries.of("-1", "0", "..", ".", "%2e%2e", "null", "%7B%7D", "%24%7B1%2B1%7D")));
        }

        static Arbitrary<String> caseRef() {
            return Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.just("@@case@@")),
                    Tuple.of(2, Arbitraries.just("@@victim@@")),
                    Tuple.of(1, Arbitraries.of("TV-2026-99999", "TV-0000-00000", "tv-2026-00001")),
                    Tuple.of(3, malformed(Arbitraries.just("@@case@@"))));
        }

        static Arbitrary<String> taskRef() {
            return Arbitraries.frequencyOf(
                    Tuple.of(45, Arbitraries.just("@@task@@")),
                    Tuple.of(12, Arbitraries.just("@@doneTask@@")),
                    Tuple.of(
                            10,
                            Arbitraries.of(
                                    "00000000-0000-0000-0000-000000000000",
                                    "1234",
                                    "d4f5e6a7-0000-11ef-9999-aaaaaaaaaaaa")),
                    Tuple.of(33, malformed(Arbitraries.just("@@task@@"))));
        }

        static Arbitrary<String> processKey() {
            return Arbitraries.frequencyOf(
                    Tuple.of(14, Arbitraries.just("family-intervention")),
                    Tuple.of(2, Arbitraries.of("child-investigation", "adult-pathway", "FAMILY-INTERVENTION")),
                    Tuple.of(4, malformed(Arbitraries.just("family-intervention"))));
        }

        /** A variable name: the child investigation form's fields, steering variables, unknown and odd names. */
        static Arbitrary<String> variableName() {
            return Arbitraries.frequency(
                    Tuple.of(5, "investigationConclusion"),
                    Tuple.of(5, "investigationFinished"),
                    Tuple.of(2, "caseNumber"),
                    Tuple.of(1, "district"),
                    Tuple.of(1, "awarenessDate"),
                    Tuple.of(1, "outcome"),
                    Tuple.of(1, "foo"),
                    Tuple.of(1, "a".repeat(256)),
                    Tuple.of(1, "b".repeat(4001)),
                    Tuple.of(1, ""),
                    Tuple.of(1, " "),
                    Tuple.of(1, "investigationconclusion"),
                    Tuple.of(1, "x\u0000y"),
                    Tuple.of(1, "æøå🙂"),
                    Tuple.of(1, "${runtimeService}"),
                    Tuple.of(1, "__proto__"));
        }

        /** A variable name as a path segment (percent-encoded, sometimes malformed). */
        static Arbitrary<String> variablePathName() {
            Arbitrary<String> encoded = variableName().map(n -> java.net.URLEncoder.encode(n, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            return Arbitraries.frequencyOf(Tuple.of(7, encoded), Tuple.of(3, malformed(Arbitraries.of("planKff"))));
        }

        /** A value as Camunda's REST API takes it, mostly of the wrong shape or type for the variable. */
        static Arbitrary<Raw> typedValue(String name) {
            Arbitrary<Raw> plausible =
                    switch (name) {
                        case "investigationConclusion" ->
                            Arbitraries.of("SUPPORT_NEEDED", "NO_SUPPORT_NEEDED")
                                    .map(Json::str);
                        case "investigationFinished" ->
                            Arbitraries.of("true", "false").map(Json::raw);
                        case "caseNumber" ->
                            Arbitraries.of("@@case@@", "@@victim@@").map(Json::str);
                        case "awarenessDate" -> hostileDate().map(Json::str);
                        default -> Arbitraries.just(Json.str("Valby"));
                    };
            Arbitrary<Raw> value = Arbitraries.frequencyOf(Tuple.of(4, plausible), Tuple.of(6, referralValue()));
            Arbitrary<String> type = Arbitraries.frequency(
                    Tuple.of(12, ""),
                    Tuple.of(1, "String"),
                    Tuple.of(1, "Boolean"),
                    Tuple.of(1, "Integer"),
                    Tuple.of(1, "Long"),
                    Tuple.of(1, "Double"),
                    Tuple.of(1, "Date"),
                    Tuple.of(1, "Json"),
                    Tuple.of(1, "Xml"),
                    Tuple.of(1, "Object"),
                    Tuple.of(1, "Bytes"),
                    Tuple.of(1, "File"),
                    Tuple.of(1, "Null"),
                    Tuple.of(1, "Foo"),
                    Tuple.of(1, "string"));
            Arbitrary<String> valueInfo = Arbitraries.frequency(
                    Tuple.of(12, ""),
                    Tuple.of(
                            1,
                            "{\"serializationDataFormat\":\"application/x-java-serialized-object\","
                                    + "\"objectTypeName\":\"java.util.ArrayList\"}"),
                    Tuple.of(
                            1,
                            "{\"serializationDataFormat\":\"application/json\","
                                    + "\"objectTypeName\":\"java.lang.ProcessBuilder\"}"),
                    Tuple.of(1, "{\"filename\":\"../../x\",\"mimeType\":\"text/plain\"}"),
                    Tuple.of(1, "\"x\""),
                    Tuple.of(1, "{\"transient\":\"yes\"}"));
            return Combinators.combine(
                            value, type, valueInfo, Arbitraries.integers().between(0, 19))
                    .as((v, t, info, shape) -> {
                        if (shape == 0) {
                            return v; // not wrapped in {"value": …}
                        }
                        Map<String, Object> typed = new LinkedHashMap<>();
                        typed.put("value", v);
                        if (!t.isEmpty()) {
                            typed.put("type", Json.str(t));
                        }
                        if (!info.isEmpty()) {
                            typed.put("valueInfo", Json.raw(info));
                        }
                        return Json.raw(Json.render(typed));
                    });
        }

        static Arbitrary<Map.Entry<String, Raw>> variable() {
            return variableName().flatMap(name -> typedValue(name).map(v -> Map.entry(name, v)));
        }

        /** A completion or form submission: {"variables": {…}} with zero to four variables, or a wrong shape. */
        static Arbitrary<String> completionBody() {
            Arbitrary<String> variables = Combinators.combine(
                            variable().list().ofMinSize(0).ofMaxSize(4),
                            Arbitraries.frequency(
                                    Tuple.of(8, ""),
                                    Tuple.of(1, "true"),
                                    Tuple.of(1, "\"yes\""),
                                    Tuple.of(1, "[\"x\"]")))
                    .as((vars, inReturn) -> {
                        Map<String, Object> map = new LinkedHashMap<>();
                        vars.forEach(e -> map.put(e.getKey(), e.getValue()));
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("variables", map);
                        if (!inReturn.isEmpty()) {
                            body.put("withVariablesInReturn", Json.raw(inReturn));
                        }
                        return Json.render(body);
                    });
            // the form filled in as Tasklist sends it, sometimes with one variable more or changed: may complete
            Arbitrary<String> filledIn = Combinators.combine(
                            Arbitraries.of("SUPPORT_NEEDED", "NO_SUPPORT_NEEDED"),
                            Arbitraries.of("", ",\"caseNumber\":{\"value\":\"@@case@@\"}"),
                            Arbitraries.frequencyOf(
                                    Tuple.of(1, Arbitraries.just("")),
                                    Tuple.of(
                                            1,
                                            variable()
                                                    .map(v -> "," + Json.quote(v.getKey()) + ":"
                                                            + v.getValue().json()))))
                    .as((conclusion, caseNumber, extra) -> "{\"variables\":{\"investigationConclusion\":{\"value\":"
                            + Json.quote(conclusion) + "},\"investigationFinished\":{\"value\":true}" + caseNumber
                            + extra
                            + "}}");
            return Arbitraries.frequencyOf(
                            Tuple.of(10, variables),
                            Tuple.of(2, filledIn),
                            Tuple.of(
                                    1,
                                    Arbitraries.of(
                                            "{\"variables\":[]}",
                                            "{\"variables\":\"x\"}",
                                            "{\"variables\":null}",
                                            "{\"variables\":{\"investigationFinished\":null}}",
                                            "{\"variables\":{\"investigationFinished\":{}}}",
                                            "{}")))
                    .flatMap(Gen::maybeCorrupt);
        }

        static Arbitrary<Raw> userId() {
            return Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.just(Json.str("@@user@@"))),
                    Tuple.of(
                            4,
                            Arbitraries.of("sofie", "mette", "jonas", "birgitte", "admin", "ghost")
                                    .map(Json::str)),
                    Tuple.of(3, referralValue()));
        }

        /** A task as Tasklist's "save" sends it, with fields odd, missing or of the wrong type. */
        static Arbitrary<String> taskBody() {
            Arbitrary<Raw> date = Arbitraries.frequencyOf(
                    Tuple.of(
                            3,
                            Arbitraries.of(
                                            "2099-01-01T00:00:00.000+0100",
                                            LocalDate.now().plusDays(2) + "T12:00:00.000+0100",
                                            "2026-13-45T00:00:00.000+0100",
                                            "not a date",
                                            "2026-01-01")
                                    .map(Json::str)),
                    Tuple.of(2, referralValue()));
            Arbitrary<Raw> any =
                    Arbitraries.frequencyOf(Tuple.of(2, hostileString().map(Json::str)), Tuple.of(1, referralValue()));
            List<String> fields = List.of(
                    "name",
                    "description",
                    "priority",
                    "assignee",
                    "owner",
                    "delegationState",
                    "due",
                    "followUp",
                    "parentTaskId",
                    "caseInstanceId",
                    "tenantId");
            return Combinators.combine(
                            Arbitraries.of(fields).set().ofMinSize(1).ofMaxSize(6), date, date, any, userId(), any)
                    .as((chosen, due, followUp, text, user, other) -> {
                        Map<String, Object> task = new LinkedHashMap<>();
                        for (String field : fields) {
                            if (!chosen.contains(field)) {
                                continue;
                            }
                            task.put(
                                    field,
                                    switch (field) {
                                        case "due" -> due;
                                        case "followUp" -> followUp;
                                        case "assignee", "owner" -> user;
                                        case "name", "description" -> text;
                                        case "delegationState" ->
                                            Json.str(other.json().length() % 2 == 0 ? "PENDING" : "FOO");
                                        default -> other;
                                    });
                        }
                        return Json.render(task);
                    })
                    .flatMap(Gen::maybeCorrupt);
        }

        /** What Tasklist does to a task (and a little more), each with hostile bodies. */
        static Arbitrary<Op> taskOperation() {
            Arbitrary<Op> complete = Combinators.combine(
                            Arbitraries.of("/complete", "/submit-form"), completionBody(), contentType(), encoding())
                    .as((s, b, t, e) -> new Op(s.substring(1), "POST", s, t, b, e));
            Arbitrary<Op> user = Combinators.combine(
                            Arbitraries.of("/claim", "/assignee", "/delegate"),
                            userId().flatMap(u -> maybeCorrupt("{\"userId\":" + u.json() + "}")),
                            contentType(),
                            encoding())
                    .as((s, b, t, e) -> new Op(s.substring(1), "POST", s, t, b, e));
            Arbitrary<Op> unclaim = Arbitraries.of("{}", "", "{\"userId\":\"sofie\"}", "[", "null")
                    .map(b -> new Op("unclaim", "POST", "/unclaim", "application/json", b, Encoding.UTF8));
            Arbitrary<Op> update = Combinators.combine(taskBody(), contentType(), encoding())
                    .as((b, t, e) -> new Op("update", "PUT", "", t, b, e));
            Arbitrary<Op> variable = Combinators.combine(
                            Arbitraries.of("PUT", "PUT", "PUT", "GET", "DELETE"),
                            Arbitraries.of("/variables/", "/variables/", "/localVariables/"),
                            variablePathName(),
                            variableName().flatMap(Gen::typedValue),
                            contentType(),
                            encoding())
                    .as((m, kind, name, value, t, e) -> new Op(
                            kind.substring(1, kind.length() - 1) + " " + m,
                            m,
                            kind + name,
                            m.equals("PUT") ? t : null,
                            m.equals("PUT") ? value.json() : null,
                            e));
            Arbitrary<Op> modify = Combinators.combine(
                            variable().list().ofMaxSize(3),
                            variableName().list().ofMaxSize(2),
                            encoding())
                    .as((mods, deletions, e) -> {
                        Map<String, Object> modifications = new LinkedHashMap<>();
                        mods.forEach(m -> modifications.put(m.getKey(), m.getValue()));
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("modifications", modifications);
                        body.put(
                                "deletions",
                                deletions.stream()
                                        .map(Json::str)
                                        .map(r -> (Object) r)
                                        .toList());
                        return new Op(
                                "variables modify", "POST", "/variables", "application/json", Json.render(body), e);
                    });
            Arbitrary<Op> comment = Combinators.combine(
                            Arbitraries.frequencyOf(
                                    Tuple.of(3, hostileString().map(Json::str)), Tuple.of(1, referralValue())),
                            Arbitraries.of("", ",\"processInstanceId\":\"@@instance@@\"", ",\"processInstanceId\":1"),
                            contentType(),
                            encoding())
                    .flatAs((message, extra, t, e) -> maybeCorrupt("{\"message\":" + message.json() + extra + "}")
                            .map(b -> new Op("comment", "POST", "/comment/create", t, b, e)));
            Arbitrary<Op> formVariables = Arbitraries.of(
                            "",
                            "?variableNames=investigationConclusion,caseNumber",
                            "?variableNames=awarenessDate",
                            "?variableNames=",
                            "?variableNames=%00",
                            "?variableNames=" + "a".repeat(3000),
                            "?deserializeValues=maybe",
                            "?variableNames=a,,b&deserializeValues=false")
                    .map(q -> new Op("form-variables", "GET", "/form-variables" + q, null, null, Encoding.UTF8));
            Arbitrary<Op> reads = Arbitraries.of(
                            "",
                            "/variables",
                            "/form",
                            "/rendered-form",
                            "/deployed-form",
                            "/comment",
                            "/identity-links")
                    .map(s -> new Op("read", "GET", s, null, null, Encoding.UTF8));
            Arbitrary<Op> throwing = Combinators.combine(
                            Arbitraries.of("/bpmnError", "/bpmnEscalation"),
                            Arbitraries.of(
                                    "{\"errorCode\":\"x\"}",
                                    "{\"escalationCode\":\"x\",\"variables\":{\"district\":{\"value\":\"Valby\"}}}",
                                    "{}",
                                    "{\"errorCode\":null}"))
                    .as((s, b) -> new Op(s.substring(1), "POST", s, "application/json", b, Encoding.UTF8));
            Arbitrary<Op> links = Combinators.combine(
                            Arbitraries.of("/identity-links", "/identity-links/delete"),
                            Arbitraries.of(
                                    "{\"groupId\":\"buf\",\"type\":\"candidate\"}",
                                    "{\"userId\":\"@@user@@\",\"type\":\"candidate\"}",
                                    "{\"userId\":\"sofie\",\"type\":\"assignee\"}",
                                    "{\"type\":\"candidate\"}",
                                    "{\"groupId\":\"sof\",\"type\":\"foo\"}"))
                    .as((s, b) -> new Op("identity-links", "POST", s, "application/json", b, Encoding.UTF8));
            return Arbitraries.frequencyOf(
                    Tuple.of(12, complete),
                    Tuple.of(10, user),
                    Tuple.of(2, unclaim),
                    Tuple.of(7, update),
                    Tuple.of(9, variable),
                    Tuple.of(2, modify),
                    Tuple.of(5, comment),
                    Tuple.of(3, formVariables),
                    Tuple.of(3, reads),
                    Tuple.of(1, throwing),
                    Tuple.of(1, links));
        }

        /** A start of the referral process: its start form's fields, mostly mutated, sometimes more. */
        static Arbitrary<String> startBody() {
            LocalDate today = LocalDate.now();
            Arbitrary<Raw> district = field(Json.str("Valby"), typedValueOf(referralValue()));
            Arbitrary<Raw> source = field(Json.str("SCHOOL"), typedValueOf(referralValue()));
            Arbitrary<Raw> ssp = field(Json.str("2"), typedValueOf(referralValue()));
            Arbitrary<Raw> awareness = field(
                    Json.str(today.minusDays(2).toString()),
                    typedValueOf(Arbitraries.frequencyOf(
                            Tuple.of(2, hostileDate().map(Json::str)), Tuple.of(1, referralValue()))));
            Arbitrary<String> extra = Arbitraries.frequency(
                    Tuple.of(14, ""),
                    Tuple.of(1, ",\"businessKey\":\"@@victim@@\""),
                    Tuple.of(1, ",\"businessKey\":" + Json.quote("x".repeat(300))),
                    Tuple.of(
                            1,
                            ",\"startInstructions\":[{\"type\":\"startBeforeActivity\","
                                    + "\"activityId\":\"user_accept_goals_buf\"}]"),
                    Tuple.of(1, ",\"startInstructions\":\"x\""),
                    Tuple.of(1, ",\"skipCustomListeners\":\"yes\",\"skipIoMappings\":true"),
                    Tuple.of(1, ",\"withVariablesInReturn\":true"),
                    Tuple.of(1, ",\"variables\":{}"));
            Arbitrary<String> extraVariable = Arbitraries.frequency(
                    Tuple.of(10, ""),
                    Tuple.of(1, ",\"caseNumber\":{\"value\":\"@@victim@@\"}"),
                    Tuple.of(1, ",\"outcome\":{\"value\":\"GOALS_MET\"}"),
                    Tuple.of(1, "," + Json.quote("a".repeat(300)) + ":{\"value\":1}"));
            return Combinators.combine(district, source, ssp, awareness, extra, extraVariable)
                    .as((d, s, c, a, x, v) -> {
                        List<String> fields = new ArrayList<>();
                        if (d != MISSING) {
                            fields.add("\"district\":" + d.json());
                        }
                        if (s != MISSING) {
                            fields.add("\"referralSource\":" + s.json());
                        }
                        if (c != MISSING) {
                            fields.add("\"sspCategory\":" + c.json());
                        }
                        if (a != MISSING) {
                            fields.add("\"awarenessDate\":" + a.json());
                        }
                        return "{\"variables\":{" + String.join(",", fields)
                                + (fields.isEmpty() ? v.replaceFirst(",", "") : v) + "}" + x + "}";
                    })
                    .flatMap(Gen::maybeCorrupt);
        }

        /** A start form field: right (wrapped as {"value": …}), hostile, or missing (null). */
        private static Arbitrary<Raw> field(Raw right, Arbitrary<Raw> hostile) {
            return Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.just(Json.raw("{\"value\":" + right.json() + "}"))),
                    Tuple.of(4, hostile),
                    Tuple.of(1, Arbitraries.just(MISSING)));
        }

        private static Arbitrary<Raw> typedValueOf(Arbitrary<Raw> values) {
            return Combinators.combine(
                            values,
                            Arbitraries.frequency(
                                    Tuple.of(8, ""),
                                    Tuple.of(1, "String"),
                                    Tuple.of(1, "Date"),
                                    Tuple.of(1, "Integer"),
                                    Tuple.of(1, "Object"),
                                    Tuple.of(1, "Bogus")),
                            Arbitraries.integers().between(0, 9))
                    .as((v, t, shape) -> shape == 0
                            ? v
                            : Json.raw("{\"value\":" + v.json() + (t.isEmpty() ? "" : ",\"type\":" + Json.quote(t))
                                    + "}"));
        }

        /** A parameter of GET /task (already URL-encoded): sizes, sorting, dates, variables, expressions. */
        static Arbitrary<String> queryParameter() {
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            4,
                            Combinators.combine(
                                            Arbitraries.of("maxResults", "firstResult"),
                                            Arbitraries.of(
                                                    "10", "-1", "0", "2001", "99999999999", "abc", "1.5", "", "%00"))
                                    .as((k, v) -> k + "=" + v)),
                    Tuple.of(
                            2,
                            Arbitraries.of(
                                    "sortBy=dueDate&sortOrder=asc",
                                    "sortBy=foo&sortOrder=asc",
                                    "sortBy=created%3Bdrop&sortOrder=desc",
                                    "sortBy=name&sortOrder=sideways",
                                    "sortBy=dueDate",
                                    "sortOrder=desc")),
                    Tuple.of(
                            2,
                            Combinators.combine(
                                            Arbitraries.of(
                                                    "dueBefore",
                                                    "dueAfter",
                                                    "followUpBefore",
                                                    "createdAfter",
                                                    "dueDate"),
                                            Arbitraries.of(
                                                    "2026-01-01T00:00:00.000%2B0100",
                                                    "bad",
                                                    "2026-13-01T00:00:00.000%2B0100",
                                                    "2026-01-01",
                                                    "%00",
                                                    "99999-01-01T00:00:00.000%2B0100"))
                                    .as((k, v) -> k + "=" + v)),
                    Tuple.of(
                            3,
                            Combinators.combine(
                                            Arbitraries.of(
                                                    "processVariables", "taskVariables", "caseInstanceVariables"),
                                            Arbitraries.of(
                                                    "district_eq_Valby",
                                                    "x_foo_y",
                                                    "_eq_",
                                                    "a_eq_",
                                                    "caseNumber_like_%25",
                                                    "awarenessDate_gt_2026-01-01",
                                                    "sspCategory_lt_x",
                                                    "a".repeat(300) + "_eq_1",
                                                    "x%00_eq_y",
                                                    "district_eq_Valby,caseNumber_neq_x"))
                                    .as((k, v) -> k + "=" + v)),
                    Tuple.of(
                            3,
                            Arbitraries.of(
                                    "assigneeExpression=%24%7BcurrentUser()%7D",
                                    "candidateGroupsExpression=%23%7B1%2B1%7D",
                                    "candidateGroups=sof,buf",
                                    "candidateGroups=%00",
                                    "candidateUser=mette",
                                    "nameLike=%25",
                                    "nameLike=%00",
                                    "nameLike=" + "%25".repeat(1000),
                                    "processInstanceBusinessKey=@@case@@",
                                    "processInstanceBusinessKey=@@victim@@",
                                    "processInstanceBusinessKeyIn=@@case@@,@@victim@@",
                                    "taskId=@@task@@",
                                    "taskId=%27%20OR%201%3D1",
                                    "priority=-1",
                                    "priority=high",
                                    "maxPriority=99999999999",
                                    "active=maybe",
                                    "delegationState=FOO",
                                    "withCandidateGroups=x",
                                    "variableNamesIgnoreCase=xx",
                                    "tenantIdIn=%00",
                                    "includeAssignedTasks=true&candidateGroup=sof",
                                    "processDefinitionKeyIn=family-intervention,",
                                    "activityInstanceIdIn=" + ",".repeat(500),
                                    "orQueries=x")));
        }

        /** A task query body as Tasklist posts it, with odd criteria. */
        static Arbitrary<String> taskQueryBody() {
            Arbitrary<String> part = Arbitraries.of(
                    "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]",
                    "\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\","
                            + "\"parameters\":{\"variable\":\"district\",\"type\":\"String\"}}]",
                    "\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\","
                            + "\"parameters\":{\"variable\":1,\"type\":\"Bogus\"}}]",
                    "\"sorting\":\"x\"",
                    "\"sorting\":[{\"sortBy\":\"foo\"}]",
                    "\"active\":true",
                    "\"active\":\"maybe\"",
                    "\"processVariables\":[{\"name\":\"district\",\"operator\":\"eq\",\"value\":\"Valby\"}]",
                    "\"processVariables\":[{\"name\":\"district\",\"operator\":\"foo\",\"value\":\"Valby\"}]",
                    "\"processVariables\":[{\"name\":null,\"operator\":\"eq\",\"value\":{\"a\":1}}]",
                    "\"processVariables\":[{\"name\":\"x\",\"operator\":\"like\",\"value\":[1,2]}]",
                    "\"taskVariables\":\"x\"",
                    "\"candidateGroups\":[\"sof\",\"buf\",null]",
                    "\"candidateGroups\":\"sof\"",
                    "\"candidateUser\":\"@@user@@\"",
                    "\"assigneeExpression\":\"${currentUser()}\"",
                    "\"candidateGroupsExpression\":\"${currentUserGroups()}\"",
                    "\"orQueries\":[{\"candidateGroups\":[\"sof\"],\"assigneeExpression\":\"${1}\"}]",
                    "\"orQueries\":[{\"orQueries\":[{}]}]",
                    "\"dueBefore\":\"bad\"",
                    "\"dueBefore\":\"2026-01-01T00:00:00.000+0100\"",
                    "\"processInstanceBusinessKey\":\"@@victim@@\"",
                    "\"nameLike\":" + Json.quote("%\u0000%"),
                    "\"taskIdIn\":[\"@@task@@\",\"" + "a".repeat(300) + "\"]",
                    "\"maxPriority\":1e400",
                    "\"priority\":\"high\"");
            return part.list()
                    .ofMinSize(0)
                    .ofMaxSize(5)
                    .map(parts -> "{" + String.join(",", parts) + "}")
                    .flatMap(Gen::maybeCorrupt);
        }

        private Gen() {}
    }
}
