package dk.tvaers.board;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case's course for its case page: the phases it has been in, and every task of its process and its child
 * investigations, done, open, overdue or cancelled.
 *
 * @param now the moment the states were judged (a task is overdue when its due date is before it)
 * @param awarenessDate the day the municipality became aware of the family, when recorded: the statutory clock's start
 * @param statutoryDeadline the child investigation's statutory deadline (Barnets Lov §20: the awareness date plus
 *     tvaers.deadlines.investigation), when the awareness date is recorded
 */
public record CaseTimeline(
        String caseNumber,
        OffsetDateTime now,
        java.time.LocalDate awarenessDate,
        java.time.LocalDate statutoryDeadline,
        List<Phase> phases,
        List<Task> tasks) {

    /** A phase with its start and, unless the case is still in it, its end (the next phase's start). */
    public record Phase(String phase, OffsetDateTime startedAt, OffsetDateTime endedAt) {}

    /**
     * One task.
     *
     * @param process the model's key: family-intervention, or child-investigation for a child's investigation
     * @param memberId the child a child investigation is about; null for the family's own tasks
     * @param candidateGroups the groups the task was offered to (administrations and roles)
     * @param administration the administration (sof, buf, bif, kff) among the candidate groups; null for a role only
     * @param id the task's id, for a link to it in Tasklist while it is open
     * @param assignee the user the task is (or was last) assigned to, if claimed
     * @param completedBy the user who completed a done task, from the engine's log of user operations
     * @param late a done task completed after its due date
     */
    public record Task(
            String id,
            String name,
            String taskKey,
            String process,
            Long memberId,
            List<String> candidateGroups,
            String administration,
            String assignee,
            String completedBy,
            OffsetDateTime created,
            OffsetDateTime due,
            OffsetDateTime completed,
            @Schema(
                            description =
                                    "DONE (afsluttet), OPEN (åben), OVERDUE (overskredet) eller CANCELLED (lukket uden"
                                            + " at blive udført, fx da sagen blev afsluttet før tid)")
                    State state,
            boolean late) {}

    /** A task's state. */
    public enum State {
        DONE,
        OPEN,
        OVERDUE,
        CANCELLED
    }
}
