package dk.tvaers.board;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.OutcomeReport;
import dk.tvaers.kernel.ReportPeriod;
import dk.tvaers.process.ChildInvestigationProcess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering group's outcome report for a period: figures only, no names. Families running and their phases,
 * child investigations finished within the statutory deadline, overdue tasks by administration, the families whose
 * crime-and-risk screening improved, the adult path's success criteria, and the period's costs by the domain's unit
 * prices.
 */
@Service
public class OutcomeReportService {

    private final NamedParameterJdbcTemplate jdbc;
    private final AdultCourseService adult;
    private final OutcomeCostService costs;
    private final Clock clock;

    OutcomeReportService(
            NamedParameterJdbcTemplate jdbc, AdultCourseService adult, OutcomeCostService costs, Clock clock) {
        this.jdbc = jdbc;
        this.adult = adult;
        this.costs = costs;
        this.clock = clock;
    }

    /**
     * The report's figures.
     *
     * @param improvedCrimeRisk families with at least two crime-and-risk screenings of a member whose latest score
     *     is higher (better) than the first: the board's stand-in for "reduced SSP concern" (goal ≥ 60%)
     * @param costs the period's costs by the domain's unit prices, up to today
     */
    public record Report(
            LocalDate from,
            LocalDate to,
            long familiesRunning,
            Map<String, Long> familiesByPhase,
            long investigationsFinished,
            long investigationsWithinDeadline,
            BigDecimal investigationsWithinDeadlineShare,
            Map<String, Long> overdueTasksByAdministration,
            long familiesScreenedTwice,
            long familiesImprovedCrimeRisk,
            BigDecimal improvedCrimeRiskShare,
            OutcomeReport adultPath,
            ReportCosts costs) {}

    @Transactional(readOnly = true)
    public Report report(LocalDate from, LocalDate to) {
        ReportPeriod period = new ReportPeriod(from, to);
        Instant start = period.start(clock.getZone());
        Instant end = period.end(clock.getZone());
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(start))
                .addValue("to", Timestamp.from(end))
                .addValue("investigation", ChildInvestigationProcess.Elements.USER_CHILD_INVESTIGATION);

        Map<String, Long> byPhase = new LinkedHashMap<>();
        jdbc.query(
                "SELECT phase, COUNT(*) AS n FROM family_case WHERE status = 'OPEN' GROUP BY phase ORDER BY phase",
                params,
                rs -> {
                    byPhase.put(rs.getString("phase"), rs.getLong("n"));
                });
        long running = byPhase.values().stream().mapToLong(Long::longValue).sum();

        Map<String, Object> investigations = jdbc.queryForMap(
                """
                SELECT COUNT(*) AS finished,
                       COUNT(CASE WHEN t.due_date_ IS NULL OR t.end_time_ <= t.due_date_ THEN 1 END) AS in_time
                FROM act_hi_taskinst t
                WHERE t.task_def_key_ = :investigation AND t.end_time_ >= :from AND t.end_time_ < :to
                  AND t.delete_reason_ = 'completed'
                """,
                params);
        long finished = ((Number) investigations.get("finished")).longValue();
        long inTime = ((Number) investigations.get("in_time")).longValue();

        Map<String, Long> overdue = new LinkedHashMap<>();
        for (String administration : List.of("sof", "buf", "bif", "kff")) {
            overdue.put(administration, 0L);
        }
        jdbc.query(
                """
                SELECT l.group_id_ AS administration, COUNT(DISTINCT t.id_) AS n
                FROM act_ru_task t JOIN act_ru_identitylink l ON l.task_id_ = t.id_ AND l.type_ = 'candidate'
                WHERE t.due_date_ < CURRENT_TIMESTAMP AND l.group_id_ IN ('sof', 'buf', 'bif', 'kff')
                GROUP BY l.group_id_
                """,
                params,
                rs -> {
                    overdue.put(rs.getString("administration"), rs.getLong("n"));
                });

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
                params);
        long screened = ((Number) screening.get("screened")).longValue();
        long improved = ((Number) screening.get("improved")).longValue();

        return new Report(
                from,
                to,
                running,
                byPhase,
                finished,
                inTime,
                share(inTime, finished),
                overdue,
                screened,
                improved,
                share(improved, screened),
                adult.outcomes(from, to),
                costs.costs(start, end.isBefore(now) ? end : now));
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
