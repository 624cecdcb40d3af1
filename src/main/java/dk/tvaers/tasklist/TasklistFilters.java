package dk.tvaers.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.tvaers.kernel.Groups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every caseworker starts with, in Danish: her own tasks, her groups' tasks, one shared list per
 * administration and role, and the overdue tasks for team leads. Created at first start; a filter an administrator
 * has since changed is left as it is. Each filter is visible only to the groups it is for.
 */
@Component
public class TasklistFilters extends AbstractProcessEnginePlugin {

    /** Filter property that marks a filter as Tværs's own, with a stable key. */
    public static final String KEY_PROPERTY = "tvaersFilter";

    /** Everyone: the global grant's user id. */
    static final String EVERYONE = Authorization.ANY;

    /** One filter: stable key, Danish name, description, the groups that see it (EVERYONE for all). */
    record Definition(String key, String name, String description, List<String> groups, FilterQuery query) {}

    interface FilterQuery {
        TaskQuery build(TaskService tasks);
    }

    static List<Definition> definitions() {
        List<Definition> filters = new ArrayList<>();
        filters.add(new Definition(
                "mine",
                "Mine opgaver",
                "Opgaver, der er tildelt mig",
                List.of(EVERYONE),
                tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        filters.add(new Definition(
                "my-groups",
                "Mine gruppers opgaver",
                "Ufordelte opgaver for mine forvaltninger og roller",
                List.of(EVERYONE),
                tasks -> tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")));
        for (Groups.Definition group : Groups.ADMINISTRATIONS) {
            filters.add(shared(group.id(), group.id().toUpperCase() + " – fælles", group.name()));
        }
        filters.add(shared(Groups.COORDINATOR, "Koordinator – fælles", "koordinatorerne"));
        filters.add(shared(Groups.TEAM_CHIEF, "Teamchef – fælles", "teamcheferne"));
        filters.add(shared(Groups.MENTOR, "Mentor – fælles", "mentorerne"));
        filters.add(new Definition(
                "overdue",
                "Overskredne opgaver",
                "Alle opgaver, hvis frist er overskredet",
                List.of(Groups.TEAM_LEAD),
                tasks -> tasks.createTaskQuery().dueBeforeExpression("${now()}")));
        return filters;
    }

    private static Definition shared(String group, String name, String whose) {
        return new Definition(
                group, name, "Ufordelte opgaver for " + whose, List.of(group), tasks -> tasks.createTaskQuery()
                        .taskCandidateGroup(group));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        createMissing(engine);
    }

    /** Creates the filters that do not exist yet; returns how many were created. */
    public static int createMissing(ProcessEngine engine) {
        FilterService filterService = engine.getFilterService();
        Set<Object> existing = filterService.createTaskFilterQuery().list().stream()
                .map(filter -> filter.getProperties() == null
                        ? null
                        : filter.getProperties().get(KEY_PROPERTY))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Definition> definitions = definitions();
        int created = 0;
        for (int i = 0; i < definitions.size(); i++) {
            Definition definition = definitions.get(i);
            if (existing.contains(definition.key())) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put(KEY_PROPERTY, definition.key());
            properties.put("description", definition.description());
            properties.put("priority", (i + 1) * 10);
            properties.put("refresh", true);
            Filter filter = filterService
                    .newTaskFilter(definition.name())
                    .setProperties(properties)
                    .setQuery(definition.query().build(engine.getTaskService()));
            filterService.saveFilter(filter);
            grantRead(engine.getAuthorizationService(), filter.getId(), definition.groups());
            created++;
        }
        return created;
    }

    private static void grantRead(AuthorizationService authorizations, String filterId, List<String> groups) {
        for (String group : groups) {
            Authorization authorization;
            if (EVERYONE.equals(group)) {
                authorization = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
                authorization.setUserId(EVERYONE);
            } else {
                authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(group);
            }
            authorization.setResource(Resources.FILTER);
            authorization.setResourceId(filterId);
            authorization.addPermission(Permissions.READ);
            authorizations.saveAuthorization(authorization);
        }
    }
}
