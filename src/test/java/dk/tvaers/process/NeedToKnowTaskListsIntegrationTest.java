package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.kernel.Groups;
import dk.tvaers.referral.Families;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.Investigations;
import dk.tvaers.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task lists and counts apply need-to-know as conditions on the task (NeedToKnowTaskLists) instead of Camunda's join on
 * one grant per task: exactly her groups' and her own tasks, every task for a team lead, and the tasks of a process
 * definition whose tasks she was granted by key.
 */
class NeedToKnowTaskListsIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void onlyHerGroupsThatHoldAGrantTakePartInChecksAsInCamundaAndAGrantGivenLaterCounts() {
        // Camunda's own filter reads every group of the table; GroupsWithGrants probes hers, with the same answer
        Object manager = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                        engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(context -> (Object) context.getAuthorizationManager());
        assertThat(manager).isInstanceOf(GroupsWithGrants.Manager.class);
        assertThat(filtered(List.of(Groups.SOF, "no-grants-here", Groups.SOF))).containsExactly(Groups.SOF);
        assertThat(filtered(List.of("no-grants-here"))).isEmpty();
        assertThat(filtered(List.of())).isEmpty();

        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("no-grants-here");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(ChildInvestigationProcess.KEY);
        grant.addPermission(ProcessDefinitionPermissions.READ_TASK);
        authorizations.saveAuthorization(grant);
        try {
            assertThat(filtered(List.of(Groups.SOF, "no-grants-here"))).containsExactly(Groups.SOF, "no-grants-here");
        } finally {
            authorizations.deleteAuthorization(grant.getId());
        }
    }

    @Test
    void aQueryHerGrantsOnEveryResourceAlreadySatisfyRunsWithoutTheGrantJoinAndGivesTheSameRows() {
        Investigations.Open first = Investigations.open(this::as, engine, "Valby", "Kasper");
        Investigations.Open second = Investigations.open(this::as, engine, "Valby", "Sara");
        java.util.Set<String> ids = java.util.stream.Stream.of(first.caseNumber(), second.caseNumber())
                .map(number -> engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(number)
                        .processDefinitionKey(FamilyInterventionProcess.KEY)
                        .singleResult()
                        .getId())
                .collect(java.util.stream.Collectors.toSet());
        Supplier<org.camunda.bpm.engine.runtime.ProcessInstanceQuery> cases =
                () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids);
        List<String> everyCase =
                cases.get().list().stream().map(i -> i.getId()).sorted().toList();
        assertThat(everyCase).hasSize(2);

        // the team lead holds READ on every instance: her query needs no join, and lists every case as before
        assertThat(joinsGrants("henrik")).isFalse();
        assertThat(as("henrik", () -> cases.get().listPage(0, 50).stream()
                        .map(i -> i.getId())
                        .sorted()
                        .toList()))
                .isEqualTo(everyCase);
        assertThat(as("henrik", () -> cases.get().count())).isEqualTo(2);
        // a caseworker holds no such grant: her query keeps the join (and Cockpit's instances stay closed to her)
        assertThat(joinsGrants("sofie")).isTrue();
        assertThat(joinsGrants("jonas")).isTrue();
        assertThat(as("jonas", () -> cases.get().count())).isZero();

        // a grant on every instance given later counts at once; taken back, the join returns
        // (BUF already holds a row on every instance, CREATE, to start cases: READ is added to it, then taken back)
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization existing = authorizations
                .createAuthorizationQuery()
                .groupIdIn(Groups.BUF)
                .resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(Authorization.ANY)
                .singleResult();
        Authorization grant =
                existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            grant.setGroupId(Groups.BUF);
            grant.setResource(Resources.PROCESS_INSTANCE);
            grant.setResourceId(Authorization.ANY);
        }
        grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
        authorizations.saveAuthorization(grant);
        try {
            assertThat(joinsGrants("jonas")).isFalse();
            assertThat(as("jonas", () -> cases.get().count())).isEqualTo(2);
        } finally {
            if (existing == null) {
                authorizations.deleteAuthorization(grant.getId());
            } else {
                grant.removePermission(org.camunda.bpm.engine.authorization.Permissions.READ);
                authorizations.saveAuthorization(grant);
            }
        }
        assertThat(joinsGrants("jonas")).isTrue();
        assertThat(as("jonas", () -> cases.get().count())).isZero();
    }

    /** Whether the user's process instance query would join the authorization table. */
    private boolean joinsGrants(String user) {
        return as(user, () -> ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                        engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(context -> {
                    org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl query =
                            new org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl();
                    context.getAuthorizationManager().configureExecutionQuery(query);
                    return query.getAuthCheck().isAuthorizationCheckEnabled();
                }));
    }

    private List<String> filtered(List<String> groups) {
        return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
    }

    @Test
    void aCaseworkerListsAndCountsHerGroupsTasksAndNoOthers() {
        Investigations.Open open = Investigations.open(this::as, engine, "Valby", "Lise");
        String query = "/engine-rest/task?processInstanceBusinessKey=" + open.caseNumber();

        assertThat(ids("sofie", query)).containsExactly(open.taskId());
        assertThat(count("sofie", open.caseNumber())).isEqualTo(1);
        assertThat(ids("jonas", query)).isEmpty();
        assertThat(count("jonas", open.caseNumber())).isZero();
        // the team lead reads every task
        assertThat(ids("henrik", query)).containsExactly(open.taskId());
    }

    @Test
    void aTaskSheIsAssignedOutsideHerGroupsIsInHerList() {
        Investigations.Open open = Investigations.open(this::as, engine, "Valby", "Ahmad");
        engine.getTaskService().setAssignee(open.taskId(), "jonas");
        try {
            assertThat(ids("jonas", "/engine-rest/task?assignee=jonas&processInstanceBusinessKey=" + open.caseNumber()))
                    .containsExactly(open.taskId());
        } finally {
            engine.getTaskService().setAssignee(open.taskId(), null);
        }
    }

    @Test
    void aGrantOnTheTasksOfAProcessDefinitionShowsThemInTheList() {
        Investigations.Open open = Investigations.open(this::as, engine, "Valby", "Emil");
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(Groups.BUF);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(ChildInvestigationProcess.KEY);
        grant.addPermission(ProcessDefinitionPermissions.READ_TASK);
        authorizations.saveAuthorization(grant);
        try {
            assertThat(ids("jonas", "/engine-rest/task?processInstanceBusinessKey=" + open.caseNumber()))
                    .containsExactly(open.taskId());
        } finally {
            authorizations.deleteAuthorization(grant.getId());
        }
        assertThat(ids("jonas", "/engine-rest/task?processInstanceBusinessKey=" + open.caseNumber()))
                .isEmpty();
    }

    @Test
    void oneQueryRunForOneUserAfterAnotherGetsEachUsersTasks() {
        Investigations.Open investigated = Investigations.open(this::as, engine, "Valby", "Maja");
        String referred = FamilyScenario.in("Valby")
                .member("Otto", Families.uniqueCpr(12), "CHILD")
                .refer(this::as);
        TaskQuery query = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKeyIn(investigated.caseNumber(), referred);

        assertThat(as("sofie", () -> query.listPage(0, 50).size())).isEqualTo(1);
        assertThat(as("sofie", query::count)).isEqualTo(1);
        // the team lead's run of the same query object is not narrowed by sofie's
        assertThat(as("henrik", () -> query.listPage(0, 50).size())).isEqualTo(2);
        assertThat(as("jonas", query::count)).isZero();
        assertThat(as("mette", () -> query.listPage(0, 50).size())).isEqualTo(2);
    }

    private <T> T as(String user, Supplier<T> call) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId)
                .toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return call.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> ids(String user, String query) {
        List<Map<String, Object>> tasks = as(user).getForObject(query + "&maxResults=50", List.class);
        return tasks.stream().map(task -> task.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private int count(String user, String caseNumber) {
        Map<String, Object> count =
                as(user).getForObject("/engine-rest/task/count?processInstanceBusinessKey=" + caseNumber, Map.class);
        return ((Number) count.get("count")).intValue();
    }
}
