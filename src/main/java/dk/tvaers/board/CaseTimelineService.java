package dk.tvaers.board;

import dk.tvaers.kernel.NotFoundException;
import dk.tvaers.process.ChildInvestigationProcess;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's timeline: its phases from the case record and its tasks from the engine's history, those of the family
 * process and of the child investigations it called (sub-instances under the same root instance, which also carry the
 * case number as business key).
 *
 * <p>Read with SQL as the system, as the board is: caseworkers have no right to read the engine's history, and the
 * case-level need-to-know check in front of /api/cases/{caseNumber}/** decides who may see the case at all.
 */
@Service
public class CaseTimelineService {

    private static final List<String> ADMINISTRATIONS = List.of("sof", "buf", "bif", "kff");

    /** The root process instances of the case: the family process (the business key is the case number). */
    private static final String ROOTS =
            "SELECT p.id_ FROM act_hi_procinst p WHERE p.business_key_ = :caseNumber AND p.super_process_instance_id_"
                    + " IS NULL";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public CaseTimelineService(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseTimeline timeline(String caseNumber) {
        MapSqlParameterSource params = new MapSqlParameterSource("caseNumber", caseNumber);
        List<Object[]> found =
                jdbc.query("SELECT id, created_at FROM family_case WHERE case_number = :caseNumber", params, (rs, i) ->
                        new Object[] {rs.getLong("id"), time(rs.getTimestamp("created_at"))});
        if (found.isEmpty()) {
            throw new NotFoundException(caseNumber);
        }
        params.addValue("caseId", found.get(0)[0]);
        OffsetDateTime now = OffsetDateTime.now(clock);

        List<CaseTimeline.Phase> phases = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>(jdbc.query(
                "SELECT phase, started_at FROM case_phase WHERE case_id = :caseId ORDER BY started_at, id",
                params,
                (rs, i) -> new Object[] {rs.getString("phase"), time(rs.getTimestamp("started_at"))}));
        // a case opens in REFERRAL (FamilyCase's constructor) without a phase entry: its start is the case's
        if (entries.isEmpty() || !"REFERRAL".equals(entries.get(0)[0])) {
            entries.add(0, new Object[] {"REFERRAL", found.get(0)[1]});
        }
        for (int i = 0; i < entries.size(); i++) {
            phases.add(new CaseTimeline.Phase(
                    (String) entries.get(i)[0],
                    (OffsetDateTime) entries.get(i)[1],
                    i + 1 < entries.size() ? (OffsetDateTime) entries.get(i + 1)[1] : null));
        }

        return new CaseTimeline(caseNumber, now, phases, tasks(caseNumber));
    }

    /**
     * Every task of the process instances with this business key (a family case's, or an adult course's) and of the
     * instances they called, oldest first, each with its state now.
     */
    @Transactional(readOnly = true)
    public List<CaseTimeline.Task> tasks(String businessKey) {
        MapSqlParameterSource params = new MapSqlParameterSource("caseNumber", businessKey);
        OffsetDateTime now = OffsetDateTime.now(clock);
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
        params.addValue("childId", ChildInvestigationProcess.Variables.CHILD_ID);
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
                    List<String> candidates = groups.getOrDefault(rs.getString("id_"), List.of());
                    OffsetDateTime due = time(rs.getTimestamp("due_date_"));
                    OffsetDateTime ended = time(rs.getTimestamp("end_time_"));
                    boolean completed = ended != null && "completed".equals(rs.getString("delete_reason_"));
                    CaseTimeline.State state = ended != null
                            ? completed ? CaseTimeline.State.DONE : CaseTimeline.State.CANCELLED
                            : due != null && due.isBefore(now) ? CaseTimeline.State.OVERDUE : CaseTimeline.State.OPEN;
                    return new CaseTimeline.Task(
                            rs.getString("name_"),
                            rs.getString("task_def_key_"),
                            rs.getString("proc_def_key_"),
                            children.get(rs.getString("proc_inst_id_")),
                            candidates,
                            candidates.stream()
                                    .filter(ADMINISTRATIONS::contains)
                                    .findFirst()
                                    .orElse(null),
                            rs.getString("assignee_"),
                            completed ? completedBy.get(rs.getString("id_")) : null,
                            time(rs.getTimestamp("start_time_")),
                            due,
                            completed ? ended : null,
                            state,
                            completed && due != null && ended.isAfter(due));
                });
    }

    private OffsetDateTime time(Timestamp timestamp) {
        return timestamp == null
                ? null
                : timestamp.toInstant().atZone(clock.getZone()).toOffsetDateTime();
    }
}
