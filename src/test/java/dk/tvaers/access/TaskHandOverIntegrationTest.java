package dk.tvaers.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.support.Investigations;
import dk.tvaers.support.PostgresIntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Handing a task on: within its candidate groups only, and whoever loses it loses the access it gave her. */
class TaskHandOverIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void aCandidateHandsATaskToAColleagueAndOnlyTheHolderMayGiveItBack() {
        Investigations.Open c = openInvestigation();
        String task = "/engine-rest/task/" + c.taskId();
        assertThat(as("sofie")
                        .postForEntity(task + "/claim", Map.of("userId", "sofie"), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        // another SOF caseworker may not take it from her, nor put it back
        assertThat(as("mette")
                        .postForEntity(task + "/claim", Map.of("userId", "mette"), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        assertThat(as("mette")
                        .postForEntity(task + "/unclaim", Map.of(), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        // she hands it to a colleague of the candidate group
        assertThat(as("sofie")
                        .postForEntity(task + "/assignee", Map.of("userId", "mette"), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(c.taskId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo("mette");
    }

    @Test
    void whoeverLosesATaskLosesTheAccessItGave() {
        Investigations.Open c = openInvestigation();
        // a task held by someone outside its groups (assigned before the guard, or by a model's listener)
        engine.getTaskService().setAssignee(c.taskId(), "birgitte");
        assertThat(as("birgitte")
                        .getForEntity("/api/cases/" + c.caseNumber(), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        // the team lead (SOF) gives it back to the group: birgitte keeps nothing
        assertThat(as("henrik")
                        .postForEntity("/engine-rest/task/" + c.taskId() + "/unclaim", Map.of(), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(engine.getAuthorizationService()
                        .createAuthorizationQuery()
                        .userIdIn("birgitte")
                        .resourceId(c.taskId())
                        .count())
                .isZero();
        ResponseEntity<String> after = as("birgitte").getForEntity("/api/cases/" + c.caseNumber(), String.class);
        assertThat(after.getStatusCode().value()).isEqualTo(403);
        assertThat(as("birgitte")
                        .getForEntity("/engine-rest/task/" + c.taskId(), String.class)
                        .getStatusCode()
                        .value())
                .isIn(403, 404);
    }

    private Investigations.Open openInvestigation() {
        return Investigations.open(this::as, engine, "Vanløse", "Barn Overdragelse");
    }
}
