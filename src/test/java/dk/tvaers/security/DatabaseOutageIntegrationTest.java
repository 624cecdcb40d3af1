package dk.tvaers.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.support.PostgresDatabases;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.WebappLogin;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 16, point 1: while PostgreSQL refuses the application's database, Tværs's API, the engine's REST API, the
 * webapps' API and the workspace's pages answer 503 with Retry-After and a Danish problem or page within a few seconds
 * (the pool's connection timeout, 2 s in the tests, 3 s by default), health says DOWN, and all of it recovers by
 * itself when the database takes connections again.
 */
class DatabaseOutageIntegrationTest extends PostgresIntegrationTest {

    /**
     * What "a few seconds" means here: at most two waits of the pool's 2 s connection timeout (the webapps' session
     * check, then the command) on a loaded 2-core machine; most answers come at once (the filter's short circuit).
     */
    private static final Duration BOUND = Duration.ofSeconds(8);

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void everyPathAnswers503InDanishWhileTheDatabaseIsAwayAndRecoversByItself() throws Exception {
        WebappLogin.Session session = WebappLogin.login(http, "tasklist", "mette", "demo");
        assertThat(session.response().getStatusCode().value()).isEqualTo(200);
        String unknownCase = "/api/cases/TV-1999-99999";
        int before = as("mette")
                .getForEntity(unknownCase, String.class)
                .getStatusCode()
                .value();
        assertThat(before).isBetween(400, 499);
        assertThat(as("mette")
                        .getForEntity("/engine-rest/task?maxResults=5", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        int status;
        PostgresDatabases.refuse(url);
        try {
            // Tværs's API, as a program: a Danish problem
            ResponseEntity<String> api = timed(() -> as("mette").getForEntity(unknownCase, String.class));
            assertOutageProblem(api);
            ResponseEntity<String> write = timed(() -> as("mette")
                    .exchange(
                            "/api/cases/TV-1999-99999/journal",
                            HttpMethod.POST,
                            json("{\"kind\":\"NOTE\",\"text\":\"x\"}"),
                            String.class));
            assertOutageProblem(write);
            // the engine's REST API
            assertOutageProblem(timed(() -> as("mette").getForEntity("/engine-rest/task?maxResults=5", String.class)));
            // the webapps' engine API (Tasklist's calls) with the session: the problem carries Camunda's "message"
            ResponseEntity<String> tasklist = timed(() -> http.exchange(
                    "/camunda/api/engine/engine/default/task/count",
                    HttpMethod.GET,
                    new HttpEntity<>(session.headers()),
                    String.class));
            assertOutageProblem(tasklist);
            assertThat(tasklist.getBody()).contains("\"message\":\"Databasen svarer ikke");
            // a page in the browser: a Danish page, no stack trace
            HttpHeaders browser = session.headers();
            browser.setAccept(java.util.List.of(MediaType.TEXT_HTML));
            ResponseEntity<String> page =
                    timed(() -> http.exchange("/workspace/", HttpMethod.GET, new HttpEntity<>(browser), String.class));
            assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(503);
            assertThat(page.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
            assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                    .isTrue();
            assertThat(page.getBody())
                    .contains("lang=\"da\"", "Tværs er midlertidigt utilgængelig", "Intet af det")
                    .doesNotContain("Exception", "SQL", "org.");
            // health says DOWN
            ResponseEntity<String> health = timed(() -> http.getForEntity("/actuator/health", String.class));
            assertThat(health.getStatusCode().value()).isEqualTo(503);
            assertThat(health.getBody()).contains("DOWN");
        } finally {
            PostgresDatabases.allow(url);
            // whatever failed above, the next test class finds the database answering again
            status = awaitRecovery(unknownCase);
        }
        assertThat(status).isEqualTo(before);
        assertThat(as("mette")
                        .getForEntity("/engine-rest/task?maxResults=5", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(http.exchange(
                                "/camunda/api/engine/engine/default/task/count",
                                HttpMethod.GET,
                                new HttpEntity<>(session.headers()),
                                String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(http.getForEntity("/actuator/health", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    /** Asks until the answer is no longer 503 (at most 30 s) and returns it. */
    private int awaitRecovery(String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status;
        do {
            status =
                    as("mette").getForEntity(path, String.class).getStatusCode().value();
        } while (status == 503 && System.nanoTime() < deadline);
        return status;
    }

    private static void assertOutageProblem(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(answer.getHeaders().getContentType())
                .isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "problem+json");
        assertThat(answer.getBody())
                .contains("Databasen svarer ikke")
                .doesNotContain("Exception", "SQL", "org.camunda", "java.", "ENGINE-");
    }

    /** The answer, which must come within the bound. */
    private static <T> T timed(Supplier<T> request) {
        long start = System.nanoTime();
        T answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("answered within %s", BOUND).isLessThan(BOUND);
        return answer;
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
