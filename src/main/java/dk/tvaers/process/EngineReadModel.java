package dk.tvaers.process;

import dk.tvaers.access.CaseWork;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's task and history tables (act_ru_task, act_hi_taskinst, their identity links, act_hi_procinst,
 * act_hi_varinst, act_hi_op_log) read with SQL for the board, the case page, the records export, the outcome report
 * and need-to-know: set-based reads the engine's query API cannot do in one statement. The only application code that
 * names Camunda's tables, so that an engine upgrade that changes them is answered here.
 *
 * <p>Read as the system: caseworkers have no right to read the engine's history, and the callers decide who may see
 * what. A business key is a family case's number or an adult course's number.
 */
@Component
public class EngineReadModel implements CaseWork {

    /** The administrations, each a candidate group of the tasks it owns. */
    public static final List<String> ADMINISTRATIONS = List.of("sof", "buf", "bif", "kff");

    /**
     * A relation for a join: the open tasks of each business key, counted by the administration among their candidate
     * groups. Columns: {@code business_key}, {@code open_sof}, {@code open_buf}, {@code open_bif}, {@code open_kff},
     * {@code open_all}, {@code overdue} (due before the parameter {@code :now}) and {@code next_due}. A task offered to
     * a role only (coordinator, team chief, mentor, team lead: SOF's people, as SOF owns the project) counts under
     * {@code open_sof}, and also in {@code open_sof_roles}, so that every open task is in one administration's count.
     */
    public static final String OPEN_TASKS_BY_BUSINESS_KEY = openTasksByBusinessKey("");

    /**
     * {@link #OPEN_TASKS_BY_BUSINESS_KEY} for the business keys a query names (a relation or a parameter list), so
     * that a page of cases counts its own tasks by the business-key index instead of grouping every open task.
     *
     * @param keys an SQL expression in {@code IN (...)}, e.g. {@code SELECT case_number FROM page}
     */
    public static String openTasksOf(String keys) {
        return openTasksByBusinessKey("WHERE pi.business_key_ IN (" + keys + ")\n");
    }

    private static String openTasksByBusinessKey(String where) {
        return """
                SELECT pi.business_key_ AS business_key,
                       COUNT(DISTINCT CASE WHEN l.group_id_ IS NULL OR l.group_id_ NOT IN ('buf', 'bif', 'kff')
                                           THEN t.id_ END) AS open_sof,
                       COUNT(DISTINCT CASE WHEN l.group_id_ IS NULL OR l.group_id_ NOT IN ('sof', 'buf', 'bif', 'kff')
                                           THEN t.id_ END) AS open_sof_roles,
                       COUNT(DISTINCT CASE WHEN l.group_id_ = 'buf' THEN t.id_ END) AS open_buf,
                       COUNT(DISTINCT CASE WHEN l.group_id_ = 'bif' THEN t.id_ END) AS open_bif,
                       COUNT(DISTINCT CASE WHEN l.group_id_ = 'kff' THEN t.id_ END) AS open_kff,
                       COUNT(DISTINCT t.id_) AS open_all,
                       COUNT(DISTINCT CASE WHEN t.due_date_ < :now THEN t.id_ END) AS overdue,
                       MIN(t.due_date_) AS next_due
                FROM act_ru_task t
                JOIN act_ru_execution pi ON pi.id_ = t.proc_inst_id_
                LEFT JOIN act_ru_identitylink l ON l.task_id_ = t.id_ AND l.type_ = 'candidate'
                """
                + where
                + "GROUP BY pi.business_key_\n";
    }

    /**
     * Her groups or she herself had a task on the case: a candidate group or candidate user of it, or its assignee
     * (the one who has it now, or had it when it was completed). Someone who held a task only for a while and lost it
     * (unclaimed, reassigned) does not count: the access went with the task.
     */
    private static final String WORKED_ON =
            """
            SELECT COUNT(*) FROM act_hi_taskinst ht
            JOIN act_hi_procinst hp ON hp.id_ = ht.proc_inst_id_
            WHERE hp.business_key_ = :key
              AND (ht.assignee_ = :user
                   OR EXISTS (SELECT 1 FROM act_hi_identitylink hl
                              WHERE hl.task_id_ = ht.id_
                                AND (hl.group_id_ IN (:groups) OR (hl.user_id_ = :user AND hl.type_ = 'candidate'))))
            """;

    /** The root process instances of a business key (the family process, or the adult path). */
    private static final String ROOTS =
            "SELECT p.id_ FROM act_hi_procinst p WHERE p.business_key_ = :caseNumber AND p.super_process_instance_id_"
                    + " IS NULL";

    private final NamedParameterJdbcTemplate jdbc;

    EngineReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A condition for a where clause: the process instances with the business key in the column {@code keyColumn}
     * had (or have) a task with one of the candidate groups in the parameter {@code :groups}.
     */
    public static String workedOnByGroups(String keyColumn) {
        return """
                EXISTS (SELECT 1 FROM act_hi_identitylink hl
                        JOIN act_hi_taskinst ht ON ht.id_ = hl.task_id_
                        JOIN act_hi_procinst hp ON hp.id_ = ht.proc_inst_id_
                        WHERE hp.business_key_ = %s AND hl.group_id_ IN (:groups))
                """
                .formatted(keyColumn);
    }

    @Override
    public boolean workedOn(String businessKey, String userId, List<String> groups) {
        MapSqlParameterSource params = new MapSqlParameterSource("key", businessKey)
                .addValue("user", userId)
                .addValue("groups", groups.isEmpty() ? List.of("-") : groups);
        Long count = jdbc.queryForObject(WORKED_ON, params, Long.class);
        return count != null && count > 0;
    }

    /**
     * One task from the engine's history.
     *
     * @param id the task's id (Tasklist opens an open task by it)
     * @param childId the child a child investigation is about (its process variable); null for other tasks
     * @param candidateGroups the groups it was offered to, in name order
     * @param assignee the user it is (or was last) assigned to
     * @param completedBy the user who completed it, from the engine's log of user operations
     * @param ended when it was completed or cancelled; null while it is open
     * @param completed it was completed, not cancelled
     */
    public record HistoricTask(
            String id,
            String name,
            String taskKey,
            String processKey,
            Long childId,
            List<String> candidateGroups,
            String assignee,
            String completedBy,
            Instant created,
            Instant due,
            Instant ended,
            boolean completed) {}

    /** Every task of the process instances with this business key and of the instances they called, oldest first. */
    @Transactional(readOnly = true)
    public List<HistoricTask> tasks(String businessKey) {
        MapSqlParameterSource params = new MapSqlParameterSource("caseNumber", businessKey);
        Map<String, List<String>> groups = new HashMap<>();
        jdbc.query(
                "SELECT DISTINCT l.task_id_, l.group_id_ FROM act_hi_identitylink l"
                        + " JOIN act_hi_taskinst t ON t.id_ = l.task_id_"
                        + " WHERE t.root_proc_inst_id_ IN (" + ROOTS + ")"
                        + " AND l.type_ = 'candidate' AND l.operation_type_ = 'add' AND l.group_id_ IS NOT NULL"
                        + " ORDER BY l.group_id_",
                params,
                rs -> {
                    groups.computeIfAbsent(rs.getString("task_id_"), k -> new ArrayList<>())
                            .add(rs.getString("group_id_"));
                });
        Map<String, Long> children = new HashMap<>();
        params.addValue("childId", ChildInvestigationProcess.CHILD_ID.name());
        jdbc.query(
                "SELECT v.proc_inst_id_, v.long_ FROM act_hi_varinst v"
                        + " JOIN act_hi_procinst p ON p.id_ = v.proc_inst_id_"
                        + " WHERE p.root_proc_inst_id_ IN (" + ROOTS + ") AND p.super_process_instance_id_ IS NOT NULL"
                        + " AND v.name_ = :childId AND v.execution_id_ = v.proc_inst_id_",
                params,
                rs -> {
                    children.put(rs.getString("proc_inst_id_"), rs.getLong("long_"));
                });

        // who completed each task, from the engine's log of user operations
        Map<String, String> completedBy = new HashMap<>();
        jdbc.query(
                "SELECT o.task_id_, o.user_id_ FROM act_hi_op_log o JOIN act_hi_taskinst t ON t.id_ = o.task_id_"
                        + " WHERE t.root_proc_inst_id_ IN (" + ROOTS + ") AND o.operation_type_ = 'Complete'"
                        + " AND o.user_id_ IS NOT NULL",
                params,
                rs -> {
                    completedBy.put(rs.getString("task_id_"), rs.getString("user_id_"));
                });

        return jdbc.query(
                "SELECT t.id_, t.name_, t.task_def_key_, t.proc_def_key_, t.proc_inst_id_, t.assignee_,"
                        + " t.start_time_, t.due_date_, t.end_time_, t.delete_reason_"
                        + " FROM act_hi_taskinst t WHERE t.root_proc_inst_id_ IN (" + ROOTS + ")"
                        + " ORDER BY t.start_time_, t.id_",
                params,
                (rs, i) -> {
                    String id = rs.getString("id_");
                    Instant ended = instant(rs.getTimestamp("end_time_"));
                    boolean completed = ended != null && "completed".equals(rs.getString("delete_reason_"));
                    return new HistoricTask(
                            id,
                            rs.getString("name_"),
                            rs.getString("task_def_key_"),
                            rs.getString("proc_def_key_"),
                            children.get(rs.getString("proc_inst_id_")),
                            groups.getOrDefault(id, List.of()),
                            rs.getString("assignee_"),
                            completed ? completedBy.get(id) : null,
                            instant(rs.getTimestamp("start_time_")),
                            instant(rs.getTimestamp("due_date_")),
                            ended,
                            completed);
                });
    }

    /** Child investigations completed in [from, to), and how many of them by their due date (or without one). */
    public record Investigations(long finished, long withinDeadline) {}

    @Transactional(readOnly = true)
    public Investigations investigationsFinished(Instant from, Instant to) {
        Map<String, Object> found = jdbc.queryForMap(
                """
                SELECT COUNT(*) AS finished,
                       COUNT(CASE WHEN t.due_date_ IS NULL OR t.end_time_ <= t.due_date_ THEN 1 END) AS in_time
                FROM act_hi_taskinst t
                WHERE t.task_def_key_ = :investigation AND t.end_time_ >= :from AND t.end_time_ < :to
                  AND t.delete_reason_ = 'completed'
                """,
                new MapSqlParameterSource()
                        .addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to))
                        .addValue("investigation", ChildInvestigationProcess.USER_CHILD_INVESTIGATION));
        return new Investigations(
                ((Number) found.get("finished")).longValue(), ((Number) found.get("in_time")).longValue());
    }

    /** The open tasks due before now (the database's), by administration; every administration is named, 0 or more. */
    @Transactional(readOnly = true)
    public Map<String, Long> overdueTasksByAdministration() {
        Map<String, Long> overdue = new LinkedHashMap<>();
        for (String administration : ADMINISTRATIONS) {
            overdue.put(administration, 0L);
        }
        jdbc.query(
                """
                SELECT a.administration, COUNT(DISTINCT a.id_) AS n FROM (
                    SELECT t.id_, CASE WHEN l.group_id_ IN ('buf', 'bif', 'kff') THEN l.group_id_ ELSE 'sof' END
                                      AS administration
                    FROM act_ru_task t LEFT JOIN act_ru_identitylink l ON l.task_id_ = t.id_ AND l.type_ = 'candidate'
                    WHERE t.due_date_ < CURRENT_TIMESTAMP) a
                GROUP BY a.administration
                """,
                new MapSqlParameterSource(),
                rs -> {
                    overdue.put(rs.getString("administration"), rs.getLong("n"));
                });
        return overdue;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
