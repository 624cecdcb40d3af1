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
