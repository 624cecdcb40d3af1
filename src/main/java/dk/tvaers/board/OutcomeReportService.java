package dk.tvaers.board;

import dk.tvaers.adult.AdultMeasuresService;
import dk.tvaers.adult.OutcomeReport;
import dk.tvaers.family.CaseQueries;
import dk.tvaers.kernel.ReportPeriod;
import dk.tvaers.process.EngineReadModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering group's outcome report for a period: figures only, no names. Families running and their phases,
 * child investigations finished within the statutory deadline, overdue tasks by administration, Copenhagen's criterion
 * (the development of the SSP concern about the families' children), Ishøj's criteria over the young adults enrolled in
 * the period, and the period's costs by the domain's unit prices. Each figure says how it is computed and from which
 * data ({@link Report#methods()}).
 */
@Service
public class OutcomeReportService {

    private final CaseQueries cases;
    private final EngineReadModel engine;
    private final AdultMeasuresService adult;
    private final OutcomeCostService costs;
    private final Clock clock;

    OutcomeReportService(
            CaseQueries cases,
            EngineReadModel engine,
            AdultMeasuresService adult,
            OutcomeCostService costs,
            Clock clock) {
        this.cases = cases;
        this.engine = engine;
        this.adult = adult;
        this.costs = costs;
        this.clock = clock;
    }

    /** How one figure of the report is computed and from which data. */
    public record Method(String figure, String label, String computation) {}

    /**
     * The report's figures.
     *
     * @param parentalAuthority Copenhagen's criterion: the development of the SSP concern about the children (goal ≥
     *     60% of the families)
     * @param costs the period's costs by the domain's unit prices, up to today
     * @param methods for each figure, how it is computed and from which data
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
            ParentalAuthority parentalAuthority,
            OutcomeReport adultPath,
            ReportCosts costs,
            List<Method> methods) {}

    static final List<Method> METHODS = List.of(
            new Method(
                    "familiesRunning",
                    "Kørende familier",
                    "Familiesager, der er åbne i dag, pr. fase. Data: familiesagernes status og fase."),
            new Method(
                    "investigationsWithinDeadline",
                    "Børnefaglige undersøgelser inden for fristen",
                    "Undersøgelser afsluttet i perioden, og af dem dem afsluttet senest på den lovbestemte frist."
                            + " Data: undersøgelsesprocessernes historik og frist."),
            new Method(
                    "overdueTasksByAdministration",
                    "Overskredne opgaver pr. forvaltning",
                    "Åbne opgaver, hvis frist er overskredet i dag, efter opgavens kandidatgruppe. Data: procesmotorens"
                            + " åbne opgaver."),
            new Method(
                    "parentalAuthority", "Bedre forældreautoritet (København, mål ≥ 60 %)", ParentalAuthority.METHOD),
            new Method("adultPath.enrolled", "Klar / Parat / Start: indskrevne", OutcomeReport.BASIS),
            new Method(
                    "adultPath.droppedOutInPeriod",
                    "Klar / Parat / Start: frafald i perioden",
                    "Frafald registreret i perioden, talt da de skete (koordinator, mentor eller teamleder registrerer"
                            + " frafaldet, eller senest udskrivningen med resultatet 'faldet fra'). Data: forløbets"
                            + " hændelser."),
            new Method(
                    "adultPath.completedOrMovedOn",
                    "Klar / Parat / Start: gennemført eller videre (mål ≥ 75 %)",
                    OutcomeReport.COMPLETED_OR_MOVED_ON_METHOD),
            new Method(
                    "adultPath.prosecutedWhileEnrolled",
                    "Klar / Parat / Start: tiltalt under forløbet (mål ≤ 15 %)",
                    OutcomeReport.PROSECUTED_METHOD),
            new Method(
                    "adultPath.significantPositiveMovement",
                    "Klar / Parat / Start: markant positiv bevægelse (mål ≥ 60 %)",
                    OutcomeReport.MOVEMENT_METHOD),
            new Method(
                    "costs",
                    "Omkostninger",
                    "Hver post: registreret mængde i perioden (til og med i dag) × enhedspris fra budgettet (se"
                            + " postens grundlag). Data: familiesagernes åbne dage, faser og handleplanens BIF-mål."));

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

        ParentalAuthority authority = ParentalAuthority.compute(cases.sspConcernDevelopment(start, end, to));

        return new Report(
                from,
                to,
                running,
                byPhase,
                finished,
                inTime,
                share(inTime, finished),
                overdue,
                authority,
                adult.outcomes(from, to),
                costs.costs(start, end.isBefore(now) ? end : now),
                METHODS);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
