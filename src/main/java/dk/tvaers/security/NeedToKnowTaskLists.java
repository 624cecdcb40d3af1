package dk.tvaers.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
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
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return TaskManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager();
            }
        });
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
            if (readsEveryTask(user, groups)) {
                return;
            }
            TaskQueryImpl restriction = (TaskQueryImpl) query.or();
            if (!groups.isEmpty()) {
                restriction.taskCandidateGroupIn(groups).includeAssignedTasks();
            }
            restriction.taskInvolvedUser(user);
            List<String> definitions = definitionsWithReadTask(user, groups);
            if (!definitions.isEmpty()) {
                restriction.processDefinitionKeyIn(definitions.toArray(new String[0]));
            }
            restriction.endOr();
            RESTRICTIONS.add(restriction);
        }

        private boolean readsEveryTask(String user, List<String> groups) {
            return getAuthorizationManager()
                            .isAuthorized(user, groups, Permissions.READ, Resources.TASK, Authorization.ANY)
                    || getAuthorizationManager()
                            .isAuthorized(
                                    user,
                                    groups,
                                    ProcessDefinitionPermissions.READ_TASK,
                                    Resources.PROCESS_DEFINITION,
                                    Authorization.ANY);
        }

        /** Process definition keys on which she holds READ_TASK by name (not '*', handled above). */
        private static List<String> definitionsWithReadTask(String user, List<String> groups) {
            AuthorizationQueryImpl grants = new AuthorizationQueryImpl();
            grants.resourceType(Resources.PROCESS_DEFINITION).hasPermission(ProcessDefinitionPermissions.READ_TASK);
            List<String> keys = new ArrayList<>();
            collect(keys, grants.userIdIn(user, Authorization.ANY));
            if (!groups.isEmpty()) {
                AuthorizationQueryImpl groupGrants = new AuthorizationQueryImpl();
                groupGrants
                        .resourceType(Resources.PROCESS_DEFINITION)
                        .hasPermission(ProcessDefinitionPermissions.READ_TASK)
                        .groupIdIn(groups.toArray(new String[0]));
                collect(keys, groupGrants);
            }
            return keys;
        }

        private static void collect(List<String> keys, org.camunda.bpm.engine.authorization.AuthorizationQuery query) {
            AuthorizationQueryImpl grants = (AuthorizationQueryImpl) query;
            // the grants are read by the engine for the engine: she need not be allowed to read authorizations
            List<Authorization> found = Context.getCommandContext()
                    .runWithoutAuthorization(() -> grants.executeList(Context.getCommandContext(), null));
            for (Authorization grant : found) {
                if (grant.getAuthorizationType() != Authorization.AUTH_TYPE_REVOKE
                        && !Authorization.ANY.equals(grant.getResourceId())
                        && !keys.contains(grant.getResourceId())) {
                    keys.add(grant.getResourceId());
                }
            }
        }
    }
}
