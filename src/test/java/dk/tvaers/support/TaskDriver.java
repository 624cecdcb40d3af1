package dk.tvaers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Works tasks as the demo users do in Tasklist: through Camunda's REST API, as the user, with authorization on; and
 * runs timers as the job executor does when their time comes.
 */
public final class TaskDriver {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    private final Function<String, TestRestTemplate> as;
    private final ProcessEngine engine;

    public TaskDriver(Function<String, TestRestTemplate> as, ProcessEngine engine) {
        this.as = as;
        this.engine = engine;
    }

    /** The user's open tasks under a business key (called processes share it), optionally of one kind. */
    public List<Map<String, Object>> tasks(String user, String businessKey, String taskKey) {
        // a page, as every REST query must ask for (queryMaxResultsLimit)
        String url = "/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + businessKey
                + (taskKey == null ? "" : "&taskDefinitionKey=" + taskKey);
        return as.apply(user).exchange(url, HttpMethod.GET, null, LIST).getBody();
    }

    /** Tries to complete the first open task of the kind as the user: the engine's answer, success or refusal. */
    @SuppressWarnings("rawtypes")
    public ResponseEntity<Map> tryComplete(
            String user, String businessKey, String taskKey, Map<String, Object> variables) {
        return completing(user, businessKey, taskKey, variables, Map.class);
    }

    private <T> ResponseEntity<T> completing(
            String user, String businessKey, String taskKey, Map<String, Object> variables, Class<T> answer) {
        List<Map<String, Object>> open = tasks(user, businessKey, taskKey);
        assertThat(open).as("%s sees an open %s", user, taskKey).isNotEmpty();
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return as.apply(user)
                .postForEntity(
                        "/engine-rest/task/" + open.get(0).get("id") + "/complete", Map.of("variables", typed), answer);
    }

    /** Completes the first open task of the kind as the user, with the form's variables. */
    public void complete(String user, String businessKey, String taskKey, Map<String, Object> variables) {
        ResponseEntity<String> completed = completing(user, businessKey, taskKey, variables, String.class);
        assertThat(completed.getStatusCode().is2xxSuccessful())
                .as("%s completes %s: %s", user, taskKey, completed.getBody())
                .isTrue();
    }

    /**
     * Mette transfers a case whose family moved (the early end started by {@code POST /api/cases/{n}/end}): after
     * this the case is closed.
     */
    public void transferCase(String caseNumber) {
        complete(
                "mette",
                caseNumber,
                "user_transfer_case",
                Map.of(
                        "receivingMunicipality",
                        "Aarhus Kommune",
                        "transferSentOn",
                        "2026-03-05",
                        "materialSummary",
                        true,
                        "materialJournal",
                        true));
    }

    /** Claims the first open task of the kind for the user, as "Tag opgaven" in Tasklist does. */
    public void claim(String user, String businessKey, String taskKey) {
        Object id = tasks(user, businessKey, taskKey).get(0).get("id");
        ResponseEntity<String> claimed = as.apply(user)
                .postForEntity("/engine-rest/task/" + id + "/claim", Map.of("userId", user), String.class);
        assertThat(claimed.getStatusCode().is2xxSuccessful())
                .as("%s claims %s", user, taskKey)
                .isTrue();
    }

    /** The one timer job of a process instance at an activity. */
    public Job timer(String processInstanceId, String activityId) {
        Job job = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .singleResult();
        assertThat(job).as("timer %s", activityId).isNotNull();
        return job;
    }

    /** Runs a timer job, as the job executor does when its time has come. */
    public void run(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    /** Cockpit's "Retry" of a failed job ({@code PUT /engine-rest/job/{id}/retries}, one more try) as the client. */
    public static ResponseEntity<String> retryJob(TestRestTemplate client, String jobId) {
        return client.exchange(
                "/engine-rest/job/" + jobId + "/retries",
                HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(Map.of("retries", 1)),
                String.class);
    }
}
