package dk.tvaers.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization manager with one query made to cost her groups, not the installation (issue 13,
 * docs/performance.md).
 *
 * <p>Before every authorization check, Camunda keeps only those of her groups that hold any authorization at all,
 * and learns which groups those are with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}: once per
 * command, over the whole table. The table holds a grant per open and historic task, so that read grows with the
 * installation and its history: 1,080,000 rows at national scale, most of a Tasklist request's time. This manager
 * asks the same question for her groups only, one index probe each ({@code ACT_IDX_AUTH_GROUP_ID}), and answers the
 * same: the groups of hers that hold an authorization, so every check sees exactly the groups it saw before.
 *
 * <p>And a query whose permission check a grant of hers on every resource ({@code '*'}) already satisfies runs without
 * the grant join, as an administrator's does: a team lead's Cockpit lists every running case, and Camunda joined each
 * instance to the authorization table to learn that it may show it (1.6 s for the first page at 100,000 cases). The
 * same rows come back; revocations are not read here (authorization-check-revokes: never, as in application.yaml),
 * and where the engine is told to read them the join stays.
 */
@Component
public class GroupsWithGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineSessions.replace(configuration, AuthorizationManager.class, Manager::new);
    }

    /** Camunda's authorization manager, filtering her groups with one indexed probe per group. */
    static final class Manager extends AuthorizationManager {

        /** Her groups (of this command) and those of them holding an authorization. */
        private List<String> asked;

        private List<String> answer;

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return Collections.emptyList();
            }
            List<String> groups = new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
            if (!groups.equals(asked)) {
                answer = withGrants(groups);
                asked = groups;
            }
            return new ArrayList<>(answer);
        }

        /** Her grants on every resource of a type, of this command: resource type and permissions, a pair per row. */
        private List<int[]> everywhere;

        private List<String> everywhereAskedFor;

        @Override
        protected void addPermissionCheck(AuthorizationCheck check, CompositePermissionCheck permissions) {
            super.addPermissionCheck(check, permissions);
            if (check.isAuthorizationCheckEnabled()
                    && !check.isRevokeAuthorizationCheckEnabled()
                    && check.getPermissionChecks() == permissions
                    && check.getAuthUserId() != null
                    && grantedEverywhere(check, permissions)) {
                check.setAuthorizationCheckEnabled(false);
            }
        }

        /** Whether her grants on '*' pass every row: one alternative of a disjunction, or each part of a conjunction. */
        private boolean grantedEverywhere(AuthorizationCheck check, CompositePermissionCheck permissions) {
            List<PermissionCheck> parts = permissions.getAtomicChecks();
            if (parts.isEmpty() || !permissions.getCompositeChecks().isEmpty()) {
                return false;
            }
            List<int[]> grants = everywhere(check.getAuthUserId(), check.getAuthGroupIds());
            java.util.function.Predicate<PermissionCheck> granted = part -> grants.stream()
                    .anyMatch(grant -> grant[0] == part.getResource().resourceType()
                            && (grant[1] & part.getPermission().getValue())
                                    == part.getPermission().getValue());
            return permissions.isDisjunctive()
                    ? parts.stream().anyMatch(granted)
                    : parts.stream().allMatch(granted);
        }

        private List<int[]> everywhere(String user, List<String> groups) {
            List<String> mine = groups == null ? List.of() : groups;
            List<String> key = new ArrayList<>(mine);
            key.add(0, user);
            if (key.equals(everywhereAskedFor)) {
                return everywhere;
            }
            String prefix = Context.getProcessEngineConfiguration().getDatabaseTablePrefix();
            StringBuilder sql = new StringBuilder("SELECT RESOURCE_TYPE_, PERMS_ FROM ")
                    .append(prefix == null ? "" : prefix)
                    .append("ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ = '*' AND TYPE_ IN (0, 1)")
                    .append(" AND (USER_ID_ IN (?, '*')");
            if (!mine.isEmpty()) {
                sql.append(" OR GROUP_ID_ IN (")
                        .append("?, ".repeat(mine.size() - 1))
                        .append("?)");
            }
            sql.append(')');
            List<int[]> rows = new ArrayList<>();
            try (PreparedStatement statement = EngineSessions.connection().prepareStatement(sql.toString())) {
                statement.setString(1, user);
                for (int i = 0; i < mine.size(); i++) {
                    statement.setString(i + 2, mine.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new int[] {result.getInt(1), result.getInt(2)});
                    }
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not read the grants on every resource", e);
            }
            everywhere = rows;
            everywhereAskedFor = key;
            return rows;
        }

        private static List<String> withGrants(List<String> groups) {
            String probe = "SELECT GROUP_ID_ FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = ? FETCH FIRST 1 ROWS ONLY";
            String sql = String.join(" UNION ALL ", Collections.nCopies(groups.size(), "(" + probe + ")"));
            String prefix = Context.getProcessEngineConfiguration().getDatabaseTablePrefix();
            if (prefix != null && !prefix.isEmpty()) {
                sql = sql.replace("ACT_RU_AUTHORIZATION", prefix + "ACT_RU_AUTHORIZATION");
            }
            Connection connection = EngineSessions.connection();
            List<String> holding = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < groups.size(); i++) {
                    statement.setString(i + 1, groups.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        holding.add(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not read which groups hold authorizations", e);
            }
            return holding;
        }
    }
}
