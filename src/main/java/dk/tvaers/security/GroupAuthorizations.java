package dk.tvaers.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.tvaers.kernel.Groups;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

/**
 * The grants each group holds, applied at every start so that a new group or permission reaches an existing
 * installation. Grants only (authorizationCheckRevokes=never): nothing here revokes. Tasks need no grant here: the
 * engine grants a task's candidate groups READ and UPDATE on it when the task is created.
 */
public final class GroupAuthorizations {

    /** Applications of the Camunda webapps, the resource ids of {@link Resources#APPLICATION}. */
    public static final String TASKLIST = "tasklist";

    public static final String COCKPIT = "cockpit";

    /** The one process a user starts herself: a family's referral (FamilyInterventionProcess.KEY). */
    public static final String REFERRAL_PROCESS = "family-intervention";

    /** A report of concern (ReportOfConcernProcess.KEY): received by SOF, its team chiefs and team leads only. */
    public static final String CONCERN_PROCESS = "report-of-concern";

    /** The groups that receive reports of concern from Tasklist ("Modtag underretning"); as kernel/Roles. */
    public static final List<String> CONCERN_RECEIVERS = List.of(Groups.SOF, Groups.TEAM_CHIEF, Groups.TEAM_LEAD);

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
            // any administration may refer a family: start the case process, and no other (the child investigation
            // and the adult course are started by Tværs); Tasklist's "Start proces" lists only this one
            String id = administration.id();
            grants.add(new Grant(
                    id,
                    Resources.PROCESS_DEFINITION,
                    REFERRAL_PROCESS,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE));
            grants.add(new Grant(id, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
            grants.add(new Grant(id, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
        }
        // reports of concern: SOF, team chiefs and team leads start "Modtag underretning" (no other group may)
        for (String id : CONCERN_RECEIVERS) {
            grants.add(new Grant(
                    id,
                    Resources.PROCESS_DEFINITION,
                    CONCERN_PROCESS,
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
                ProcessDefinitionPermissions.READ_TASK,
                // a step that failed every try (an incident): "Retry" in Cockpit, PUT /job/{id}/retries (issue 16)
                ProcessDefinitionPermissions.RETRY_JOB));
        grants.add(new Grant(Groups.TEAM_LEAD, Resources.PROCESS_INSTANCE, ANY, Permissions.READ));
        grants.add(new Grant(Groups.TEAM_LEAD, Resources.TASK, ANY, Permissions.READ));
        grants.add(new Grant(Groups.TEAM_LEAD, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
        grants.add(new Grant(Groups.TEAM_LEAD, Resources.DEPLOYMENT, ANY, Permissions.READ));
        // process designers deploy new versions of the models: definitions, not the cases running on them (no
        // instances, tasks, variables or history)
        grants.add(new Grant(Groups.PROCESS_DESIGNER, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
        grants.add(new Grant(Groups.PROCESS_DESIGNER, Resources.DEPLOYMENT, ANY, Permissions.ALL));
        grants.add(new Grant(
                Groups.PROCESS_DESIGNER,
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.UPDATE,
                ProcessDefinitionPermissions.DELETE));
        grants.add(new Grant(
                Groups.PROCESS_DESIGNER, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.UPDATE));
        grants.add(
                new Grant(Groups.PROCESS_DESIGNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.ALL));
        // administrators: everything, as Camunda's own first-user setup grants
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(Groups.ADMIN, resource, ANY, Permissions.ALL));
        }
        return grants;
    }

    /**
     * Makes each grant exactly what the matrix says: adds what is missing and narrows a grant an older version made
     * wider (for the groups and resources named here; other authorizations are left alone). Returns how many
     * authorizations were created or changed.
     */
    public static int apply(AuthorizationService authorizations, List<Grant> grants) {
        int changed = 0;
        for (Grant grant : merged(grants)) {
            Authorization existing = authorizations
                    .createAuthorizationQuery()
                    .authorizationType(AUTH_TYPE_GRANT)
                    .groupIdIn(grant.groupId())
                    .resourceType(grant.resource())
                    .resourceId(grant.resourceId())
                    .singleResult();
            Authorization authorization =
                    existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            if (existing == null) {
                authorization.setGroupId(grant.groupId());
                authorization.setResource(grant.resource());
                authorization.setResourceId(grant.resourceId());
            }
            if (existing == null || !grantsExactly(authorization, grant)) {
                authorization.setPermissions(grant.permissions().toArray(new Permission[0]));
                authorizations.saveAuthorization(authorization);
                changed++;
            }
        }
        return changed;
    }

    /** One grant per group and resource, with the union of the permissions the matrix lists for it. */
    static List<Grant> merged(List<Grant> grants) {
        java.util.Map<String, Grant> byKey = new java.util.LinkedHashMap<>();
        for (Grant grant : grants) {
            String key = grant.groupId() + "|" + grant.resource().resourceType() + "|" + grant.resourceId();
            byKey.merge(key, grant, (a, b) -> {
                List<Permission> union = new ArrayList<>(a.permissions());
                b.permissions().stream()
                        .filter(p -> union.stream().noneMatch(q -> q.getName().equals(p.getName())))
                        .forEach(union::add);
                return new Grant(a.groupId(), a.resource(), a.resourceId(), union);
            });
        }
        return List.copyOf(byKey.values());
    }

    private static boolean grantsExactly(Authorization authorization, Grant grant) {
        if (grant.permissions().contains(Permissions.ALL)) {
            return authorization.isEveryPermissionGranted();
        }
        Permission[] all =
                ResourceTypeUtil.getPermissionsByResourceType(grant.resource().resourceType());
        Set<String> granted = new HashSet<>();
        for (Permission permission : authorization.getPermissions(all)) {
            if (permission.getValue() != Permissions.ALL.getValue() && permission.getValue() != 0) {
                granted.add(permission.getName());
            }
        }
        Set<String> declared = new HashSet<>();
        grant.permissions().forEach(permission -> declared.add(permission.getName()));
        return granted.equals(declared);
    }

    private GroupAuthorizations() {}
}
