package dk.tvaers.access;

import dk.tvaers.security.Groups;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user reading or changing a record, with her groups. */
public record Viewer(String userId, List<String> groups) {

    /** Roles that see every case: team leads watch all running families; administrators run the system. */
    static final Set<String> SEES_ALL_CASES = Set.of(Groups.TEAM_LEAD, Groups.ADMIN);

    public static Viewer of(Authentication authentication) {
        if (authentication == null || authentication.getUserId() == null) {
            return new Viewer(null, List.of());
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return new Viewer(authentication.getUserId(), List.copyOf(groups));
    }

    public boolean authenticated() {
        return userId != null;
    }

    public boolean in(String group) {
        return groups.contains(group);
    }

    /**
     * Roles that read the outcome reports, figures without names: team leads, the steering group, administrators,
     * and coordinators, who write the quarterly progress report from them.
     */
    public static final Set<String> READS_REPORTS =
            Set.of(Groups.TEAM_LEAD, Groups.STEERING_GROUP, Groups.COORDINATOR, Groups.ADMIN);

    public boolean readsReports() {
        return groups.stream().anyMatch(READS_REPORTS::contains);
    }

    public boolean seesAllCases() {
        return groups.stream().anyMatch(SEES_ALL_CASES::contains);
    }
}
