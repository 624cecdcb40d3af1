package dk.tvaers.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.springframework.stereotype.Component;

/**
 * Task lists that stay fast at national scale with need-to-know exactly as strict (issue 13, docs/performance.md).
 *
 * <p>The engine grants a task's candidate groups, candidate users, assignee and owner READ on that one task, a row
 * per task and grantee in {@code act_ru_authorization}. Camunda checks a task <em>list</em> against those rows with a
 * join on {@code RESOURCE_ID_ IN (task, process definition key, '*')} that PostgreSQL can only run as a nested loop:
 * every open task of her groups against every grant of her groups, 1.2 s for "SOF – fælles" at 2,600 tasks, growing
 * with the square. The grants say nothing the task does not say itself: a task is granted to exactly its candidate
 * groups, candidate users, assignee and owner. So for a task list or count (only those: a command on one task still
 * checks the task's own grant), this manager puts the same rule into the query as plain conditions on the task and
 * its identity links, which PostgreSQL answers from indexes:
 *
 * <ul>
 *   <li>a user who may read every task ({@code READ} on all tasks or {@code READ_TASK} on all process definitions:
 *       team leads, administrators) lists every task, without the join that could only say yes;
 *   <li>everyone else lists the tasks where one of her groups or she herself is a candidate, or she is the assignee
 *       or owner, or whose process definition she may read the tasks of ({@code READ_TASK} granted on it by key).
 * </ul>
 *
 * <p>Stricter than the grants only where the grants outlive the tie: the engine never takes back a grant, so a
 * former assignee or a removed candidate group kept the task in its lists; here it leaves them. A grant an
 * administrator gives on one task by hand in Admin opens that task by id, not in the lists.
 */
@Component
public class NeedToKnowTaskLists extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineSessions.replace(configuration, TaskManager.class, Manager::new);
    }

    /** The engine's task manager with need-to-know as query conditions for lists and counts. */
    static final class Manager extends TaskManager {

        /** The "or" parts this class added, so that a query run twice (list, then count) gets one, its user's. */
        private static final Set<TaskQueryImpl> RESTRICTIONS =
                Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

        @Override
        protected void configureQuery(TaskQueryImpl query) {
            query.getQueries().removeIf(RESTRICTIONS::contains);
            super.configureQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            if (!check.isAuthorizationCheckEnabled() || check.getAuthUserId() == null) {
                return;
            }
            String user = check.getAuthUserId();
            List<String> groups = check.getAuthGroupIds() == null ? List.of() : check.getAuthGroupIds();
            check.setAuthorizationCheckEnabled(false);
            TaskGrants grants = TaskGrants.of(user, groups);
            if (grants.everyTask()) {
                return;
            }
            TaskQueryImpl restriction = (TaskQueryImpl) query.or();
            if (!groups.isEmpty()) {
                restriction.taskCandidateGroupIn(groups).includeAssignedTasks();
            }
            restriction.taskInvolvedUser(user);
            if (!grants.definitions().isEmpty()) {
                restriction.processDefinitionKeyIn(grants.definitions().toArray(new String[0]));
            }
            restriction.endOr();
            RESTRICTIONS.add(restriction);
        }
    }

    /**
     * Her grants that open tasks wholesale, read in one indexed query: READ on every task, READ_TASK on every process
     * definition, or READ_TASK on definitions by key. Revocations are not read (authorization-check-revokes: never).
     */
    record TaskGrants(boolean everyTask, List<String> definitions) {

        static final int TASK = Resources.TASK.resourceType();
        static final int DEFINITION = Resources.PROCESS_DEFINITION.resourceType();

        static TaskGrants of(String user, List<String> groups) {
            String prefix = Context.getProcessEngineConfiguration().getDatabaseTablePrefix();
            StringBuilder sql = new StringBuilder("SELECT RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ FROM ")
                    .append(prefix)
                    .append("ACT_RU_AUTHORIZATION WHERE TYPE_ IN (0, 1) AND RESOURCE_TYPE_ IN (")
                    .append(TASK)
                    .append(", ")
                    .append(DEFINITION)
                    .append(") AND (RESOURCE_TYPE_ = ")
                    .append(DEFINITION)
                    .append(" OR RESOURCE_ID_ = '*') AND (USER_ID_ IN (?, '*')");
            if (!groups.isEmpty()) {
                sql.append(" OR GROUP_ID_ IN (")
                        .append("?, ".repeat(groups.size() - 1))
                        .append("?)");
            }
            sql.append(')');
            Connection connection = EngineSessions.connection();
            boolean every = false;
            List<String> definitions = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setString(1, user);
                for (int i = 0; i < groups.size(); i++) {
                    statement.setString(i + 2, groups.get(i));
                }
                try (ResultSet grants = statement.executeQuery()) {
                    while (grants.next()) {
                        int type = grants.getInt(1);
                        String resource = grants.getString(2);
                        int permissions = grants.getInt(3);
                        if (type == TASK && has(permissions, Permissions.READ)) {
                            every = true;
                        } else if (type == DEFINITION && has(permissions, ProcessDefinitionPermissions.READ_TASK)) {
                            if (Authorization.ANY.equals(resource)) {
                                every = true;
                            } else if (!definitions.contains(resource)) {
                                definitions.add(resource);
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not read the task grants of " + user, e);
            }
            return new TaskGrants(every, List.copyOf(definitions));
        }

        private static boolean has(int permissions, Permission permission) {
            return (permissions & permission.getValue()) == permission.getValue();
        }
    }
}
