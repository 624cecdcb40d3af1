package dk.tvaers.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    @Autowired
    ProcessEngine engine;

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
        assertThat(configuration.getLoginMaxAttempts()).isEqualTo(5);
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

    @Test
    void repeatedWrongPasswordsLockTheUserUntilAnAdministratorUnlocksHer() {
        String id = "laas-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Rigtig-Kode-2026!";
        User user = engine.getIdentityService().newUser(id);
        user.setFirstName("Test");
        user.setLastName("Spærring");
        user.setPassword(password);
        engine.getIdentityService().saveUser(user);
        engine.getIdentityService().createMembership(id, Groups.SOF);
        try {
            assertThat(canLogIn(id, password)).containsExactly(true, true, true);

            // one wrong password: the right one is refused for a while (3 s, then 6, 12 ...)
            assertThat(send(get("/engine-rest/task?maxResults=1", basic(id, "forkert")))
                            .statusCode())
                    .isEqualTo(401);
            assertThat(canLogIn(id, password)).containsExactly(false, false, false);

            // five wrong passwords in a row lock her for good, however long she waits
            Instant now = Instant.now();
            for (int attempt = 2; attempt <= 5; attempt++) {
                now = now.plus(Duration.ofMinutes(2));
                clock.set(now);
                assertThat(send(get("/api/board", basic(id, "forkert-" + attempt)))
                                .statusCode())
                        .isEqualTo(401);
            }
            clock.set(now.plus(Duration.ofDays(1)));
            assertThat(canLogIn(id, password)).containsExactly(false, false, false);

            // the administrator unlocks her (Admin -> Users -> the user -> Unlock does the same)
            engine.getIdentityService().unlockUser(id);
            assertThat(canLogIn(id, password)).containsExactly(true, true, true);
        } finally {
            clock.reset();
            engine.getIdentityService().deleteUser(id);
        }
    }

    /** Whether the Camunda REST API, Tværs's API and the Tasklist login let the user in (any answer but 401). */
    private List<Boolean> canLogIn(String user, String password) {
        List<Boolean> in = new ArrayList<>();
        in.add(send(get("/engine-rest/task?maxResults=1", basic(user, password)))
                        .statusCode()
                != 401);
        in.add(send(get("/api/board", basic(user, password))).statusCode() != 401);
        in.add(WebLogin.open(this, false).login(user, password).statusCode() != 401);
        return in;
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
        final HttpResponse<String> page;
        final Map<String, String> cookies = new LinkedHashMap<>();

        private WebLogin(HardeningIntegrationTest test, boolean https) {
            this.test = test;
            this.https = https;
            this.page = test.send(request(TASKLIST).GET().build());
            remember(page);
        }

        static WebLogin open(HardeningIntegrationTest test, boolean https) {
            return new WebLogin(test, https);
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(test.uri(path));
            if (https) {
                builder.header("X-Forwarded-Proto", "https");
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

        private void remember(HttpResponse<String> response) {
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
        return HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
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
