package dk.tvaers.board;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One running case on the operations board: never a name or CPR number.
 *
 * @param coordinator the coordinator's user id; null for the steering group, who see figures only
 * @param coordinatorName the coordinator's display name from the identity service (her login if it has none); null
 *     for the steering group
 * @param daysInPhase days since the case entered its phase
 * @param plannedDays the phase's planned length in days (from tvaers.deadlines), null when it has none
 * @param openTasks open tasks per administration (sof, buf, bif, kff) and in all ("all"). Tasks offered to a role
 *     only (coordinator, team chief, mentor, team lead) count under sof, the administration those roles belong to
 *     (SOF owns the project); "sofRoles" says how many of sof's they are, so every open task is in a column
 * @param overdueTasks open tasks past their due date
 * @param nextDeadline the earliest due date among the case's open tasks
 * @param screening each screened member's latest five-step screening (the mean over its domains) and its trend
 */
public record BoardRow(
        String caseNumber,
        String district,
        String coordinator,
        String coordinatorName,
        String phase,
        long daysInPhase,
        Long plannedDays,
        Map<String, Long> openTasks,
        long overdueTasks,
        OffsetDateTime nextDeadline,
        List<MemberScreening> screening) {

    /**
     * A member's latest screening.
     *
     * @param label the member's role and, for those who may open the case (need-to-know), her first name: "Barn
     *     (Ali)"; the steering group sees the role only ("Barn", "Barn 2" for a second child)
     */
    public record MemberScreening(long memberId, String label, double score, Trend trend) {}

    /** The latest screening against the one before: higher scores are better. */
    public enum Trend {
        UP,
        SAME,
        DOWN,
        FIRST
    }

    /** The same row with its coordinator's display name. */
    BoardRow withCoordinatorName(String name) {
        return new BoardRow(
                caseNumber,
                district,
                coordinator,
                name,
                phase,
                daysInPhase,
                plannedDays,
                openTasks,
                overdueTasks,
                nextDeadline,
                screening);
    }

    /** The same row with its screenings. */
    BoardRow withScreening(List<MemberScreening> screenings) {
        return new BoardRow(
                caseNumber,
                district,
                coordinator,
                coordinatorName,
                phase,
                daysInPhase,
                plannedDays,
                openTasks,
                overdueTasks,
                nextDeadline,
                screenings);
    }
}
