package dk.tvaers.board;

import dk.tvaers.kernel.InvalidInputException;
import java.util.Map;
import java.util.Set;

/** The board's filters, sorting and page. Sort columns and administrations are checked against fixed lists. */
public record BoardFilter(
        String district,
        String phase,
        String coordinator,
        String administration,
        boolean overdueOnly,
        String sort,
        String direction,
        int page,
        int size) {

    static final int MAX_SIZE = 200;
    static final Set<String> ADMINISTRATIONS = Set.of("sof", "buf", "bif", "kff");

    /** The sortable columns and their SQL. */
    static final Map<String, String> SORTS = Map.of(
            "caseNumber", "c.case_number",
            "district", "c.district",
            "coordinator", "c.coordinator",
            "phase", "c.phase",
            "daysInPhase", "c.phase_started_at",
            "openTasks", "open_all",
            "overdueTasks", "overdue",
            "nextDeadline", "next_due");

    /** The sorts by the open tasks' figures rather than by the case's own columns. */
    static final Set<String> TASK_SORTS = Set.of("openTasks", "overdueTasks", "nextDeadline");

    /** Whether the filter or the sort needs every running case's open tasks counted, not only the page's. */
    boolean needsTaskFigures() {
        return (administration != null && !administration.isBlank()) || overdueOnly || TASK_SORTS.contains(sort);
    }

    public BoardFilter {
        sort = sort == null || sort.isBlank() ? "caseNumber" : sort;
        direction = direction == null || direction.isBlank() ? "asc" : direction.toLowerCase();
        if (!SORTS.containsKey(sort)) {
            throw new InvalidInputException("sort", "Kan ikke sortere efter '" + sort + "'");
        }
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidInputException("direction", "Retningen skal være asc eller desc");
        }
        if (administration != null && !administration.isBlank() && !ADMINISTRATIONS.contains(administration)) {
            throw new InvalidInputException("administration", "Forvaltningen skal være sof, buf, bif eller kff");
        }
        if (page < 0) {
            throw new InvalidInputException("page", "Siden skal være 0 eller mere");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "Sidestørrelsen skal være fra 1 til " + MAX_SIZE);
        }
    }
}
