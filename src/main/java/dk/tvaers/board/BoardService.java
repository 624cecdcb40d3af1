package dk.tvaers.board;

import dk.tvaers.access.Viewer;
import dk.tvaers.family.CasePhase;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.Roles;
import dk.tvaers.process.ProcessDeadlines;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations board: every running family case with its phase, days in phase, open and overdue tasks per
 * administration and next deadline, filtered, sorted and paged in the database so that it stays fast with many
 * cases. A caseworker sees the cases her groups have or had a task on; team leads, the steering group and
 * administrators see all, the steering group without coordinators' names.
 */
@Service
public class BoardService {

    /** Open tasks of family cases, per case, by the administration among their candidate groups. */
    private static final String OPEN_TASKS =
            """
            SELECT pi.business_key_ AS case_number,
                   COUNT(DISTINCT CASE WHEN l.group_id_ = 'sof' THEN t.id_ END) AS open_sof,
                   COUNT(DISTINCT CASE WHEN l.group_id_ = 'buf' THEN t.id_ END) AS open_buf,
                   COUNT(DISTINCT CASE WHEN l.group_id_ = 'bif' THEN t.id_ END) AS open_bif,
                   COUNT(DISTINCT CASE WHEN l.group_id_ = 'kff' THEN t.id_ END) AS open_kff,
                   COUNT(DISTINCT t.id_) AS open_all,
                   COUNT(DISTINCT CASE WHEN t.due_date_ < :now THEN t.id_ END) AS overdue,
                   MIN(t.due_date_) AS next_due
            FROM act_ru_task t
            JOIN act_ru_execution pi ON pi.id_ = t.proc_inst_id_
            LEFT JOIN act_ru_identitylink l ON l.task_id_ = t.id_ AND l.type_ = 'candidate'
            GROUP BY pi.business_key_
            """;

    /** The case was (or is) worked on by one of the viewer's groups. */
    private static final String WORKED_ON_BY_VIEWER =
            """
            EXISTS (SELECT 1 FROM act_hi_identitylink hl
                    JOIN act_hi_taskinst ht ON ht.id_ = hl.task_id_
                    JOIN act_hi_procinst hp ON hp.id_ = ht.proc_inst_id_
                    WHERE hp.business_key_ = c.case_number AND hl.group_id_ IN (:groups))
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final IdentityService identity;
    private final ProcessDeadlines deadlines;
    private final Clock clock;

    public BoardService(
            NamedParameterJdbcTemplate jdbc, IdentityService identity, ProcessDeadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BoardPage board(BoardFilter filter) {
        List<String> groups = Viewer.of(identity.getCurrentAuthentication()).groups();
        boolean seeAll = Roles.seesEveryBoardRow(groups);
        boolean figuresOnly = Roles.seesBoardFiguresOnly(groups);

        OffsetDateTime now = OffsetDateTime.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(now.toInstant()));
        StringBuilder where = new StringBuilder(" WHERE c.status = 'OPEN'");
        if (!seeAll) {
            if (groups.isEmpty()) {
                return new BoardPage(List.of(), 0, filter.page(), filter.size(), false);
            }
            where.append(" AND ").append(WORKED_ON_BY_VIEWER);
            params.addValue("groups", groups);
        }
        if (present(filter.district())) {
            where.append(" AND c.district = :district");
            params.addValue("district", filter.district());
        }
        if (present(filter.phase())) {
            where.append(" AND c.phase = :phase");
            params.addValue("phase", phase(filter.phase()).name());
        }
        if (present(filter.coordinator())) {
            where.append(" AND c.coordinator = :coordinator");
            params.addValue("coordinator", filter.coordinator());
        }
        if (present(filter.administration())) {
            // checked against a fixed list in BoardFilter: safe to name the column
            where.append(" AND COALESCE(o.open_")
                    .append(filter.administration())
                    .append(", 0) > 0");
        }
        if (filter.overdueOnly()) {
            where.append(" AND COALESCE(o.overdue, 0) > 0");
        }
        String from = " FROM family_case c LEFT JOIN (" + OPEN_TASKS + ") o ON o.case_number = c.case_number";
        long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, params, Long.class);

        String direction = filter.direction();
        if (filter.sort().equals("daysInPhase")) {
            direction = direction.equals("asc") ? "desc" : "asc"; // more days in phase = started earlier
        }
        String sql = "SELECT c.case_number, c.district, c.coordinator, c.phase, c.phase_started_at,"
                + " o.open_sof, o.open_buf, o.open_bif, o.open_kff, o.open_all, o.overdue, o.next_due"
                + from + where
                + " ORDER BY " + BoardFilter.SORTS.get(filter.sort()) + " " + direction + " NULLS LAST, c.case_number"
                + " LIMIT :limit OFFSET :offset";
        params.addValue("limit", filter.size());
        params.addValue("offset", (long) filter.page() * filter.size());
        Function<String, Long> planned = plannedDays();
        List<BoardRow> rows = jdbc.query(sql, params, (rs, i) -> row(rs, now, planned, figuresOnly));
        return new BoardPage(withScreenings(rows), total, filter.page(), filter.size(), figuresOnly);
    }

    private BoardRow row(ResultSet rs, OffsetDateTime now, Function<String, Long> planned, boolean figuresOnly)
            throws SQLException {
        Map<String, Long> open = new LinkedHashMap<>();
        for (String administration : List.of("sof", "buf", "bif", "kff", "all")) {
            open.put(administration, rs.getLong("open_" + administration));
        }
        Timestamp started = rs.getTimestamp("phase_started_at");
        Timestamp nextDue = rs.getTimestamp("next_due");
        String phase = rs.getString("phase");
        return new BoardRow(
                rs.getString("case_number"),
                rs.getString("district"),
                figuresOnly ? null : rs.getString("coordinator"),
                phase,
                started == null
                        ? 0
                        : Duration.between(started.toInstant(), now.toInstant()).toDays(),
                planned.apply(phase),
                open,
                rs.getLong("overdue"),
                nextDue == null
                        ? null
                        : nextDue.toInstant().atZone(clock.getZone()).toOffsetDateTime(),
                List.of());
    }

    /** Each row's members' latest screening (mean over the domains) and its trend, read for the page's cases only. */
    private List<BoardRow> withScreenings(List<BoardRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<String> caseNumbers = rows.stream().map(BoardRow::caseNumber).toList();
        // case -> member -> screening day -> mean score, days in order
        Map<String, Map<Long, java.util.TreeMap<java.time.LocalDate, Double>>> byCase = new java.util.HashMap<>();
        jdbc.query(
                """
                SELECT c.case_number, s.member_id, s.screened_on, AVG(CAST(s.score AS DOUBLE PRECISION)) AS mean
                FROM screening_score s JOIN family_case c ON c.id = s.case_id
                WHERE c.case_number IN (:cases)
                GROUP BY c.case_number, s.member_id, s.screened_on
                """,
                new MapSqlParameterSource("cases", caseNumbers),
                rs -> {
                    byCase.computeIfAbsent(rs.getString("case_number"), k -> new java.util.TreeMap<>())
                            .computeIfAbsent(rs.getLong("member_id"), k -> new java.util.TreeMap<>())
                            .put(rs.getDate("screened_on").toLocalDate(), rs.getDouble("mean"));
                });
        return rows.stream()
                .map(row -> row.withScreening(screenings(byCase.getOrDefault(row.caseNumber(), Map.of()))))
                .toList();
    }

    static List<BoardRow.MemberScreening> screenings(
            Map<Long, java.util.TreeMap<java.time.LocalDate, Double>> members) {
        return members.entrySet().stream()
                .map(member -> {
                    java.util.TreeMap<java.time.LocalDate, Double> days = member.getValue();
                    double latest = days.lastEntry().getValue();
                    Map.Entry<java.time.LocalDate, Double> before = days.lowerEntry(days.lastKey());
                    BoardRow.Trend trend = before == null
                            ? BoardRow.Trend.FIRST
                            : latest > before.getValue() + 0.05
                                    ? BoardRow.Trend.UP
                                    : latest < before.getValue() - 0.05 ? BoardRow.Trend.DOWN : BoardRow.Trend.SAME;
                    return new BoardRow.MemberScreening(member.getKey(), Math.round(latest * 10) / 10.0, trend);
                })
                .toList();
    }

    /** A phase's planned length in days, from the deadlines (a month counted as 30 days). */
    private Function<String, Long> plannedDays() {
        Map<String, String> durations = Map.of(
                CasePhase.INVESTIGATION.name(), deadlines.getInvestigation(),
                CasePhase.VISITATION.name(), deadlines.getVisitation(),
                CasePhase.PLANNING.name(), deadlines.getPlanning(),
                CasePhase.INTENSIVE.name(), deadlines.getIntensivePhase(),
                CasePhase.PHASE_OUT.name(), deadlines.getPhaseOut(),
                CasePhase.AFTERCARE.name(), deadlines.getAftercare());
        return phase -> {
            String duration = durations.get(phase);
            if (duration == null) {
                return null;
            }
            Period period = Period.parse(duration);
            return period.toTotalMonths() * 30 + period.getDays();
        };
    }

    private static CasePhase phase(String text) {
        try {
            return CasePhase.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("phase", "Ukendt fase");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
