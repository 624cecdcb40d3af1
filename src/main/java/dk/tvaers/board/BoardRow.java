package dk.tvaers.board;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One running case on the operations board: never a name or CPR number.
 *
 * @param coordinator the coordinator's user id; null for the steering group, who see figures only
 * @param daysInPhase days since the case entered its phase
 * @param plannedDays the phase's planned length in days (from tvaers.deadlines), null when it has none
 * @param openTasks open tasks per administration (sof, buf, bif, kff) and in all ("all")
 * @param overdueTasks open tasks past their due date
 * @param nextDeadline the earliest due date among the case's open tasks
 * @param screening each screened member's latest five-step screening (the mean over its domains) and its trend
 */
public record BoardRow(
        String caseNumber,
        String district,
        String coordinator,
        String phase,
        long daysInPhase,
        Long plannedDays,
        Map<String, Long> openTasks,
        long overdueTasks,
        OffsetDateTime nextDeadline,
        List<MemberScreening> screening) {

    /** A member's latest screening, by member id only: the board shows no names. */
    public record MemberScreening(long memberId, double score, Trend trend) {}

    /** The latest screening against the one before: higher scores are better. */
    public enum Trend {
        UP,
        SAME,
        DOWN,
        FIRST
    }

    /** The same row with its screenings. */
    BoardRow withScreening(List<MemberScreening> screenings) {
        return new BoardRow(
                caseNumber,
                district,
                coordinator,
                phase,
                daysInPhase,
                plannedDays,
                openTasks,
                overdueTasks,
                nextDeadline,
                screenings);
    }
}
