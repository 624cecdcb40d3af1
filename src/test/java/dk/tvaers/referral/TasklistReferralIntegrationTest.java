package dk.tvaers.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.FamilyInterventionIds.Elements;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A family referred from Tasklist's start form ("Henvis en familie"), on real PostgreSQL through Camunda's REST API
 * as Tasklist calls it: the concern lands in the case's referral and in no engine table, the referring coordinator
 * finds the first task in "Mine opgaver", and the registration cannot pass while the family has no child.
 */
class TasklistReferralIntegrationTest extends PostgresIntegrationTest {

    private static final String START_FORM = "/engine-rest/process-definition/key/family-intervention/submit-form";

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theConcernIsStoredInTheCaseRegisteredByTheReferrerAndInNoEngineTable() {
        String marker = "bekymring-" + UUID.randomUUID();
        String concern = "Den ældste er sigtet for vold; de yngre søskende følger efter. " + marker;

        String caseNumber = referFromTasklist("mette", concern);

        Map<String, Object> view = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        Map<String, Object> referral = (Map<String, Object>) view.get("referral");
        assertThat(referral)
                .containsEntry("concern", concern)
                .containsEntry("registeredBy", "mette")
                .containsEntry("source", "SCHOOL")
                .containsEntry("sspCategory", 3);

        // neither the running process nor its history holds the concern, by name or by value
        for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where name_ = ? or text_ like ? or text2_ like ?",
                            Long.class,
                            Variables.CONCERN,
                            "%" + marker + "%",
                            "%" + marker + "%"))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_op_log where org_value_ like ? or new_value_ like ?",
                        Long.class,
                        "%" + marker + "%",
                        "%" + marker + "%"))
                .isZero();
        // the other start form fields are in history as before
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_varinst where name_ = ? and proc_inst_id_ = ?",
                        Long.class,
                        Variables.DISTRICT,
                        instanceOf(caseNumber)))
                .isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReferringCoordinatorFindsTheFirstTaskInHerOwnTasks() {
        String caseNumber = referFromTasklist("mette", "Bekymring fra skolen.");

        List<Map<String, Object>> mine = as("mette")
                .getForObject(
                        "/engine-rest/task?maxResults=50&assignee=mette&processInstanceBusinessKey=" + caseNumber,
                        List.class);
        assertThat(mine).singleElement().satisfies(task -> assertThat(task.get("taskDefinitionKey"))
                .isEqualTo(Elements.USER_REGISTER_MEMBERS));

        // a referral through the case API by a coordinator: hers too
        ResponseEntity<Map> created = as("mette")
                .postForEntity("/api/cases", Families.familyWithYoungAdult("Valby", Families.uniqueCpr(19)), Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(registration((String) created.getBody().get("caseNumber")).getAssignee())
                .isEqualTo("mette");

        // a referral from another administration stays with the coordinators' group
        String byBuf = referFromTasklist("jonas", "Bekymring fra klubben.");
        Task task = registration(byBuf);
        assertThat(task.getAssignee()).isNull();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .taskCandidateGroup("coordinator")
                        .count())
                .isOne();
        Map<String, Object> referral = (Map<String, Object>)
                as("mette").getForObject("/api/cases/" + byBuf, Map.class).get("referral");
        assertThat(referral).containsEntry("registeredBy", "jonas");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFamilyWithoutAChildCannotPassRegistrationAndNothingChanges() {
        String caseNumber = referFromTasklist("mette", "Bekymring uden børn registreret.");
        Task task = registration(caseNumber);
        Map<String, Object> done = Map.of("variables", Map.of(Variables.MEMBERS_REGISTERED, Map.of("value", true)));

        ResponseEntity<Map> refused =
                as("mette").postForEntity("/engine-rest/task/" + task.getId() + "/complete", done, Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("intet barn eller ung");
        assertThat(refused.getBody()).containsEntry("field", Variables.MEMBERS_REGISTERED);
        assertUnchanged(caseNumber, task);

        // another administration and no login are refused as well, and change nothing either
        assertThat(as("jonas")
                        .postForEntity("/engine-rest/task/" + task.getId() + "/complete", done, String.class)
                        .getStatusCode()
                        .is4xxClientError())
                .isTrue();
        assertThat(http.postForEntity("/engine-rest/task/" + task.getId() + "/complete", done, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertUnchanged(caseNumber, task);

        // with a child registered in the case, the same confirmation passes on to the child investigation
        Map<String, Object> child = Map.of("name", "Ida Test", "cpr", Families.uniqueCpr(11), "role", "CHILD");
        assertThat(as("mette")
                        .postForEntity("/api/cases/" + caseNumber + "/members", child, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        ResponseEntity<String> passed =
                as("mette").postForEntity("/engine-rest/task/" + task.getId() + "/complete", done, String.class);
        assertThat(passed.getStatusCode().is2xxSuccessful())
                .as(passed.getBody())
                .isTrue();
        assertThat(as("mette").getForObject("/api/cases/" + caseNumber, Map.class))
                .containsEntry("phase", "INVESTIGATION")
                .containsEntry("coordinator", "mette");
    }

    @Test
    void aStartFormWithoutAConcernOrWithoutLoginOpensNoCase() {
        long cases = jdbc.queryForObject("select count(*) from family_case", Long.class);
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

        Map<String, Object> variables = startForm("");
        ResponseEntity<Map> refused = as("mette").postForEntity(START_FORM, Map.of("variables", variables), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("Bekymring");

        Map<String, Object> tooLong = startForm("x".repeat(4001));
        assertThat(as("mette")
                        .postForEntity(START_FORM, Map.of("variables", tooLong), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(http.postForEntity(START_FORM, Map.of("variables", startForm("Bekymring")), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(jdbc.queryForObject("select count(*) from family_case", Long.class))
                .isEqualTo(cases);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(instances);
    }

    private void assertUnchanged(String caseNumber, Task task) {
        Task now =
                engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("the registration stays open").isNotNull();
        assertThat(now.getAssignee()).isEqualTo("mette");
        assertThat(engine.getRuntimeService().getVariable(instanceOf(caseNumber), Variables.MEMBERS_REGISTERED))
                .isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> view = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        assertThat(view).containsEntry("phase", "REFERRAL");
        assertThat(view.get("coordinator")).isNull();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isOne();
    }

    @SuppressWarnings("unchecked")
    private String referFromTasklist(String user, String concern) {
        ResponseEntity<Map> started =
                as(user).postForEntity(START_FORM, Map.of("variables", startForm(concern)), Map.class);
        assertThat(started.getStatusCode().is2xxSuccessful())
                .as("%s refers: %s", user, started.getBody())
                .isTrue();
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId((String) started.getBody().get("id"))
                .singleResult()
                .getBusinessKey();
    }

    private static Map<String, Object> startForm(String concern) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("district", Map.of("value", "Valby"));
        variables.put("referralSource", Map.of("value", "SCHOOL"));
        variables.put("concern", Map.of("value", concern));
        variables.put("sspCategory", Map.of("value", "3"));
        variables.put(
                "awarenessDate", Map.of("value", LocalDate.now().minusDays(3).toString()));
        return variables;
    }

    private Task registration(String caseNumber) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(Elements.USER_REGISTER_MEMBERS)
                .singleResult();
    }

    private String instanceOf(String caseNumber) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
    }
}
