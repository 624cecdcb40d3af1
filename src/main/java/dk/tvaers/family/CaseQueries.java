package dk.tvaers.family;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family cases as the board, the case page and the outcome report read them: set-based reads over the case
 * tables, each one SQL statement, returning records. With the view {@code family_case_summary} (migration V9), which
 * the board joins with the engine's open tasks, this is what other modules may read of the family tables; a renamed
 * column is answered here and in the view, nowhere else.
 */
@Component
public class CaseQueries {

    private static final String CASES_IN_PERIOD =
            "c.created_at < :end AND (c.closed_at IS NULL OR c.closed_at > :start)";

    private final NamedParameterJdbcTemplate jdbc;

    CaseQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A case's internal id and when it was opened. */
    public record Opened(long caseId, Instant createdAt) {}

    /** A phase the case (or course) entered, and when. */
    public record PhaseStart(String phase, Instant startedAt) {}

    /** One member's mean score over the domains of one screening day. */
    public record ScreeningMean(String caseNumber, long memberId, LocalDate screenedOn, double mean) {}

    /**
     * Families with at least two crime-and-risk screenings of a member, and those of them whose latest score is
     * higher (better) than the first.
     */
    public record CrimeRiskScreenings(long screened, long improved) {}

    /**
     * The SSP concern about one child or young person of a case: the first level recorded, the latest on or before
     * the period's last day, and how many levels were recorded up to then.
     */
    public record SspDevelopment(long caseId, long memberId, int firstLevel, int latestLevel, int assessments) {}

    /** A case that was open at some time in a period: from its opening to its closing (null while open). */
    public record CaseSpan(long caseId, Instant createdAt, Instant closedAt) {}

    /** A phase entry of a case, with the case's id. */
    public record CasePhaseStart(long caseId, String phase, Instant startedAt) {}

    @Transactional(readOnly = true)
    public Optional<Opened> opened(String caseNumber) {
        return jdbc
                .query(
                        "SELECT id, created_at FROM family_case WHERE case_number = :caseNumber",
                        new MapSqlParameterSource("caseNumber", caseNumber),
                        (rs, i) -> new Opened(rs.getLong("id"), instant(rs.getTimestamp("created_at"))))
                .stream()
                .findFirst();
    }

    /** The phase entries of a case, oldest first. A case opens in REFERRAL without an entry. */
    @Transactional(readOnly = true)
    public List<PhaseStart> phases(long caseId) {
        return jdbc.query(
                "SELECT phase, started_at FROM case_phase WHERE case_id = :caseId ORDER BY started_at, id",
                new MapSqlParameterSource("caseId", caseId),
                (rs, i) -> new PhaseStart(rs.getString("phase"), instant(rs.getTimestamp("started_at"))));
    }

    /** The open cases by phase, in phase name order. */
    @Transactional(readOnly = true)
    public Map<String, Long> openCasesByPhase() {
        Map<String, Long> byPhase = new LinkedHashMap<>();
        jdbc.query(
                "SELECT phase, COUNT(*) AS n FROM family_case WHERE status = 'OPEN' GROUP BY phase ORDER BY phase",
                new MapSqlParameterSource(),
                rs -> {
                    byPhase.put(rs.getString("phase"), rs.getLong("n"));
                });
        return byPhase;
    }

    @Transactional(readOnly = true)
    public CrimeRiskScreenings crimeRiskScreenings() {
        Map<String, Object> screening = jdbc.queryForMap(
                """
                SELECT COUNT(DISTINCT s.case_id) AS screened,
                       COUNT(DISTINCT CASE WHEN last_s.score > first_s.score THEN s.case_id END) AS improved
                FROM (SELECT case_id, member_id, MIN(screened_on) AS first_on, MAX(screened_on) AS last_on
                      FROM screening_score WHERE domain = 'CRIME_RISK'
                      GROUP BY case_id, member_id HAVING COUNT(*) >= 2) s
                JOIN screening_score first_s ON first_s.case_id = s.case_id AND first_s.member_id = s.member_id
                     AND first_s.domain = 'CRIME_RISK' AND first_s.screened_on = s.first_on
                JOIN screening_score last_s ON last_s.case_id = s.case_id AND last_s.member_id = s.member_id
                     AND last_s.domain = 'CRIME_RISK' AND last_s.screened_on = s.last_on
                """,
                new MapSqlParameterSource());
        return new CrimeRiskScreenings(
                ((Number) screening.get("screened")).longValue(), ((Number) screening.get("improved")).longValue());
    }

    /**
     * The development of the SSP concern of each child and young person of the cases open at some time in [start,
     * end), from the levels recorded on or before {@code until}, by case and member.
     */
    @Transactional(readOnly = true)
    public List<SspDevelopment> sspConcernDevelopment(Instant start, Instant end, LocalDate until) {
        Map<List<Long>, int[]> byMember = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT s.case_id, s.member_id, s.concern_level FROM ssp_concern s JOIN family_case c ON c.id = s.case_id
                WHERE s.assessed_on <= :until"""
                        + " AND "
                        + CASES_IN_PERIOD
                        + " ORDER BY s.case_id, s.member_id, s.assessed_on",
                period(start, end).addValue("until", until),
                rs -> {
                    int level = rs.getInt("concern_level");
                    int[] d = byMember.computeIfAbsent(
                            List.of(rs.getLong("case_id"), rs.getLong("member_id")), k -> new int[] {level, level, 0});
                    d[1] = level;
                    d[2]++;
                });
        return byMember.entrySet().stream()
                .map(e -> new SspDevelopment(
                        e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** The mean score of each member's screening days, for the given cases only (one board page). */
    @Transactional(readOnly = true)
    public List<ScreeningMean> screeningMeans(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                """
                SELECT c.case_number, s.member_id, s.screened_on, AVG(CAST(s.score AS DOUBLE PRECISION)) AS mean
                FROM screening_score s JOIN family_case c ON c.id = s.case_id
                WHERE c.case_number IN (:cases)
                GROUP BY c.case_number, s.member_id, s.screened_on
                """,
                new MapSqlParameterSource("cases", caseNumbers),
                (rs, i) -> new ScreeningMean(
                        rs.getString("case_number"),
                        rs.getLong("member_id"),
                        rs.getDate("screened_on").toLocalDate(),
                        rs.getDouble("mean")));
    }

    /** The cases open at some time in [start, end). */
    @Transactional(readOnly = true)
    public List<CaseSpan> casesOpenDuring(Instant start, Instant end) {
        return jdbc.query(
                "SELECT c.id, c.created_at, c.closed_at FROM family_case c WHERE " + CASES_IN_PERIOD,
                period(start, end),
                (rs, i) -> new CaseSpan(
                        rs.getLong("id"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("closed_at"))));
    }

    /**
     * Per case open at some time in [start, end): its parents and guardians with a BIF goal (not dropped) in the plan.
     * Cases without one are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> bifParentsOfCasesOpenDuring(Instant start, Instant end) {
        Map<Long, Long> bifParents = new HashMap<>();
        jdbc.query(
                """
                SELECT g.case_id, COUNT(DISTINCT g.member_id) AS parents
                FROM plan_goal g JOIN case_member m ON m.id = g.member_id JOIN family_case c ON c.id = g.case_id
                WHERE g.administration = 'bif' AND g.status <> 'DROPPED' AND m.role IN ('PARENT', 'GUARDIAN')
                """
                        + " AND " + CASES_IN_PERIOD + " GROUP BY g.case_id",
                period(start, end),
                rs -> {
                    bifParents.put(rs.getLong("case_id"), rs.getLong("parents"));
                });
        return bifParents;
    }

    /** The phase entries of the cases open at some time in [start, end), by case, oldest first. */
    @Transactional(readOnly = true)
    public List<CasePhaseStart> phaseEntriesOfCasesOpenDuring(Instant start, Instant end) {
        return jdbc.query(
                "SELECT p.case_id, p.phase, p.started_at FROM case_phase p JOIN family_case c ON c.id = p.case_id"
                        + " WHERE " + CASES_IN_PERIOD + " ORDER BY p.case_id, p.started_at, p.id",
                period(start, end),
                (rs, i) -> new CasePhaseStart(
                        rs.getLong("case_id"), rs.getString("phase"), instant(rs.getTimestamp("started_at"))));
    }

    /**
     * A member as the board labels her screening: her role and first name (null once the case is anonymised). The
     * caller decides whether the viewer may see the name.
     */
    public record MemberLabel(long memberId, String caseNumber, String role, String firstName) {}

    /** The members of the given cases (one board page), by member id. */
    @Transactional(readOnly = true)
    public Map<Long, MemberLabel> memberLabels(Collection<String> caseNumbers) {
        Map<Long, MemberLabel> labels = new LinkedHashMap<>();
        if (caseNumbers.isEmpty()) {
            return labels;
        }
        jdbc.query(
                "SELECT m.id, c.case_number, m.role, m.name FROM case_member m JOIN family_case c ON c.id = m.case_id"
                        + " WHERE c.case_number IN (:cases) AND c.anonymised_at IS NULL ORDER BY m.id",
                new MapSqlParameterSource("cases", caseNumbers),
                rs -> {
                    String name = rs.getString("name");
                    String first =
                            name == null || name.isBlank() ? null : name.strip().split("\\s+")[0];
                    labels.put(
                            rs.getLong("id"),
                            new MemberLabel(
                                    rs.getLong("id"), rs.getString("case_number"), rs.getString("role"), first));
                });
        return labels;
    }

    /** The day the municipality became aware of the family (the statutory clock's start), if recorded. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> awarenessDate(String caseNumber) {
        return jdbc
                .query(
                        "SELECT r.awareness_date FROM referral r JOIN family_case c ON c.id = r.case_id"
                                + " WHERE c.case_number = :caseNumber",
                        new MapSqlParameterSource("caseNumber", caseNumber),
                        (rs, i) -> rs.getDate("awareness_date"))
                .stream()
                .filter(java.util.Objects::nonNull)
                .map(java.sql.Date::toLocalDate)
                .findFirst();
    }

    private static MapSqlParameterSource period(Instant start, Instant end) {
        return new MapSqlParameterSource()
                .addValue("start", Timestamp.from(start))
                .addValue("end", Timestamp.from(end));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
