package dk.tvaers.process;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which case an open task belongs to, for the case context Tasklist shows beside a task. Whether the user may see the
 * task at all is the engine's own task read authorization ({@link #readable}); the rest is read as the system, and the
 * caller checks need-to-know on the case before showing anything of it.
 */
@Component
public class TaskCases {

    /** The variables that name the family member a task is about: the child investigation's, the turning-18 one's. */
    private static final List<String> MEMBER_VARIABLES =
            List.of(ChildInvestigationProcess.CHILD_ID.name(), FamilyInterventionProcess.MEMBER_ID.name());

    private static final String TASKS =
            """
            SELECT t.id_, t.name_, t.task_def_key_, t.execution_id_, t.due_date_, d.key_ AS process_key,
                   pi.business_key_
            FROM act_ru_task t
            JOIN act_ru_execution pi ON pi.id_ = t.proc_inst_id_
            JOIN act_re_procdef d ON d.id_ = t.proc_def_id_
            WHERE t.id_ IN (:ids)
            """;

    /** The member variable nearest the task's execution, walking up its scopes. */
    private static final String MEMBER_OF_EXECUTION =
            """
            WITH RECURSIVE chain(id_, parent_id_, depth) AS (
                SELECT e.id_, e.parent_id_, 0 FROM act_ru_execution e WHERE e.id_ = :execution
                UNION ALL
                SELECT p.id_, p.parent_id_, c.depth + 1 FROM act_ru_execution p JOIN chain c ON p.id_ = c.parent_id_
            )
            SELECT v.long_ FROM act_ru_variable v JOIN chain c ON v.execution_id_ = c.id_
            WHERE v.name_ IN (:names) AND v.long_ IS NOT NULL
            ORDER BY c.depth
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskService tasks;

    TaskCases(NamedParameterJdbcTemplate jdbc, TaskService tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    /**
     * An open task and its case.
     *
     * @param businessKey the family case's or the adult course's number
     * @param memberId the family member the task is about (a child investigation, a child turning 18); else null
     */
    public record TaskCase(
            String taskId,
            String name,
            String taskKey,
            String processKey,
            String businessKey,
            Instant due,
            Long memberId) {

        /** A task of the Klar/Parat/Start course, whose business key is a course number. */
        public boolean adultCourse() {
            return AdultPathwayProcess.KEY.equals(processKey);
        }

        /** A task of "Modtag underretning", whose business key is a report number. */
        public boolean reportOfConcern() {
            return ReportOfConcernProcess.KEY.equals(processKey);
        }
    }

    /** The open tasks among these ids with their cases, read as the system; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<String, TaskCase> find(Collection<String> taskIds) {
        Map<String, TaskCase> found = new LinkedHashMap<>();
        if (taskIds.isEmpty()) {
            return found;
        }
        List<String[]> rows = new ArrayList<>();
        jdbc.query(TASKS, new MapSqlParameterSource("ids", taskIds), rs -> {
            Timestamp due = rs.getTimestamp("due_date_");
            found.put(
                    rs.getString("id_"),
                    new TaskCase(
                            rs.getString("id_"),
                            rs.getString("name_"),
                            rs.getString("task_def_key_"),
                            rs.getString("process_key"),
                            rs.getString("business_key_"),
                            due == null ? null : due.toInstant(),
                            null));
            rows.add(new String[] {rs.getString("id_"), rs.getString("execution_id_")});
        });
        for (String[] row : rows) {
            List<Long> member = jdbc.queryForList(
                    MEMBER_OF_EXECUTION,
                    new MapSqlParameterSource("execution", row[1]).addValue("names", MEMBER_VARIABLES),
                    Long.class);
            if (!member.isEmpty()) {
                TaskCase t = found.get(row[0]);
                found.put(
                        row[0],
                        new TaskCase(
                                t.taskId(),
                                t.name(),
                                t.taskKey(),
                                t.processKey(),
                                t.businessKey(),
                                t.due(),
                                member.get(0)));
            }
        }
        return found;
    }

    /**
     * The ids among these that the authenticated user may read, by the engine's own task authorization (the same
     * check that decides what Tasklist lists for her).
     */
    public Set<String> readable(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        // a page, as the engine requires of every query (queryMaxResultsLimit)
        return tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).listPage(0, taskIds.size()).stream()
                .map(Task::getId)
                .collect(Collectors.toSet());
    }

    /**
     * A finished child investigation's conclusion.
     *
     * @param conclusion the form's value, e.g. SUPPORT_NEEDED; null when the investigation ended without one
     */
    public record InvestigationConclusion(Long childId, String conclusion, Instant finished) {}

    /** The child investigations of a family case, with their conclusions, oldest first. */
    @Transactional(readOnly = true)
    public List<InvestigationConclusion> investigationConclusions(String caseNumber) {
        return jdbc.query(
                """
                SELECT p.id_, p.end_time_,
                       (SELECT v.long_ FROM act_hi_varinst v WHERE v.proc_inst_id_ = p.id_ AND v.name_ = :childId
                        AND v.execution_id_ = p.id_) AS child_id,
                       (SELECT v.text_ FROM act_hi_varinst v WHERE v.proc_inst_id_ = p.id_
                        AND v.name_ = :conclusion AND v.execution_id_ = p.id_) AS conclusion
                FROM act_hi_procinst p
                WHERE p.business_key_ = :caseNumber AND p.proc_def_key_ = :investigation
                ORDER BY p.start_time_, p.id_
                """,
                new MapSqlParameterSource("caseNumber", caseNumber)
                        .addValue("investigation", ChildInvestigationProcess.KEY)
                        .addValue("childId", ChildInvestigationProcess.CHILD_ID.name())
                        .addValue("conclusion", "investigationConclusion"),
                (rs, i) -> {
                    Number child = (Number) rs.getObject("child_id");
                    Timestamp ended = rs.getTimestamp("end_time_");
                    return new InvestigationConclusion(
                            child == null ? null : child.longValue(),
                            rs.getString("conclusion"),
                            ended == null ? null : ended.toInstant());
                });
    }
}
