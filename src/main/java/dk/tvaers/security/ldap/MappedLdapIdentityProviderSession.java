package dk.tvaers.security.ldap;

import dk.tvaers.kernel.Groups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * Camunda's LDAP identity provider, speaking Tværs group ids to the engine and directory group ids to the directory.
 * A group query by id is asked of the directory with the mapped directory id, every search is limited to the mapped
 * groups, and every group found carries its Tværs id: so {@code groupMember(user)}, which authentication uses, gives
 * the ids that tasks, filters and authorizations use. Users are the directory's as they are.
 */
public class MappedLdapIdentityProviderSession extends LdapIdentityProviderSession {

    private final GroupMapping mapping;

    public MappedLdapIdentityProviderSession(LdapConfiguration configuration, GroupMapping mapping) {
        super(configuration);
        this.mapping = mapping;
    }

    @Override
    public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
        if (!asksForMappedGroups(query)) {
            return new ArrayList<>();
        }
        return super.findGroupByQueryCriteria(query);
    }

    /** A query by id(s) that names no mapped Tværs group finds nothing, without asking the directory. */
    private boolean asksForMappedGroups(LdapGroupQuery query) {
        if (query.getId() != null && mapping.toDirectory(query.getId()).isEmpty()) {
            return false;
        }
        String[] ids = query.getIds();
        return ids == null
                || ids.length == 0
                || Arrays.stream(ids).anyMatch(id -> mapping.toDirectory(id).isPresent());
    }

    @Override
    protected String getGroupSearchFilter(LdapGroupQuery query) {
        // the same query in directory terms; the query itself stays as asked (it may be run again for a count)
        LdapGroupQuery directory = new LdapGroupQuery();
        if (query.getId() != null) {
            mapping.toDirectory(query.getId()).map(this::escapeLDAPSearchFilter).ifPresent(directory::groupId);
        }
        if (query.getIds() != null && query.getIds().length > 0) {
            directory.groupIdIn(Arrays.stream(query.getIds())
                    .flatMap(id -> mapping.toDirectory(id).stream())
                    .map(this::escapeLDAPSearchFilter)
                    .toArray(String[]::new));
        }
        if (query.getName() != null) {
            directory.groupName(query.getName());
        }
        if (query.getNameLike() != null) {
            directory.groupNameLike(query.getNameLike());
        }
        if (query.getUserId() != null) {
            directory.groupMember(query.getUserId());
        }
        StringBuilder filter = new StringBuilder("(&")
                .append(super.getGroupSearchFilter(directory))
                .append("(|");
        for (String id : mapping.directoryGroupIds()) {
            addFilter(ldapConfiguration.getGroupIdAttribute(), escapeLDAPSearchFilter(id), filter);
        }
        return filter.append("))").toString();
    }

    private static void addFilter(String attribute, String value, StringBuilder filter) {
        filter.append('(').append(attribute).append('=').append(value).append(')');
    }

    @Override
    protected GroupEntity transformGroup(SearchResult result) {
        GroupEntity group = super.transformGroup(result);
        // a group outside the mapping gets no id, and Camunda's provider then leaves it out (with a warning)
        String id = mapping.toTvaers(group.getId()).orElse(null);
        group.setId(id);
        if (id != null && (group.getType() == null || group.getType().isEmpty())) {
            group.setType(typeOf(id));
        }
        return group;
    }

    private static String typeOf(String tvaersId) {
        return Groups.all().stream()
                .filter(definition -> definition.id().equals(tvaersId))
                .map(Groups.Definition::type)
                .findFirst()
                .orElse("SYSTEM");
    }

    /**
     * Camunda's provider searches from the directory's root when the group is not found (or not readable), and so
     * would give the members of every group; here an unknown group has no members.
     */
    @Override
    protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
        if (getDnForGroup(query.getGroupId()).isEmpty()) {
            return new ArrayList<>();
        }
        return super.findUsersByGroupId(query);
    }
}
