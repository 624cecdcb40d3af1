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
    void aCompletedTaskIs409ForItsGroupAndAMissingOne404() {
        String task = openInvestigation();
        Map<String, Object> done = finished();
        assertThat(post("sofie", "/engine-rest/task/" + task + "/complete", done)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        // a double click, a retry, a colleague of her group: the task was completed by someone else
        ResponseEntity<String> again = post("sofie", "/engine-rest/task/" + task + "/complete", done);
        assertDanish(again, 409);
        assertThat(again.getBody()).contains("Opgaven er allerede afsluttet eller ændret af en anden");
        assertDanish(post("mette", "/engine-rest/task/" + task + "/submit-form", done), 409);
        assertDanish(post("sofie", "/engine-rest/task/" + task + "/claim", Map.of("userId", "sofie")), 409);
        // another administration learns nothing of the task: 404, as for one that never was
        assertDanish(post("jonas", "/engine-rest/task/" + task + "/complete", done), 404);
        assertDanish(post("sofie", "/engine-rest/task/no-such-task/submit-form", done), 404);
    }

    @Test
    void twoCompletionsAtOnceGiveOneCompletionAndAConflictOrNotFound() throws Exception {
        String task = openInvestigation();
        Map<String, Object> done = finished();
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
        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        assertCompletedOnce(task);
    }

    @Test
    void twoCompletionsAtOnceInTasklistGiveOneCompletionAndA409InDanish() throws Exception {
        String task = openInvestigation();
        Map<String, Object> done = finished();
        List<HttpHeaders> sessions = new ArrayList<>();
        for (String user : List.of("sofie", "mette")) {
            sessions.add(tasklistSession(user));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<String>>> answers = new ArrayList<>();
        for (HttpHeaders session : sessions) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return http.exchange(
                        "/camunda/api/engine/engine/default/task/" + task + "/submit-form",
                        HttpMethod.POST,
                        new HttpEntity<>(done, session),
                        String.class);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<ResponseEntity<String>> answer : answers) {
            ResponseEntity<String> a = answer.get();
            statuses.add(a.getStatusCode().value());
            if (a.getStatusCode().value() == 409) {
                assertDanish(a, 409);
                assertThat(a.getBody()).contains("allerede afsluttet eller ændret af en anden");
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        assertCompletedOnce(task);
        // Tasklist opens the form of the task that vanished meanwhile: 409 for her, not a server error
        ResponseEntity<String> form = http.exchange(
                "/camunda/api/engine/engine/default/task/" + task + "/form-variables",
                HttpMethod.GET,
                new HttpEntity<>(sessions.get(1)),
                String.class);
        assertThat(form.getStatusCode().value()).as(form.getBody()).isIn(404, 409);
        ResponseEntity<String> deployedForm = http.exchange(
                "/camunda/api/engine/engine/default/task/" + task + "/deployed-form",
                HttpMethod.GET,
                new HttpEntity<>(sessions.get(1)),
                String.class);
        assertThat(deployedForm.getStatusCode().value())
                .as(deployedForm.getBody())
                .isIn(404, 409);
    }

    /** The task ended once, and what followed it in the case is there once (no step twice). */
    private void assertCompletedOnce(String task) {
        var ended = engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskId(task)
                .finished()
                .singleResult();
        assertThat(ended).isNotNull();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(ended.getProcessInstanceId())
                        .activityId(ended.getTaskDefinitionKey())
                        .finished()
                        .count())
                .isOne();
        List<String> open =
                engine
                        .getTaskService()
                        .createTaskQuery()
                        .processInstanceId(ended.getProcessInstanceId())
                        .list()
                        .stream()
                        .map(t -> t.getTaskDefinitionKey())
                        .toList();
        assertThat(open).doesNotHaveDuplicates();
    }

    /** Tasklist's session and CSRF token for the user. */
    private HttpHeaders tasklistSession(String user) {
        HttpHeaders headers = dk.tvaers.support.WebappLogin.login(http, "tasklist", user, "demo")
                .headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> me = http.exchange(
                "/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        String token = me.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            headers.set("X-XSRF-TOKEN", token);
        }
        return headers;
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

    /** The completion of a child investigation: finished, support needed. */
    private static Map<String, Object> finished() {
        return Map.of(
                "variables",
                Map.of(
                        "investigationConclusion", value("SUPPORT_NEEDED"),
                        "investigationFinished", value(true)));
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
