package dk.tvaers.board;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.OutcomeReport;
import dk.tvaers.family.CaseQueries;
import dk.tvaers.kernel.ReportPeriod;
import dk.tvaers.process.EngineReadModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
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

    private final CaseQueries cases;
    private final EngineReadModel engine;
    private final AdultCourseService adult;
    private final OutcomeCostService costs;
    private final Clock clock;

    OutcomeReportService(
            CaseQueries cases,
            EngineReadModel engine,
            AdultCourseService adult,
            OutcomeCostService costs,
            Clock clock) {
        this.cases = cases;
        this.engine = engine;
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

        Map<String, Long> byPhase = cases.openCasesByPhase();
        long running = byPhase.values().stream().mapToLong(Long::longValue).sum();

        EngineReadModel.Investigations investigations = engine.investigationsFinished(start, end);
        long finished = investigations.finished();
        long inTime = investigations.withinDeadline();

        Map<String, Long> overdue = engine.overdueTasksByAdministration();

        CaseQueries.CrimeRiskScreenings screening = cases.crimeRiskScreenings();
        long screened = screening.screened();
        long improved = screening.improved();

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
