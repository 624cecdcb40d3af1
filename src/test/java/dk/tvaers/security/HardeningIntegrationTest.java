package dk.tvaers.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.kernel.Groups;
import dk.tvaers.referral.Families;
import dk.tvaers.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hardening of issue 6, each measure shown over real HTTP on the running application (docs/hardening.md lists
 * them with their settings). Requests go through java.net.http so that headers, cookies and bodies are exactly as
 * sent and received.
 */
class HardeningIntegrationTest extends PostgresIntegrationTest {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    @LocalServerPort
    int port;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    // ---- security headers ------------------------------------------------------------------------------------

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of(
                "/",
                "/board/",
                "/api/board",
                "/engine-rest/task?maxResults=1",
                TASKLIST,
                "/camunda/app/cockpit/default/",
                "/camunda/api/engine/engine/")) {
            for (boolean authenticated : List.of(false, true)) {
                HttpResponse<String> response = send(get(path, authenticated ? basic("henrik", "demo") : null));
                String label = path + (authenticated ? " as henrik" : " anonymous") + " -> " + response.statusCode();
                assertThat(header(response, "X-Content-Type-Options")).as(label).contains("nosniff");
                assertThat(header(response, "X-Frame-Options")).as(label).contains("DENY");
                assertThat(header(response, "Referrer-Policy")).as(label).contains("same-origin");
                // over plain HTTP a browser ignores it; Tværs sends it on HTTPS only
                assertThat(header(response, "Strict-Transport-Security"))
                        .as(label)
                        .isEmpty();
                if (!path.startsWith("/camunda/api/")) {
                    assertThat(header(response, "Content-Security-Policy"))
                            .as(label)
                            .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
                }
            }
        }
    }

    @Test
    void theWebappsKeepCamundasContentSecurityPolicyForTheirScripts() {
        HttpResponse<String> page = send(get(TASKLIST, null));
        assertThat(page.statusCode()).isEqualTo(200);
        // a nonce for the inline bootstrap script: Tværs's page policy would block it
        assertThat(header(page, "Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'nonce-", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(header(send(get("/board/", null)), "Content-Security-Policy"))
                .contains(SecurityHeadersFilter.PAGE_POLICY);
    }

    @Test
    void apiResponsesWithPersonalDataAreNotCached() {
        for (String path : List.of("/api/board", "/api/reports/outcomes?from=2026-01-01&to=2026-02-01")) {
            HttpResponse<String> response = send(get(path, basic("henrik", "demo")));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(header(response, "Cache-Control")).as(path).contains("no-store");
        }
        assertThat(header(send(get("/engine-rest/task?maxResults=1", basic("henrik", "demo"))), "Cache-Control"))
                .contains("no-store");
    }

    // ---- HTTPS behind a proxy: HSTS and cookies --------------------------------------------------------------

    @Test
    void overHttpsTheCookiesAreSecureAndHstsIsSent() {
        WebLogin https = WebLogin.open(this, true);
        assertThat(header(https.page, "Strict-Transport-Security")).contains("max-age=31536000");
        String xsrf = https.setCookie("XSRF-TOKEN");
        // Tasklist's script reads the token: SameSite and Secure, but not HttpOnly
        assertThat(attributes(xsrf)).contains("secure", "samesite=lax").doesNotContain("httponly");

        HttpResponse<String> login = https.login("karen", "demo");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(header(login, "Strict-Transport-Security")).isPresent();
        String session = setCookie(login, "JSESSIONID").orElseGet(() -> https.setCookie("JSESSIONID"));
        assertThat(attributes(session)).contains("httponly", "secure", "samesite=lax");
    }

    @Test
    void overPlainHttpTheCookiesAreHttpOnlyAndSameSiteButNotSecure() {
        WebLogin http = WebLogin.open(this, false);
        assertThat(attributes(http.setCookie("XSRF-TOKEN")))
                .contains("samesite=lax")
                .doesNotContain("secure", "httponly");
        HttpResponse<String> login = http.login("karen", "demo");
        assertThat(login.statusCode()).isEqualTo(200);
        String session = setCookie(login, "JSESSIONID").orElseGet(() -> http.setCookie("JSESSIONID"));
        assertThat(attributes(session)).contains("httponly", "samesite=lax").doesNotContain("secure");
        assertThat(header(login, "Strict-Transport-Security")).isEmpty();
    }

    // ---- engine settings: serialization, expressions, result size -----------------------------------------------

    @Test
    void theEngineRunsWithTheHardenedSettings() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
        // the engine's per-user lock is off: LoginThrottle delays per user and address instead
        assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(configuration.getLoginDelayBase()).isZero();
    }

    @Test
    void aJavaSerializedVariableIsRefused() {
        String instance = "/engine-rest/process-instance?maxResults=1";
        assertThat(send(get(instance, basic("henrik", "demo"))).statusCode()).isEqualTo(200);
        String target = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .listPage(0, 1)
                .get(0)
                .getId();
        // a Java-serialized value through the REST API, written by the one user who may write variables (the
        // administrator): the engine refuses the format, whatever the bytes
        String body = "{\"value\":\"rO0ABXQAA2Zvbw==\",\"type\":\"Object\",\"valueInfo\":"
                + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                + "\"application/x-java-serialized-object\"}}";
        HttpResponse<String> refused = send(
                put("/engine-rest/process-instance/" + target + "/variables/serialized", basic("admin", "demo"), body));
        assertThat(refused.statusCode()).isBetween(400, 499);
        assertThat(engine.getRuntimeService().getVariable(target, "serialized")).isNull();
    }

    @Test
    void expressionsInAdHocQueriesAreRefusedWhileTheStoredFiltersKeepTheirs() {
        String expression = URLEncoder.encode("${currentUser()}", StandardCharsets.UTF_8);
        HttpResponse<String> adhoc =
                send(get("/engine-rest/task?maxResults=10&assigneeExpression=" + expression, basic("mette", "demo")));
        assertThat(adhoc.statusCode()).isEqualTo(400);
        assertThat(adhoc.body()).contains("xpression");

        // "Mine opgaver" is a stored query with ${currentUser()}: it still works, but not extended by an expression
        Filter mine = engine.getFilterService()
                .createTaskFilterQuery()
                .filterName("Mine opgaver")
                .singleResult();
        assertThat(send(post(
                                "/engine-rest/filter/" + mine.getId() + "/list?maxResults=10",
                                basic("mette", "demo"),
                                "application/json",
                                "{}"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(post(
                                "/engine-rest/filter/" + mine.getId() + "/list?maxResults=10",
                                basic("mette", "demo"),
                                "application/json",
                                "{\"candidateGroupExpression\":\"${'sof'}\"}"))
                        .statusCode())
                .isEqualTo(400);

        // nor in the "or" parts of a query, which Camunda itself evaluates (method calls and all): the engine guard
        String orQuery = "{\"orQueries\":[{\"assigneeExpression\":\"${'abc'.toUpperCase()}\"}]}";
        for (String path : List.of(
                "/engine-rest/task?maxResults=10", "/engine-rest/filter/" + mine.getId() + "/list?maxResults=10")) {
            HttpResponse<String> or = send(post(path, basic("mette", "demo"), "application/json", orQuery));
            assertThat(or.statusCode()).as(path).isEqualTo(400);
            assertThat(or.body()).as(path).contains("orQueries");
        }

        // only administrators create filters: a caseworker cannot store a query with an expression of her own
        String filter = "{\"resourceType\":\"Task\",\"name\":\"Alles\",\"owner\":\"mette\","
                + "\"query\":{\"assigneeExpression\":\"${execution}\"}}";
        HttpResponse<String> created =
                send(post("/engine-rest/filter/create", basic("mette", "demo"), "application/json", filter));
        assertThat(created.statusCode()).isEqualTo(403);
        assertThat(engine.getFilterService()
                        .createTaskFilterQuery()
                        .filterName("Alles")
                        .count())
                .isZero();
        // nor change an existing one
        assertThat(send(put(
                                "/engine-rest/filter/" + mine.getId(),
                                basic("mette", "demo"),
                                "{\"resourceType\":\"Task\",\"name\":\"Mine opgaver\","
                                        + "\"query\":{\"assigneeExpression\":\"${execution}\"}}"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void queriesAnswerAtMostAPageOf2000() {
        assertThat(send(get("/engine-rest/task", basic("mette", "demo"))).statusCode())
                .isEqualTo(400);
        HttpResponse<String> tooMany = send(get("/engine-rest/task?maxResults=100000", basic("mette", "demo")));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("Max results limit of 2000 exceeded");
        assertThat(send(get("/engine-rest/history/variable-instance", basic("henrik", "demo")))
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(get("/engine-rest/task?maxResults=2000", basic("mette", "demo")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(get("/engine-rest/task/count", basic("mette", "demo"))).statusCode())
                .isEqualTo(200);

        // Tasklist and Cockpit page their queries by 2000, as a logged-in caseworker's browser does
        WebLogin tasklist = WebLogin.open(this, false);
        assertThat(tasklist.login("henrik", "demo").statusCode()).isEqualTo(200);
        for (String call : List.of(
                "/camunda/api/engine/engine/default/filter?firstResult=0&maxResults=2000&itemCount=false"
                        + "&resourceType=Task",
                "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?firstResult=0"
                        + "&maxResults=50",
                "/camunda/api/engine/engine/default/process-definition/statistics?rootIncidents=true")) {
            HttpResponse<String> answer = send(tasklist.request(call).GET().build());
            assertThat(answer.statusCode()).as(call + ": " + answer.body()).isEqualTo(200);
        }
    }

    // ---- first-user setup ------------------------------------------------------------------------------------

    @Test
    void theFirstUserSetupIsClosedOnceAnAdministratorExists() {
        WebLogin anonymous = WebLogin.open(this, false);
        String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"Ind\",\"lastName\":\"Trænger\","
                + "\"email\":\"x@example.org\"},\"credentials\":{\"password\":\"Ind-Traenger-2026!\"}}";
        HttpResponse<String> setup = send(anonymous
                .request("/camunda/api/admin/setup/default/user/create")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(setup.statusCode()).isEqualTo(403);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId("intruder")
                        .count())
                .isZero();
    }

    // ---- brute force ----------------------------------------------------------------------------------------

    /** Another client, behind the trusted proxy (Tomcat takes the client address from X-Forwarded-For). */
    private static final String ELSEWHERE = "203.0.113.9";

    private static final Duration LONGEST_DELAY = Duration.ofMinutes(5);

    @Test
    void wrongPasswordsDelayTheUserForAWhileButNeverLockAnyoneOut() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = "laas-" + suffix;
        String admin = "adm-" + suffix;
        String password = "Rigtig-Kode-2026!";
        createUser(id, password, Groups.SOF);
        createUser(admin, password, Groups.ADMIN);
        Instant now = Instant.now();
        clock.set(now);
        try {
            assertThat(canLogIn(id, password, null)).containsExactly(true, true, true);

            // one wrong password: the right one is refused from the same address for 3 s, then accepted again
            assertThat(basicLogin(id, "forkert", null)).isEqualTo(401);
            assertThat(canLogIn(id, password, null)).containsExactly(false, false, false);
            clock.set(now = now.plusSeconds(4));
            assertThat(canLogIn(id, password, null)).containsExactly(true, true, true);

            // a flood: 20 wrong passwords, each as soon as the last delay ran out. The delay doubles up to 5 minutes
            // and no further: the engine's permanent lock after loginMaxAttempts never applies
            now = flood(id, null, now);
            // the engine checked 20 passwords: the guesses during the delays were refused unchecked
            assertThat(checkedWrongPasswords(id)).isEqualTo(20);
            clock.set(now.plus(LONGEST_DELAY).minusSeconds(1));
            assertThat(canLogIn(id, password, null)).containsExactly(false, false, false);
            clock.set(now = now.plus(LONGEST_DELAY).plusSeconds(1));
            assertThat(canLogIn(id, password, null)).containsExactly(true, true, true);

            // the same flood against the administrator's id from another address: from there her own password waits
            // too, but from her own address she signs in at once, and so does any other user
            now = flood(admin, ELSEWHERE, now);
            assertThat(canLogIn(admin, password, ELSEWHERE)).containsExactly(false, false, false);
            assertThat(canLogIn(admin, password, null)).containsExactly(true, true, true);
            assertThat(canLogIn(id, password, null)).containsExactly(true, true, true);
            clock.set(now = now.plus(LONGEST_DELAY).plusSeconds(1));
            assertThat(canLogIn(admin, password, ELSEWHERE)).containsExactly(true, true, true);

            // an administrator's unlock (Admin -> Users -> the user -> Unlock calls the same) ends a delay at once
            assertThat(basicLogin(id, "forkert", null)).isEqualTo(401);
            assertThat(canLogIn(id, password, null)).containsExactly(false, false, false);
            HttpResponse<String> unlock =
                    send(post("/engine-rest/user/" + id + "/unlock", basic(admin, password), "application/json", ""));
            assertThat(unlock.statusCode()).isEqualTo(204);
            assertThat(canLogIn(id, password, null)).containsExactly(true, true, true);
        } finally {
            clock.reset();
            engine.getIdentityService().deleteUser(id);
            engine.getIdentityService().deleteUser(admin);
        }
    }

    /** 20 wrong passwords for the user from the address, each when the delay of the one before has run out. */
    private Instant flood(String user, String address, Instant now) {
        for (int attempt = 1; attempt <= 20; attempt++) {
            clock.set(now = now.plus(LONGEST_DELAY).plusSeconds(1));
            assertThat(basicLogin(user, "forkert-" + attempt, address)).isEqualTo(401);
            // guesses while the delay runs are not even checked
            assertThat(basicLogin(user, "forkert-igen-" + attempt, address)).isEqualTo(401);
        }
        return now;
    }

    /** The engine's count of wrong passwords in a row (the password checks that reached it). */
    private int checkedWrongPasswords(String id) {
        return ((UserEntity)
                        engine.getIdentityService().createUserQuery().userId(id).singleResult())
                .getAttempts();
    }

    private void createUser(String id, String password, String group) {
        User user = engine.getIdentityService().newUser(id);
        user.setFirstName("Test");
        user.setLastName("Spærring");
        user.setPassword(password);
        engine.getIdentityService().saveUser(user);
        engine.getIdentityService().createMembership(id, group);
    }

    /** The status of Tværs's API to HTTP Basic from the address (null: this machine). */
    private int basicLogin(String user, String password, String address) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri("/api/board")).header("Authorization", basic(user, password));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return send(request.build()).statusCode();
    }

    /**
     * Whether the Camunda REST API, Tværs's API and the Tasklist login let the user in (any answer but 401), from the
     * address (null: this machine).
     */
    private List<Boolean> canLogIn(String user, String password, String address) {
        List<Boolean> in = new ArrayList<>();
        HttpRequest.Builder rest = HttpRequest.newBuilder(uri("/engine-rest/task?maxResults=1"))
                .header("Authorization", basic(user, password));
        if (address != null) {
            rest.header("X-Forwarded-For", address);
        }
        in.add(send(rest.build()).statusCode() != 401);
        in.add(basicLogin(user, password, address) != 401);
        in.add(WebLogin.open(this, false, address).login(user, password).statusCode() != 401);
        return in;
    }

    // ---- cross-site requests with the login session ------------------------------------------------------------

    private static final String FOREIGN_SITE = "https://angriber.example";

    @Test
    void aChangeThroughTheLoginSessionNeedsTheSessionsToken() throws IOException {
        String caseNumber = referFamily();
        String journal = "/api/cases/" + caseNumber + "/journal";

        WebLogin browser = WebLogin.open(this, false);
        assertThat(browser.login("mette", "demo").statusCode()).isEqualTo(200);
        // the webapps' first call after the login gives the new session its token (cookie XSRF-TOKEN, path /camunda)
        browser.remember(send(
                browser.request("/camunda/api/admin/auth/user/default").GET().build()));
        String token = browser.cookies.get("XSRF-TOKEN");
        assertThat(token).isNotBlank();
        String session = "JSESSIONID=" + browser.cookies.get("JSESSIONID");

        // another site's page makes the browser send the session cookie, but cannot know the token: refused
        for (String sent : new String[] {null, "", "gaet-et-token", token + "x"}) {
            HttpRequest.Builder forged = HttpRequest.newBuilder(uri(journal))
                    .header("Cookie", session)
                    .header("Origin", FOREIGN_SITE)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(journalNote("Skrevet fra et andet websted")));
            if (sent != null) {
                forged.header(ApiSessionOrBasicFilter.CSRF_HEADER, sent);
            }
            HttpResponse<String> refused = send(forged.build());
            assertThat(refused.statusCode()).as("token " + sent).isEqualTo(403);
            assertThat(header(refused, "Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body())
                    .contains("\"title\":\"Anmodningen er afvist\"", "X-XSRF-TOKEN")
                    .doesNotContain(token);
        }
        HttpResponse<String> plan = send(HttpRequest.newBuilder(uri("/api/cases/" + caseNumber + "/plan"))
                .header("Cookie", session)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertThat(plan.statusCode()).isEqualTo(403);
        assertThat(journalEntries(caseNumber)).isZero();

        // Tværs's own pages get the token in the cookie TVAERS-XSRF-TOKEN with any answer through the session
        HttpResponse<String> board = send(HttpRequest.newBuilder(uri("/api/board"))
                .header("Cookie", session)
                .GET()
                .build());
        assertThat(board.statusCode()).isEqualTo(200);
        String offered = setCookie(board, ApiSessionOrBasicFilter.CSRF_COOKIE).orElseThrow();
        assertThat(offered).startsWith(ApiSessionOrBasicFilter.CSRF_COOKIE + "=" + token + ";");
        assertThat(attributes(offered)).contains("path=/", "samesite=lax").doesNotContain("httponly");

        // the session's own page sends the token: accepted
        HttpResponse<String> written = send(HttpRequest.newBuilder(uri(journal))
                .header("Cookie", session)
                .header(ApiSessionOrBasicFilter.CSRF_HEADER, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(journalNote("Skrevet på tavlen")))
                .build());
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        assertThat(journalEntries(caseNumber)).isEqualTo(1);

        // HTTP Basic has no session to ride on and needs no token
        HttpRequest.Builder script = HttpRequest.newBuilder(uri(journal))
                .header("Authorization", basic("mette", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(journalNote("Skrevet af et script")));
        assertThat(send(script.build()).statusCode()).isEqualTo(201);
        assertThat(journalEntries(caseNumber)).isEqualTo(2);
    }

    private String referFamily() throws IOException {
        Map<String, Object> referral = Families.familyWithYoungAdult("Valby", Families.uniqueCpr(19));
        HttpResponse<String> created =
                send(post("/api/cases", basic("mette", "demo"), "application/json", JSON.writeValueAsString(referral)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("caseNumber").asText();
    }

    private static String journalNote(String text) throws IOException {
        return JSON.writeValueAsString(Map.of(
                "kind",
                "NOTE",
                "authorRole",
                "Koordinator",
                "entryDate",
                LocalDate.now().toString(),
                "text",
                text));
    }

    private int journalEntries(String caseNumber) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM journal_entry j JOIN family_case c ON c.id = j.case_id WHERE c.case_number = ?",
                Integer.class,
                caseNumber);
    }

    // ---- the API's documentation ------------------------------------------------------------------------------

    @Test
    void theApiDocumentationNeedsALogin() {
        List<String> docs = List.of(
                "/v3/api-docs",
                "/v3/api-docs.yaml",
                "/v3/api-docs/swagger-config",
                "/swagger-ui.html",
                "/swagger-ui/index.html",
                "/swagger-ui/swagger-initializer.js");
        for (String path : docs) {
            HttpResponse<String> anonymous = send(get(path, null));
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(header(anonymous, "WWW-Authenticate"))
                    .as(path)
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
            assertThat(anonymous.body()).as(path).doesNotContain("/api/cases", "swagger");
            // (not a demo user: a wrong password would delay her next login from here, LoginThrottle)
            assertThat(send(get(path, basic("ingen-saadan", "forkert"))).statusCode())
                    .as(path)
                    .isEqualTo(401);
        }

        // HTTP Basic, as the API
        assertThat(send(get("/v3/api-docs", basic("henrik", "demo"))).body()).contains("/api/cases/{caseNumber}");
        assertThat(send(get("/swagger-ui.html", basic("henrik", "demo"))).statusCode())
                .isEqualTo(302);
        HttpResponse<String> ui = send(get("/swagger-ui/index.html", basic("henrik", "demo")));
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(header(ui, "Content-Security-Policy")).contains(SecurityHeadersFilter.SWAGGER_POLICY);
        // "Try it out" through the session sends the session's token, read from the cookie Tværs offers its pages
        assertThat(send(get("/swagger-ui/swagger-initializer.js", basic("henrik", "demo")))
                        .body())
                .contains(ApiSessionOrBasicFilter.CSRF_COOKIE, ApiSessionOrBasicFilter.CSRF_HEADER);

        // or the webapps' login session, as the board
        WebLogin browser = WebLogin.open(this, false);
        assertThat(browser.login("henrik", "demo").statusCode()).isEqualTo(200);
        HttpResponse<String> spec = send(browser.request("/v3/api-docs").GET().build());
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/cases/{caseNumber}");
    }

    // ---- a task's form is nobody's business without a login ------------------------------------------------------

    @Test
    void anAnonymousFormSubmissionGets401AndNothingAboutTheForm() throws IOException {
        String caseNumber = referFamily();
        String taskId = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        List<String> labels = new ArrayList<>();
        try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
            JSON.readTree(form).findValues("label").forEach(label -> labels.add(label.asText()));
        }
        assertThat(labels).isNotEmpty();
        String empty = "{\"variables\":{}}";

        // without a login, for the task and for a made-up id alike: 401, and not a word of the form
        List<String> answers = new ArrayList<>();
        for (String id : List.of(taskId, UUID.randomUUID().toString())) {
            for (String action : List.of("submit-form", "complete")) {
                String path = "/camunda/api/engine/engine/default/task/" + id + "/" + action;
                HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(empty))
                        .build());
                assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
                assertThat(anonymous.body()).as(path).doesNotContain(labels.toArray(String[]::new));
                answers.add(anonymous.statusCode() + " "
                        + anonymous.body().replace(id, "{id}").replaceAll("\"timestamp\":\"[^\"]*\"", ""));
            }
            // Camunda's REST API refuses it the same way
            HttpResponse<String> rest =
                    send(post("/engine-rest/task/" + id + "/submit-form", null, "application/json", empty));
            assertThat(rest.statusCode()).isEqualTo(401);
            assertThat(rest.body()).doesNotContain(labels.toArray(String[]::new));
        }
        // the same answer whether the task exists or not (but for the time it was given)
        assertThat(answers.subList(2, 4)).isEqualTo(answers.subList(0, 2));

        // logged in, the form's checks run as the user: another administration's caseworker learns nothing of it
        WebLogin jonas = tasklistSession("jonas");
        HttpResponse<String> outsider =
                send(jonas.request("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(empty))
                        .build());
        assertThat(outsider.statusCode()).isNotEqualTo(400).isBetween(400, 499);
        assertThat(outsider.body()).doesNotContain(labels.toArray(String[]::new));
        // while the coordinator whose task it is hears which fields are missing, and the task stays open
        WebLogin mette = tasklistSession("mette");
        HttpResponse<String> incomplete =
                send(mette.request("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(empty))
                        .build());
        assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(400);
        assertThat(incomplete.body()).contains("\"field\":\"membersRegistered\"", "skal være afkrydset");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count())
                .isEqualTo(1);
    }

    /** A Tasklist login with the session's token, as the page has it after its first call. */
    private WebLogin tasklistSession(String user) {
        WebLogin browser = WebLogin.open(this, false);
        assertThat(browser.login(user, "demo").statusCode()).isEqualTo(200);
        browser.remember(send(
                browser.request("/camunda/api/admin/auth/user/default").GET().build()));
        return browser;
    }

    // ---- bad input ------------------------------------------------------------------------------------------

    @Test
    void anOversizedHeaderIsRefused() {
        String filler = "x".repeat(20 * 1024);
        for (String path : List.of("/api/board", "/engine-rest/task?maxResults=1", TASKLIST)) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", basic("henrik", "demo"))
                    .header("X-Filler", filler)
                    .build());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
        }
        // just under the limit is fine
        HttpResponse<String> fits = send(HttpRequest.newBuilder(uri("/api/board"))
                .header("Authorization", basic("henrik", "demo"))
                .header("X-Filler", "x".repeat(12 * 1024))
                .build());
        assertThat(fits.statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedRequestOrAuthorizationHeaderIsRefused() throws IOException {
        for (String authorization : List.of(
                "Basic !!!notbase64",
                "Basic " + Base64.getEncoder().encodeToString("ohnecolon".getBytes(StandardCharsets.UTF_8)),
                "Basic",
                "Bearer abc.def.ghi",
                "Basic " + "A".repeat(4000))) {
            for (String path : List.of("/api/board", "/engine-rest/task?maxResults=1")) {
                HttpResponse<String> response = send(get(path, authorization));
                assertThat(response.statusCode()).as(path + " " + authorization).isEqualTo(401);
                assertThat(response.body()).as(path).doesNotContain("Exception", "at org.");
            }
        }
        // a header line without a colon, and a request line that is not HTTP
        assertThat(raw("GET /api/board HTTP/1.1\r\nHost: localhost\r\nDette er ingen header\r\n\r\n"))
                .startsWith("HTTP/1.1 400");
        assertThat(raw("HENT /api/board med venlig hilsen\r\n\r\n")).startsWith("HTTP/1.1 400");
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        String big = "{\"district\":\"" + "a".repeat(1100 * 1024) + "\"}";
        HttpResponse<String> declared = send(post("/api/cases", basic("mette", "demo"), "application/json", big));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("\"field\":\"body\"");

        // without a declared length (chunked), the read stops at the limit
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/cases"))
                .header("Authorization", basic("mette", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
        assertThat(chunked.statusCode()).isBetween(400, 413);
    }

    @Test
    void malformedJsonAndAWrongContentTypeAreProblems() {
        HttpResponse<String> malformed = send(post(
                "/api/cases", basic("mette", "demo"), "application/json", "{\"district\": \"Valby\", \"members\": ["));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(header(malformed, "Content-Type")).contains("application/problem+json");
        assertThat(malformed.body()).contains("\"field\"");

        HttpResponse<String> text = send(post("/api/cases", basic("mette", "demo"), "text/plain", "district=Valby"));
        assertThat(text.statusCode()).isEqualTo(415);
        HttpResponse<String> xml = send(post(
                "/api/cases", basic("mette", "demo"), "application/xml", "<case><district>Valby</district></case>"));
        assertThat(xml.statusCode()).isEqualTo(415);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** A browser's visit to Tasklist: the page (cookies, CSRF token), then the login form. */
    static final class WebLogin {
        final HardeningIntegrationTest test;
        final boolean https;
        final String forwardedFor;
        final HttpResponse<String> page;
        final Map<String, String> cookies = new LinkedHashMap<>();

        private WebLogin(HardeningIntegrationTest test, boolean https, String forwardedFor) {
            this.test = test;
            this.https = https;
            this.forwardedFor = forwardedFor;
            this.page = test.send(request(TASKLIST).GET().build());
            remember(page);
        }

        static WebLogin open(HardeningIntegrationTest test, boolean https) {
            return new WebLogin(test, https, null);
        }

        /** A browser at another address, behind the trusted proxy (null: this machine). */
        static WebLogin open(HardeningIntegrationTest test, boolean https, String forwardedFor) {
            return new WebLogin(test, https, forwardedFor);
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(test.uri(path));
            if (https) {
                builder.header("X-Forwarded-Proto", "https");
            }
            if (forwardedFor != null) {
                builder.header("X-Forwarded-For", forwardedFor);
            }
            if (!cookies.isEmpty()) {
                builder.header(
                        "Cookie",
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(c -> c.getKey() + "=" + c.getValue())
                                        .toList()));
            }
            String token = cookies.get("XSRF-TOKEN");
            if (token != null) {
                builder.header("X-XSRF-TOKEN", token);
            }
            return builder;
        }

        HttpResponse<String> login(String user, String password) {
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> response = test.send(request(LOGIN)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());
            remember(response);
            return response;
        }

        String setCookie(String name) {
            return HardeningIntegrationTest.setCookie(page, name)
                    .orElseThrow(() -> new AssertionError(
                            "no " + name + " cookie in " + page.headers().allValues("Set-Cookie")));
        }

        void remember(HttpResponse<String> response) {
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";")[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst();
    }

    /** A Set-Cookie header's attributes, lower case without spaces: "httponly", "secure", "samesite=lax". */
    static List<String> attributes(String setCookie) {
        List<String> attributes = new ArrayList<>();
        String[] parts = setCookie.split(";");
        for (int i = 1; i < parts.length; i++) {
            attributes.add(parts[i].trim().toLowerCase().replace(" ", ""));
        }
        return attributes;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpRequest get(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    HttpRequest post(String path, String authorization, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    HttpRequest put(String path, String authorization, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    /** Sends raw bytes and returns what the server answers first. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(64);
            return new String(answer, StandardCharsets.ISO_8859_1);
        }
    }
}
