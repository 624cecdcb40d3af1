package dk.tvaers.access;

import dk.tvaers.kernel.Roles;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user reading or changing a record, with her groups. */
public record Viewer(String userId, List<String> groups) {

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

    /** {@link Roles#readsReports}. */
    public boolean readsReports() {
        return Roles.readsReports(groups);
    }

    /** {@link Roles#opensEveryCase}: every case record, whoever worked on it. */
    public boolean opensEveryCase() {
        return Roles.opensEveryCase(groups);
    }

    /** {@link Roles#audits}: the access log and the records export. */
    public boolean audits() {
        return Roles.audits(groups);
    }
}
