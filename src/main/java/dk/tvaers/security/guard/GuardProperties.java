package dk.tvaers.security.guard;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The engine guard's settings (tvaers.engine-guard): which processes a user may start, which variables steer a case
 * and may never change after the start, and which roles may move a task's dates.
 */
@ConfigurationProperties("tvaers.engine-guard")
public class GuardProperties {

    /**
     * Processes a user may start from Tasklist ("Start proces"): a family's referral and a report of concern (the
     * engine's CREATE_INSTANCE grants say who); every other process is started by Tværs.
     */
    private List<String> userStartable = List.of("family-intervention", "report-of-concern");

    /** Variables that steer a case: set at the start or by Tværs, never changed by a user afterwards. */
    private List<String> steeringVariables = List.of(
            "caseNumber",
            "courseNumber",
            "district",
            "awarenessDate",
            "memberId",
            "childId",
            "mentor",
            "endReason",
            "reportNumber",
            "reporterKind",
            "receivedAt",
            "inOpenCase");

    /** Roles that may change a task's due and follow-up dates (administrators may too). */
    private List<String> dateRoles = List.of("team-chief", "team-lead");

    public List<String> getUserStartable() {
        return userStartable;
    }

    public void setUserStartable(List<String> userStartable) {
        this.userStartable = List.copyOf(userStartable);
    }

    public List<String> getSteeringVariables() {
        return steeringVariables;
    }

    public void setSteeringVariables(List<String> steeringVariables) {
        this.steeringVariables = List.copyOf(steeringVariables);
    }

    public List<String> getDateRoles() {
        return dateRoles;
    }

    public void setDateRoles(List<String> dateRoles) {
        this.dateRoles = List.copyOf(dateRoles);
    }
}
