package dk.tvaers.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.support.Investigations;
import dk.tvaers.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The client mistakes that Camunda's REST API answered with 500 (issue 10, 9): each now gets the 4xx that says what
 * happened, in Danish, without internal class names, and leaves the task as it was.
 */
class EngineErrorsIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void aMissingOrCompletedTaskIs404OnBothPaths() {
        String task = openInvestigation();
        Map<String, Object> done = Map.of(
                "variables",
                Map.of(
                        "investigationConclusion", value("SUPPORT_NEEDED"),
                        "investigationFinished", value(true)));
        assertThat(post("sofie", "/engine-rest/task/" + task + "/complete", done)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        // a double click, a retry: the task is gone
        ResponseEntity<String> again = post("sofie", "/engine-rest/task/" + task + "/complete", done);
        assertDanish(again, 404);
        assertDanish(post("sofie", "/engine-rest/task/no-such-task/submit-form", done), 404);
        assertDanish(post("sofie", "/engine-rest/task/" + task + "/claim", Map.of("userId", "sofie")), 404);
    }

    @Test
    void twoCompletionsAtOnceGiveOneCompletionAndAConflictOrNotFound() throws Exception {
        String task = openInvestigation();
        Map<String, Object> done = Map.of(
                "variables",
                Map.of(
                        "investigationConclusion", value("SUPPORT_NEEDED"),
                        "investigationFinished", value(true)));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (String user : List.of("sofie", "mette")) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return post(user, "/engine-rest/task/" + task + "/complete", done)
                        .getStatusCode()
                        .value();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        assertThat(statuses).containsOnlyOnce(204);
        assertThat(statuses).allMatch(s -> s == 204 || s == 404 || s == 409);
    }

    @Test
    void badValuesAre400NamingTheFieldAndTheTaskStaysOpen() {
        String task = openInvestigation();
        String url = "/engine-rest/task/" + task + "/complete";
        // a checkbox sent as text
        ResponseEntity<String> text = post(
                "sofie",
                url,
                Map.of(
                        "variables",
                        Map.of(
                                "investigationConclusion", value("SUPPORT_NEEDED"),
                                "investigationFinished", value("yes"))));
        assertDanish(text, 400);
        assertThat(text.getBody()).contains("\"field\":\"investigationFinished\"");
        // NUL in a value
        assertDanish(
                post(
                        "sofie",
                        url,
                        Map.of(
                                "variables",
                                Map.of(
                                        "investigationConclusion", value("SUPPORT\u0000NEEDED"),
                                        "investigationFinished", value(true)))),
                400);
        // a variable name over 255 characters
        assertDanish(post("sofie", url, Map.of("variables", Map.of("x".repeat(300), value("a")))), 400);
        // a URL with a trailing slash or a matrix parameter does not get around the check
        assertThat(post("sofie", url + "/", Map.of("variables", Map.of("district", value("Valby"))))
                        .getStatusCode()
                        .is2xxSuccessful())
                .isFalse();
        assertThat(post("sofie", url + ";x=1", Map.of("variables", Map.of("district", value("Valby"))))
                        .getStatusCode()
                        .value())
                .isBetween(300, 499);
        // JSON nested deeper than a parser allows
        String deep = "{\"variables\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
        ResponseEntity<String> nested = raw("sofie", url, deep);
        assertThat(nested.getStatusCode().value()).isBetween(400, 499);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count())
                .isOne();
    }

    @Test
    void aStartFormWithTheWrongTypesIs400() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("district", value(7));
        variables.put("referralSource", value("SCHOOL"));
        variables.put("awarenessDate", value("2026-02-31"));
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();
        ResponseEntity<String> refused = post(
                "mette",
                "/engine-rest/process-definition/key/family-intervention/submit-form",
                Map.of("variables", variables));
        assertDanish(refused, 400);
        assertThat(refused.getBody()).contains("Bydel");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(before);
    }

    @Test
    void anEscalationFromOutsideIs403() {
        String task = openInvestigation();
        assertDanish(
                post("sofie", "/engine-rest/task/" + task + "/bpmnEscalation", Map.of("escalationCode", "x")), 403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count())
                .isOne();
    }

    private static void assertDanish(ResponseEntity<String> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getBody())
                .doesNotContain("Exception:", "ENGINE-", "org.camunda", "java.", "SQL")
                .containsPattern("[æøåÆØÅ]|Opgaven|Forespørgslen|Formularen|ikke");
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private ResponseEntity<String> post(String user, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> raw(String user, String url, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** An open child investigation whose child has been heard, so that finishing it is allowed. */
    private String openInvestigation() {
        Investigations.Open open = Investigations.open(this::as, engine, "Valby", "Barn Fejl");
        dk.tvaers.support.ChildVoiceSteps.hearChildren(this::as, open.caseNumber());
        return open.taskId();
    }
}
