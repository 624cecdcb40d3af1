package dk.tvaers.board;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.ChildInvestigationProcess;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The case page's data on PostgreSQL: every screening over time, and the timeline of phases and tasks. */
class CasePageIntegrationTest extends PostgresIntegrationTest {

    private static final String DISTRICT = "Valby";
    private static final AtomicInteger SERIAL = new AtomicInteger(400);

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyScreeningOfEachMemberComesByDateOldestFirst() {
        String caseNumber = refer();
        List<Map<String, Object>> members = members(caseNumber);
        Object parent = members.get(0).get("id");
        Object child = members.get(1).get("id");
        LocalDate today = LocalDate.now();
        screen(caseNumber, child, today.minusDays(60), Map.of("SCHOOL_EDUCATION", 2, "CRIME_RISK", 1));
        screen(caseNumber, child, today.minusDays(1), Map.of("SCHOOL_EDUCATION", 4, "CRIME_RISK", 3));
        screen(caseNumber, child, today.minusDays(30), Map.of("SCHOOL_EDUCATION", 3, "CRIME_RISK", 2));
        screen(caseNumber, parent, today.minusDays(10), Map.of("EMPLOYMENT", 2));

        ResponseEntity<Map> response = as("mette").getForEntity("/api/cases/" + caseNumber + "/screenings", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> history = response.getBody();
        assertThat(history)
                .containsEntry("caseNumber", caseNumber)
                .containsEntry("lowest", 1)
                .containsEntry("highest", 5);
        List<Map<String, Object>> screened = (List<Map<String, Object>>) history.get("members");
        assertThat(screened).extracting(m -> m.get("memberId")).containsExactly(parent, child);
        List<Map<String, Object>> childScreenings =
                (List<Map<String, Object>>) screened.get(1).get("screenings");
        assertThat(childScreenings)
                .extracting(s -> s.get("screenedOn"))
                .containsExactly(
                        today.minusDays(60).toString(),
                        today.minusDays(30).toString(),
                        today.minusDays(1).toString());
        assertThat((Map<String, Object>) childScreenings.get(2).get("scores"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SCHOOL_EDUCATION", 4, "CRIME_RISK", 3));

        ResponseEntity<Map> missing = as("mette").getForEntity("/api/cases/TV-1999-99999/screenings", Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).containsEntry("field", "caseNumber");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTimelineShowsThePhasesAndEveryTaskDoneOpenOrOverdueTheChildInvestigationsIncluded() {
        String caseNumber = refer();
        Object child = members(caseNumber).get(1).get("id");
        TaskDriver driver = new TaskDriver(this::as, engine);
        driver.complete(
                "mette",
                caseNumber,
                FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS,
                Map.of(FamilyInterventionIds.Variables.MEMBERS_REGISTERED, true));

        Map<String, Object> timeline = timeline(caseNumber);
        List<Map<String, Object>> phases = (List<Map<String, Object>>) timeline.get("phases");
        assertThat(phases).extracting(p -> p.get("phase")).containsExactly("REFERRAL", "INVESTIGATION");
        assertThat(phases.get(0).get("endedAt")).isEqualTo(phases.get(1).get("startedAt"));
        assertThat(phases.get(1).get("endedAt")).isNull();

        List<Map<String, Object>> tasks = (List<Map<String, Object>>) timeline.get("tasks");
        Map<String, Object> registration = task(tasks, FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS);
        assertThat(registration)
                .containsEntry("state", "DONE")
                .containsEntry("completedBy", "mette")
                .containsEntry("process", FamilyInterventionProcess.KEY)
                .containsEntry("candidateGroups", List.of("coordinator"))
                .containsEntry("late", false)
                .containsEntry("memberId", null);
        assertThat(registration.get("completed")).isNotNull();
        assertThat(registration.get("due")).isNotNull();

        // the child's investigation runs in a called instance: its task is on the case's timeline, for SOF
        Map<String, Object> investigation = task(tasks, ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION);
        assertThat(investigation)
                .containsEntry("state", "OPEN")
                .containsEntry("process", ChildInvestigationProcess.KEY)
                .containsEntry("administration", "sof")
                .containsEntry("completed", null);
        assertThat(((Number) investigation.get("memberId")).longValue()).isEqualTo(((Number) child).longValue());
        // its id opens it in Tasklist (the case page links /camunda/app/tasklist/default/#/?task={id})
        assertThat(investigation.get("id"))
                .isEqualTo(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .taskDefinitionKey(ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION)
                        .singleResult()
                        .getId());

        // the statutory deadline: the awareness date plus 4 months (Barnets Lov §20), the investigation's due day
        Map<String, Object> referral = (Map<String, Object>)
                as("mette").getForObject("/api/cases/" + caseNumber, Map.class).get("referral");
        LocalDate aware = LocalDate.parse((String) referral.get("awarenessDate"));
        assertThat(timeline).containsEntry("awarenessDate", aware.toString());
        assertThat(timeline)
                .containsEntry("statutoryDeadline", aware.plusMonths(4).toString());
        assertThat(OffsetDateTime.parse((String) investigation.get("due")).toLocalDate())
                .isEqualTo(aware.plusMonths(4));

        // past the statutory deadline (4 months from the awareness date) the open investigation is overdue
        clock.set(Instant.now().plus(130, ChronoUnit.DAYS));
        Map<String, Object> later = timeline(caseNumber);
        assertThat(task(
                        (List<Map<String, Object>>) later.get("tasks"),
                        ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION))
                .containsEntry("state", "OVERDUE");
        assertThat(OffsetDateTime.parse((String) later.get("now")))
                .isAfter(OffsetDateTime.now().plusDays(100));

        ResponseEntity<Map> missing = as("mette").getForEntity("/api/cases/TV-1999-99999/timeline", Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/cases/" + caseNumber + "/timeline", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseEndedEarlyShowsItsOpenTasksAsCancelled() {
        String caseNumber = refer();
        ResponseEntity<String> ended = as("mette")
                .postForEntity("/api/cases/" + caseNumber + "/end", Map.of("reason", "MOVED_AWAY"), String.class);
        assertThat(ended.getStatusCode().is2xxSuccessful()).as(ended.getBody()).isTrue();
        new TaskDriver(this::as, engine).transferCase(caseNumber);

        Map<String, Object> timeline = timeline(caseNumber);
        assertThat(task(
                        (List<Map<String, Object>>) timeline.get("tasks"),
                        FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS))
                .containsEntry("state", "CANCELLED")
                .containsEntry("completed", null);
        assertThat((List<Map<String, Object>>) timeline.get("phases"))
                .extracting(p -> p.get("phase"))
                .containsExactly("REFERRAL", "CLOSED");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> timeline(String caseNumber) {
        ResponseEntity<Map> response = as("henrik").getForEntity("/api/cases/" + caseNumber + "/timeline", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static Map<String, Object> task(List<Map<String, Object>> tasks, String key) {
        return tasks.stream()
                .filter(t -> key.equals(t.get("taskKey")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task " + key + " in " + tasks));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> members(String caseNumber) {
        return (List<Map<String, Object>>)
                as("mette").getForObject("/api/cases/" + caseNumber, Map.class).get("members");
    }

    private void screen(String caseNumber, Object member, LocalDate on, Map<String, Integer> scores) {
        List<Map<String, Object>> list = scores.entrySet().stream()
                .map(e -> Map.<String, Object>of("domain", e.getKey(), "score", e.getValue()))
                .toList();
        ResponseEntity<Map> stored = as("mette")
                .postForEntity(
                        "/api/cases/" + caseNumber + "/screenings",
                        Map.of("memberId", member, "screenedOn", on.toString(), "scores", list),
                        Map.class);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private String refer() {
        int n = SERIAL.incrementAndGet();
        return FamilyScenario.in(DISTRICT)
                .referredBy("SCHOOL", "Fravær og uro", 3)
                .member("Forælder", "0202" + "80-1" + String.format("%03d", n), "PARENT")
                .member("Barn", "0202" + "14-4" + String.format("%03d", n), "CHILD")
                .refer(this::as);
    }
}
