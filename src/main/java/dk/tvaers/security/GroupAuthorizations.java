package dk.tvaers.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The grants each group holds, applied at every start so that a new group or permission reaches an existing
 * installation. Grants only (authorizationCheckRevokes=never): nothing here revokes. Tasks need no grant here: the
 * engine grants a task's candidate groups READ and UPDATE on it when the task is created.
 */
public final class GroupAuthorizations {

    /** Applications of the Camunda webapps, the resource ids of {@link Resources#APPLICATION}. */
    public static final String TASKLIST = "tasklist";

    public static final String COCKPIT = "cockpit";

    /** One grant: a group, a resource (type and id) and the permissions on it. */
    public record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
        Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
            this(groupId, resource, resourceId, List.of(permissions));
        }
    }

    /** The grants of every Tværs group and of the administrators. */
    public static List<Grant> matrix() {
        List<Grant> grants = new ArrayList<>();
        for (Groups.Definition group : Groups.all()) {
            String id = group.id();
            grants.add(new Grant(id, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
            // models are not personal data: every caseworker may see the diagram of her task
            grants.add(new Grant(id, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
            // members see their own group (Tasklist lists them), as the engine grants when it creates a group in its
            // database: a directory's groups (ldap profile) are never created there
            grants.add(new Grant(id, Resources.GROUP, id, Permissions.READ));
        }
        for (Groups.Definition administration : Groups.ADMINISTRATIONS) {
            // any administration may refer a family: start the case process
            String id = administration.id();
            grants.add(new Grant(
                    id,
                    Resources.PROCESS_DEFINITION,
                    ANY,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE));
            grants.add(new Grant(id, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
        }
        // team leads watch every running case in Cockpit
        grants.add(new Grant(Groups.TEAM_LEAD, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
        grants.add(new Grant(
                Groups.TEAM_LEAD,
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK));
        grants.add(new Grant(Groups.TEAM_LEAD, Resources.PROCESS_INSTANCE, ANY, Permissions.READ));
        grants.add(new Grant(Groups.TEAM_LEAD, Resources.TASK, ANY, Permissions.READ));
        grants.add(new Grant(Groups.TEAM_LEAD, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
        grants.add(new Grant(Groups.TEAM_LEAD, Resources.DEPLOYMENT, ANY, Permissions.READ));
        // process designers deploy new versions of the models
        grants.add(new Grant(Groups.PROCESS_DESIGNER, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
        grants.add(new Grant(Groups.PROCESS_DESIGNER, Resources.DEPLOYMENT, ANY, Permissions.ALL));
        grants.add(new Grant(Groups.PROCESS_DESIGNER, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL));
        grants.add(new Grant(Groups.PROCESS_DESIGNER, Resources.DECISION_DEFINITION, ANY, Permissions.ALL));
        grants.add(
                new Grant(Groups.PROCESS_DESIGNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.ALL));
        // administrators: everything, as Camunda's own first-user setup grants
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(Groups.ADMIN, resource, ANY, Permissions.ALL));
        }
        return grants;
    }

    /** Adds each grant that is missing; returns how many authorizations were created or widened. */
    public static int apply(AuthorizationService authorizations, List<Grant> grants) {
        int changed = 0;
        for (Grant grant : grants) {
            Authorization existing = authorizations
                    .createAuthorizationQuery()
                    .authorizationType(AUTH_TYPE_GRANT)
                    .groupIdIn(grant.groupId())
                    .resourceType(grant.resource())
                    .resourceId(grant.resourceId())
                    .singleResult();
            Authorization authorization =
                    existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            boolean missing = existing == null;
            if (missing) {
                authorization.setGroupId(grant.groupId());
                authorization.setResource(grant.resource());
                authorization.setResourceId(grant.resourceId());
            }
            for (Permission permission : grant.permissions()) {
                if (!authorization.isPermissionGranted(permission)) {
                    authorization.addPermission(permission);
                    missing = true;
                }
            }
            if (missing) {
                authorizations.saveAuthorization(authorization);
                changed++;
            }
        }
        return changed;
    }

    private GroupAuthorizations() {}
}
