package dk.tvaers.board;

import dk.tvaers.access.Viewer;
import dk.tvaers.family.CasePhase;
import dk.tvaers.family.CaseQueries;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.Roles;
import dk.tvaers.process.EngineReadModel;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseQueries cases;
    private final IdentityService identity;
    private final ProcessDeadlines deadlines;
    private final People people;
    private final Clock clock;

    public BoardService(
            NamedParameterJdbcTemplate jdbc,
            CaseQueries cases,
            IdentityService identity,
            ProcessDeadlines deadlines,
            People people,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.identity = identity;
        this.deadlines = deadlines;
        this.people = people;
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
            where.append(" AND ").append(EngineReadModel.workedOnByGroups("c.case_number"));
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
        // the steering group sees no names, so it may not look for one either
        if (present(filter.coordinator()) && !figuresOnly) {
            // by login or by (a part of) the display name, among the coordinators of running cases
            List<String> matching = people.matching(filter.coordinator(), coordinators());
            if (matching.isEmpty()) {
                return new BoardPage(List.of(), 0, filter.page(), filter.size(), figuresOnly);
            }
            where.append(" AND c.coordinator IN (:coordinators)");
            params.addValue("coordinators", matching);
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
        String order = BoardFilter.SORTS.get(filter.sort());
        if (filter.sort().equals("coordinator")) {
            order = byDisplayName(params); // the board shows names, so it sorts by them
        }
        String direction = filter.direction();
        if (filter.sort().equals("daysInPhase")) {
            direction = direction.equals("asc") ? "desc" : "asc"; // more days in phase = started earlier
        }
        String orderBy = " ORDER BY " + order + " " + direction + " NULLS LAST, c.case_number";
        String columns = "SELECT c.case_number, c.district, c.coordinator, c.phase, c.phase_started_at,"
                + " o.open_sof, o.open_sof_roles, o.open_buf, o.open_bif, o.open_kff, o.open_all, o.overdue,"
                + " o.next_due";
        params.addValue("limit", filter.size());
        params.addValue("offset", (long) filter.page() * filter.size());
        long total;
        String sql;
        if (filter.needsTaskFigures()) {
            // filtered or sorted by the open tasks: every running case's tasks are counted
            String from = " FROM family_case_summary c LEFT JOIN (" + EngineReadModel.OPEN_TASKS_BY_BUSINESS_KEY
                    + ") o ON o.business_key = c.case_number";
            total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, params, Long.class);
            sql = columns + from + where + orderBy + " LIMIT :limit OFFSET :offset";
        } else {
            // the page is chosen from the family's published view alone; only its cases' tasks are counted, so the
            // board costs a page's worth of tasks however many cases the installation runs
            total = jdbc.queryForObject("SELECT COUNT(*) FROM family_case_summary c" + where, params, Long.class);
            sql = "WITH page AS (SELECT c.* FROM family_case_summary c" + where + orderBy
                    + " LIMIT :limit OFFSET :offset) "
                    + columns + " FROM page c LEFT JOIN ("
                    + EngineReadModel.openTasksOf("SELECT case_number FROM page")
                    + ") o ON o.business_key = c.case_number" + orderBy;
        }
        Function<String, Long> planned = plannedDays();
        List<BoardRow> rows = jdbc.query(sql, params, (rs, i) -> row(rs, now, planned, figuresOnly));
        return new BoardPage(
                withScreenings(withNames(rows), figuresOnly), total, filter.page(), filter.size(), figuresOnly);
    }

    /** The coordinators of the running cases. */
    private List<String> coordinators() {
        return jdbc.queryForList(
                "SELECT DISTINCT coordinator FROM family_case_summary WHERE status = 'OPEN' AND coordinator IS NOT NULL",
                new MapSqlParameterSource(),
                String.class);
    }

    /** An ORDER BY expression that puts the coordinators in the order of their display names. */
    private String byDisplayName(MapSqlParameterSource params) {
        List<String> logins = coordinators();
        Map<String, String> names = people.names(logins);
        List<String> sorted = logins.stream()
                .sorted(java.util.Comparator.comparing(
                        (String login) -> names.getOrDefault(login, login), java.text.Collator.getInstance(DANISH)))
                .toList();
        if (sorted.isEmpty()) {
            return "c.coordinator";
        }
        StringBuilder order = new StringBuilder("CASE c.coordinator");
        for (int i = 0; i < sorted.size(); i++) {
            order.append(" WHEN :byName").append(i).append(" THEN ").append(i);
            params.addValue("byName" + i, sorted.get(i));
        }
        return order.append(" END").toString();
    }

    private List<BoardRow> withNames(List<BoardRow> rows) {
        Map<String, String> names = people.names(rows.stream()
                .map(BoardRow::coordinator)
                .filter(java.util.Objects::nonNull)
                .toList());
        return rows.stream()
                .map(row -> row.coordinator() == null
                        ? row
                        : row.withCoordinatorName(names.getOrDefault(row.coordinator(), row.coordinator())))
                .toList();
    }

    private BoardRow row(ResultSet rs, OffsetDateTime now, Function<String, Long> planned, boolean figuresOnly)
            throws SQLException {
        Map<String, Long> open = new LinkedHashMap<>();
        for (String administration : List.of("sof", "buf", "bif", "kff", "all")) {
            open.put(administration, rs.getLong("open_" + administration));
        }
        open.put("sofRoles", rs.getLong("open_sof_roles"));
        Timestamp started = rs.getTimestamp("phase_started_at");
        Timestamp nextDue = rs.getTimestamp("next_due");
        String phase = rs.getString("phase");
        return new BoardRow(
                rs.getString("case_number"),
                rs.getString("district"),
                figuresOnly ? null : rs.getString("coordinator"),
                null,
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

    /**
     * Each row's members' latest screening (mean over the domains) and its trend, read for the page's cases only,
     * labelled by role and first name; the steering group (figures only) sees the role alone. Everyone else on the
     * board may open its cases (a caseworker sees only the cases her groups worked on, as {@code CaseAccessPolicy}
     * lets her open; team leads and administrators open every case), so the first name is within her need-to-know.
     */
    private List<BoardRow> withScreenings(List<BoardRow> rows, boolean figuresOnly) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<String> caseNumbers = rows.stream().map(BoardRow::caseNumber).toList();
        // case -> member -> screening day -> mean score, days in order
        Map<String, Map<Long, java.util.TreeMap<java.time.LocalDate, Double>>> byCase = new java.util.HashMap<>();
        for (CaseQueries.ScreeningMean mean : cases.screeningMeans(caseNumbers)) {
            byCase.computeIfAbsent(mean.caseNumber(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(mean.memberId(), k -> new java.util.TreeMap<>())
                    .put(mean.screenedOn(), mean.mean());
        }
        Map<Long, CaseQueries.MemberLabel> members = byCase.isEmpty() ? Map.of() : cases.memberLabels(byCase.keySet());
        return rows.stream()
                .map(row -> row.withScreening(
                        screenings(byCase.getOrDefault(row.caseNumber(), Map.of()), labels(members, figuresOnly))))
                .toList();
    }

    /** Each member's label: "Barn (Ali)", or without names "Barn", "Barn 2" for the second child of the case. */
    static Function<Long, String> labels(Map<Long, CaseQueries.MemberLabel> members, boolean figuresOnly) {
        return memberId -> {
            CaseQueries.MemberLabel member = members.get(memberId);
            if (member == null) {
                return "Medlem";
            }
            String role = DisplayNames.memberRole(member.role());
            if (!figuresOnly && member.firstName() != null) {
                return role + " (" + member.firstName() + ")";
            }
            // the members are in id order: count the same role among the earlier members of this member's case
            long before = members.values().stream()
                    .filter(m -> m.caseNumber().equals(member.caseNumber())
                            && m.role().equals(member.role()))
                    .filter(m -> m.memberId() < memberId)
                    .count();
            return before == 0 ? role : role + " " + (before + 1);
        };
    }

    static List<BoardRow.MemberScreening> screenings(
            Map<Long, java.util.TreeMap<java.time.LocalDate, Double>> members, Function<Long, String> label) {
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
                    return new BoardRow.MemberScreening(
                            member.getKey(), label.apply(member.getKey()), Math.round(latest * 10) / 10.0, trend);
                })
                .toList();
    }

    /** A phase's planned length in days, from the deadlines (a month counted as 30 days). */
    private Function<String, Long> plannedDays() {
        Map<String, Period> periods = Map.of(
                CasePhase.INVESTIGATION.name(), deadlines.investigation(),
                CasePhase.VISITATION.name(), deadlines.visitation(),
                CasePhase.PLANNING.name(), deadlines.planning(),
                CasePhase.INTENSIVE.name(), deadlines.intensivePhase(),
                CasePhase.PHASE_OUT.name(), deadlines.phaseOut(),
                CasePhase.AFTERCARE.name(), deadlines.aftercare());
        return phase -> {
            Period period = periods.get(phase);
            return period == null ? null : period.toTotalMonths() * 30 + period.getDays();
        };
    }

    private static CasePhase phase(String text) {
        try {
            return CasePhase.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("phase", "Ukendt fase");
        }
    }

    private static final java.util.Locale DANISH = java.util.Locale.forLanguageTag("da-DK");

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
