package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.FamilyInterventionIds.Elements;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import dk.tvaers.referral.Families;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.RefusedWrites;
import dk.tvaers.support.TaskDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Support while investigating on real PostgreSQL, through {@code POST /api/cases/{case}/urgent-support}: the SOF
 * caseworker who investigates asks, the team chief decides in Tasklist, SOF starts the support, and the child
 * investigations run on. Everyone else is refused and nothing changes.
 */
class UrgentSupportIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theInvestigatingCaseworkerAsksAndTheTeamChiefDecidesWhileTheInvestigationRuns() {
        FamilyScenario.Registered registered = family().registered(this::as, engine);
        String caseNumber = registered.caseNumber();

        ResponseEntity<String> asked = as("sofie").postForEntity(url(caseNumber), null, String.class);

        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        List<Map<String, Object>> decisions = driver().tasks("lars", caseNumber, Elements.USER_DECIDE_URGENT_SUPPORT);
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).get("name")).isEqualTo("Beslut akut støtte under undersøgelsen");
        driver().complete(
                        "lars",
                        caseNumber,
                        Elements.USER_DECIDE_URGENT_SUPPORT,
                        Map.of(Variables.URGENT_SUPPORT, "MENTOR", Variables.URGENT_SUPPORT_DECIDED, true));
        driver().complete(
                        "sofie",
                        caseNumber,
                        Elements.USER_START_URGENT_SUPPORT,
                        Map.of(
                                Variables.URGENT_SUPPORT_START_DATE,
                                LocalDate.now().toString(),
                                Variables.URGENT_SUPPORT_STARTED,
                                true));
        // the investigation is untouched and still open for SOF
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(registered.investigationTaskId())
                        .count())
                .isOne();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .activityId(Elements.END_URGENT_SUPPORT_STARTED)
                        .processInstanceId(familyInstance(caseNumber))
                        .count())
                .isOne();
    }

    @Test
    void anotherAdministrationAProcessDesignerAndNoPasswordAreRefusedAndNothingChanges() {
        String caseNumber = family().registered(this::as, engine).caseNumber();
        Snapshot before = snapshot(caseNumber);

        RefusedWrites.assertPostRefused(
                this::as, http, url(caseNumber), List.of("jonas", "fatima", "karen", "peter", "birgitte"));

        assertThat(snapshot(caseNumber)).isEqualTo(before);
    }

    @Test
    void withoutARunningInvestigationThereIsNothingToAskForAndNothingChanges() {
        String caseNumber = family().refer(this::as);
        Snapshot before = snapshot(caseNumber);

        ResponseEntity<Map> refused = as("mette").postForEntity(url(caseNumber), null, Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) refused.getBody().get("detail")).contains("venter ikke på en børnefaglig undersøgelse");
        assertThat(snapshot(caseNumber)).isEqualTo(before);
    }

    /** What a refused request must leave as it was: the case's tasks, variables and event subscriptions. */
    record Snapshot(List<String> tasks, Map<String, Object> variables, long subscriptions, long activities) {}

    private Snapshot snapshot(String caseNumber) {
        String instance = familyInstance(caseNumber);
        return new Snapshot(
                engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
                        .map(t -> t.getTaskDefinitionKey() + "/" + t.getId())
                        .sorted()
                        .toList(),
                engine.getRuntimeService().getVariables(instance),
                engine.getRuntimeService()
                        .createEventSubscriptionQuery()
                        .processInstanceId(instance)
                        .count(),
                engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .count());
    }

    private String familyInstance(String caseNumber) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .singleResult()
                .getId();
    }

    private static FamilyScenario family() {
        return FamilyScenario.in("Valby")
                .member("Lone Hansen", Families.uniqueCpr(41), "PARENT")
                .member("Emil Hansen", Families.uniqueCpr(13), "CHILD");
    }

    private static String url(String caseNumber) {
        return "/api/cases/" + caseNumber + "/urgent-support";
    }

    private TaskDriver driver() {
        return new TaskDriver(this::as, engine);
    }
}
