package dk.tvaers.referral;

import static dk.tvaers.process.FamilyInterventionIds.Elements.*;
import static dk.tvaers.referral.Families.aged;
import static dk.tvaers.referral.Families.cpr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.support.ChildVoiceSteps;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A realistic family on real PostgreSQL, from referral to closing: two parents and three children, the eldest 17,
 * referred by SSP in category 4. Every task is completed through Camunda's REST API by the demo user whose group
 * owns it (authorization checks on); timers are run as the job executor would when their time comes. The case record
 * is read through the case API at each phase.
 */
class FamilyCourseIntegrationTest extends PostgresIntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    @Autowired
    ProcessEngine engine;

    @Autowired
    dk.tvaers.family.CaseEndings endings;

    @Test
    @SuppressWarnings("unchecked")
    void aReferredFamilyRunsTheWholeCourseToClosing() {
        String caseNumber = refer();
        assertThat(phase(caseNumber)).isEqualTo("REFERRAL");

        complete("mette", caseNumber, USER_REGISTER_MEMBERS, Map.of(Variables.MEMBERS_REGISTERED, true));

        // the coordinator who registered the family is its coordinator
        assertThat(as("henrik")
                        .getForObject("/api/cases/" + caseNumber, Map.class)
                        .get("coordinator"))
                .isEqualTo("mette");

        // one child investigation per child, the 17-year-old included, each for a SOF caseworker
        assertThat(phase(caseNumber)).isEqualTo("INVESTIGATION");
        List<Map<String, Object>> investigations =
                tasks("sofie", caseNumber, ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION);
        assertThat(investigations).hasSize(3).allSatisfy(task -> assertThat(task.get("name"))
                .isEqualTo("Børnefaglig undersøgelse (Barnets Lov §20)"));
        assertThat(tasks("fatima", caseNumber, ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION))
                .isEmpty();
        ChildVoiceSteps.hearChildren(this::as, caseNumber);
        for (int i = 0; i < 3; i++) {
            complete(
                    "sofie",
                    caseNumber,
                    ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                    Map.of(
                            ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                            "SUPPORT_NEEDED",
                            ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                            true));
        }

        assertThat(phase(caseNumber)).isEqualTo("VISITATION");
        complete(
                "lars",
                caseNumber,
                USER_DECIDE_VISITATION,
                Map.of(
                        Variables.VISITATION_DECISION,
                        FamilyInterventionProcess.Visitation.VISITED.name(),
                        Variables.VISITATION_REASON,
                        "SSP-kategori 4 og yngre søskende i risiko"));
        assertThat(phase(caseNumber)).isEqualTo("VISITATION");
        ChildVoiceSteps.decideSupport(this::as, engine, caseNumber);

        assertThat(phase(caseNumber)).isEqualTo("PLANNING");
        agreePlan(caseNumber);
        complete(
                "mette",
                caseNumber,
                USER_FAMILY_MEETING_PLAN,
                Map.of(
                        Variables.PLAN_RECORDED, true,
                        Variables.CONSENT_RECORDED, true,
                        Variables.CHILD_WISHES, "Vil gerne i klub",
                        Variables.PLAN_BUF, true,
                        Variables.PLAN_BIF, true,
                        Variables.PLAN_KFF, false));
        complete("sofie", caseNumber, USER_ACCEPT_GOALS_SOF, Map.of(Variables.GOALS_ACCEPTED, true));
        complete("jonas", caseNumber, USER_ACCEPT_GOALS_BUF, Map.of(Variables.GOALS_ACCEPTED, true));
        assertThat(tasks("karen", caseNumber, USER_ACCEPT_GOALS_KFF)).isEmpty();
        // the BIF caseworker sees the goal routed to BIF and completes it
        assertThat(tasks("fatima", caseNumber, null))
                .extracting(task -> task.get("name"))
                .containsExactly("Godkend BIF's mål i handleplanen");
        complete("fatima", caseNumber, USER_ACCEPT_GOALS_BIF, Map.of(Variables.GOALS_ACCEPTED, true));

        assertThat(phase(caseNumber)).isEqualTo("INTENSIVE");
        String today = LocalDate.now().toString();
        complete("sofie", caseNumber, USER_OFFER_SOF, offer(today));
        complete("jonas", caseNumber, USER_OFFER_BUF, offer(today));
        complete("fatima", caseNumber, USER_OFFER_BIF, offer(today));

        // the coordination meeting comes round and gives KFF a task
        runTimer(caseNumber, START_COORDINATION_MEETING);
        complete(
                "mette",
                caseNumber,
                USER_HOLD_COORDINATION_MEETING,
                Map.of(
                        Variables.MINUTES_RECORDED, true,
                        Variables.MEETING_TASK_SOF, false,
                        Variables.MEETING_TASK_BUF, false,
                        Variables.MEETING_TASK_BIF, false,
                        Variables.MEETING_TASK_KFF, true,
                        Variables.MEETING_TASK_DESCRIPTION, "Find en fodboldklub til den mellemste"));
        assertThat(tasks("karen", caseNumber, USER_MEETING_TASK_KFF)).hasSize(1);
        complete("karen", caseNumber, USER_MEETING_TASK_KFF, Map.of(Variables.MEETING_TASK_DONE, true));
        runTimer(caseNumber, START_QUARTERLY_REPORT);
        complete("mette", caseNumber, USER_QUARTERLY_REPORT, Map.of(Variables.REPORT_SENT, true));

        // the intensive phase ends on the coordinator's decision after the re-screening, not on the clock
        runTimer(caseNumber, TIMER_PROGRESS_REVIEW);
        complete("mette", caseNumber, USER_RESCREENING, Map.of(Variables.RESCREENING_RECORDED, true));
        assertThat(phase(caseNumber)).isEqualTo("INTENSIVE");
        complete("mette", caseNumber, USER_DECIDE_PROGRESS, Map.of(Variables.PROGRESS_DECISION, "PHASE_OUT"));
        complete("mette", caseNumber, USER_PLAN_PHASE_OUT, Map.of(Variables.PHASE_OUT_PLANNED, true));
        assertThat(phase(caseNumber)).isEqualTo("PHASE_OUT");
        // meetings go on in the phase-out
        runTimer(caseNumber, START_COORDINATION_MEETING);
        complete(
                "mette",
                caseNumber,
                USER_HOLD_COORDINATION_MEETING,
                Map.of(
                        Variables.MINUTES_RECORDED, true,
                        Variables.MEETING_TASK_SOF, false,
                        Variables.MEETING_TASK_BUF, false,
                        Variables.MEETING_TASK_BIF, false,
                        Variables.MEETING_TASK_KFF, false));
        complete(
                "mette",
                caseNumber,
                USER_END_PHASE_OUT,
                Map.of(Variables.PHASE_OUT_ENDED, true, Variables.AFTERCARE_OFFER, "ACCEPTED"));
        complete("mette", caseNumber, USER_PLAN_AFTERCARE, Map.of(Variables.AFTERCARE_PLANNED, true));
        assertThat(phase(caseNumber)).isEqualTo("AFTERCARE");
        runTimer(caseNumber, TIMER_AFTERCARE_OVER);
        complete("mette", caseNumber, USER_AFTERCARE_FOLLOW_UP, Map.of(Variables.FOLLOW_UP_DONE, true));
        complete(
                "mette",
                caseNumber,
                USER_CLOSE_CASE,
                Map.of(Variables.OUTCOME, "GOALS_MET", Variables.HANDOVER_TO, "ORDINARY_SUPPORT"));

        Map<String, Object> closed = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        Map<String, Object> course = (Map<String, Object>) closed.get("course");
        assertThat(course.get("closeReason")).isEqualTo("COMPLETED");
        assertThat(course.get("outcome")).isEqualTo("GOALS_MET");
        assertThat((List<Map<String, Object>>) course.get("phases"))
                .extracting(p -> p.get("phase"))
                .containsExactly(
                        "INVESTIGATION", "VISITATION", "PLANNING", "INTENSIVE", "PHASE_OUT", "AFTERCARE", "CLOSED");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFamilyThatMovesIsTransferredAndItsRunningInvestigationHandedOverBeforeTheCaseCloses() {
        String caseNumber = refer();
        complete("mette", caseNumber, USER_REGISTER_MEMBERS, Map.of(Variables.MEMBERS_REGISTERED, true));
        assertThat(tasks("sofie", caseNumber, null)).hasSize(3);
        List<String> investigations = engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("child-investigation")
                .list()
                .stream()
                .map(i -> i.getId())
                .toList();
        assertThat(investigations).hasSize(3);

        assertThat(as("fatima")
                        .postForEntity("/api/cases/" + caseNumber + "/end", Map.of("reason", "MOVED_AWAY"), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("mette")
                        .postForEntity("/api/cases/" + caseNumber + "/end", Map.of("reason", "flyttet"), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Void> ended = as("mette")
                .postForEntity("/api/cases/" + caseNumber + "/end", Map.of("reason", "MOVED_AWAY"), Void.class);
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // nothing closed yet: the investigation runs until the coordinator has transferred the case
        assertThat(tasks("sofie", caseNumber, null)).hasSize(3);
        Map<String, Object> open = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        assertThat(open.get("status")).isEqualTo("OPEN");
        assertThat(as("mette")
                        .postForEntity("/api/cases/" + caseNumber + "/end", Map.of("reason", "MOVED_AWAY"), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        complete(
                "mette",
                caseNumber,
                USER_TRANSFER_CASE,
                Map.of(
                        Variables.RECEIVING_MUNICIPALITY,
                        "Aarhus Kommune",
                        Variables.TRANSFER_SENT_ON,
                        "2026-03-05",
                        Variables.MATERIAL_SUMMARY,
                        true,
                        Variables.MATERIAL_INVESTIGATIONS,
                        true));

        assertThat(tasks("sofie", caseNumber, null)).isEmpty();
        Map<String, Object> view = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        assertThat(view.get("status")).isEqualTo("CLOSED");
        assertThat(((Map<String, Object>) view.get("course")))
                .containsEntry("closeReason", "ENDED_EARLY")
                .containsEntry("outcome", "MOVED_AWAY");
        // the investigation was handed over, not deleted: its record names the municipality, its history the end
        assertThat(endings.transfer(caseNumber))
                .hasValueSatisfying(t -> assertThat(t.receivingMunicipality()).isEqualTo("Aarhus Kommune"));
        assertThat(endings.investigationEndings(caseNumber)).hasSize(3).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(dk.tvaers.family.CaseEndings.InvestigationEnding.HANDED_OVER);
            assertThat(e.receivingMunicipality()).isEqualTo("Aarhus Kommune");
        });
        for (String investigation : investigations) {
            assertThat(engine.getHistoryService()
                            .createHistoricActivityInstanceQuery()
                            .processInstanceId(investigation)
                            .activityId(ChildInvestigationIds.Elements.END_INVESTIGATION_HANDED_OVER)
                            .finished()
                            .count())
                    .isEqualTo(1);
        }
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .variableName(Variables.RECEIVING_MUNICIPALITY)
                        .processInstanceIdIn(engine
                                .getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey(caseNumber)
                                .list()
                                .stream()
                                .map(h -> h.getId())
                                .toArray(String[]::new))
                        .list())
                .allSatisfy(v -> assertThat(v.getState()).isEqualTo("DELETED"));
        assertThat(as("mette")
                        .postForEntity("/api/cases/" + caseNumber + "/end", Map.of("reason", "MOVED_AWAY"), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCompletionThatDoesNotFillInTheFormIsRefusedAndTheTaskStaysOpen() {
        String caseNumber = refer();
        String taskId = (String)
                tasks("mette", caseNumber, USER_REGISTER_MEMBERS).get(0).get("id");

        // through Camunda's REST API (as Tasklist and REST clients do): 400, naming the field
        ResponseEntity<Map> refused = as("mette")
                .postForEntity(
                        "/engine-rest/task/" + taskId + "/complete",
                        Map.of("variables", Map.of(Variables.MEMBERS_REGISTERED, Map.of("value", false))),
                        Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message"))
                .contains("'Alle familiens medlemmer er registreret' skal være afkrydset");
        assertThat((List<Map<String, Object>>) refused.getBody().get("fields"))
                .extracting(f -> f.get("field"))
                .containsExactly(Variables.MEMBERS_REGISTERED);
        ResponseEntity<Map> submitForm = as("mette")
                .postForEntity(
                        "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of()), Map.class);
        assertThat(submitForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // through the Java API the engine itself refuses, and nothing of the completion is stored
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.getTaskService().complete(taskId, Map.of(Variables.MEMBERS_REGISTERED, "ja")))
                .hasMessageContaining("skal være sand eller falsk");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count())
                .isEqualTo(1);
        assertThat(engine.getTaskService().getVariable(taskId, Variables.MEMBERS_REGISTERED))
                .isNull();

        complete("mette", caseNumber, USER_REGISTER_MEMBERS, Map.of(Variables.MEMBERS_REGISTERED, true));
        assertThat(phase(caseNumber)).isEqualTo("INVESTIGATION");
    }

    @SuppressWarnings("unchecked")
    private String refer() {
        return FamilyScenario.in("Vanløse")
                .referredBy("SSP", "Den ældste er sigtet for vold; de yngre søskende følger efter.", 4)
                .awareDaysAgo(10)
                .member("Sara Nielsen", cpr(LocalDate.of(1983, 5, 2), 246), "PARENT")
                .member("Kim Nielsen", cpr(LocalDate.of(1980, 8, 19), 135), "PARENT")
                .member("Mikkel Nielsen", cpr(aged(17), 357), "CHILD")
                .member("Ida Nielsen", cpr(aged(14), 468), "CHILD")
                .member("Noah Nielsen", cpr(aged(9), 579), "CHILD")
                .refer(this::as);
    }

    @SuppressWarnings("unchecked")
    private void agreePlan(String caseNumber) {
        Map<String, Object> view = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        List<Map<String, Object>> members = (List<Map<String, Object>>) view.get("members");
        Object mother = members.get(0).get("id");
        Object eldest = members.get(2).get("id");
        Object middle = members.get(3).get("id");
        String today = LocalDate.now().toString();
        Map<String, Object> plan = Map.of(
                "agreedOn", today,
                "goals",
                        List.of(
                                goal(mother, "bif", "Moderen i kombinationsforløb"),
                                goal(eldest, "buf", "Den ældste i uddannelse via UU"),
                                goal(middle, "sof", "Familiebehandling for hele familien")),
                "consents",
                        List.of(
                                Map.of("memberId", mother, "consentedOn", today),
                                Map.of("memberId", members.get(1).get("id"), "consentedOn", today),
                                Map.of("memberId", eldest, "consentedOn", today)));
        ResponseEntity<Map> stored = as("mette")
                .exchange(
                        "/api/cases/" + caseNumber + "/plan",
                        HttpMethod.PUT,
                        new org.springframework.http.HttpEntity<>(plan),
                        Map.class);
        assertThat(stored.getStatusCode().is2xxSuccessful()).isTrue();
    }

    private static Map<String, Object> goal(Object member, String administration, String description) {
        return Map.of(
                "memberId", member, "administration", administration, "description", description, "status", "PLANNED");
    }

    private static Map<String, Object> offer(String startDate) {
        return Map.of(Variables.OFFER_START_DATE, startDate, Variables.OFFER_ESTABLISHED, true);
    }

    @SuppressWarnings("unchecked")
    private String phase(String caseNumber) {
        return (String)
                as("mette").getForObject("/api/cases/" + caseNumber, Map.class).get("phase");
    }

    private List<Map<String, Object>> tasks(String user, String caseNumber, String taskKey) {
        return driver().tasks(user, caseNumber, taskKey);
    }

    private void complete(String user, String caseNumber, String taskKey, Map<String, Object> variables) {
        driver().complete(user, caseNumber, taskKey, variables);
    }

    /** Runs the case's timer at an activity, as the job executor does when its time has come. */
    private void runTimer(String caseNumber, String activityId) {
        String instanceId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .singleResult()
                .getId();
        driver().run(driver().timer(instanceId, activityId));
    }

    private TaskDriver driver() {
        return new TaskDriver(this::as, engine);
    }
}
