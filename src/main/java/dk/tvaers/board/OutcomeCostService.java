package dk.tvaers.board;

import dk.tvaers.family.CaseQueries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Costs the period's recorded course by the domain's unit prices (Copenhagen's project sketch, for 30 families
 * running):
 *
 * <ul>
 *   <li>coordinator: every day a family case is open (from its opening to its closing) is a family-day of coordinator
 *       time, at a coordinator's yearly cost over the families a coordinator carries;
 *   <li>combination package (BIF): each parent or guardian with a BIF goal in the family's plan gets a package for
 *       the weeks the family is in the intensive phase, when the administrations' offers run;
 *   <li>social offers (family treatment, SOF): every day a family is in the intensive phase or phase-out, at the
 *       budget's yearly amount over its 30 families: a ramp-up, 7.2 mill. kr. a year in the project's first year
 *       (tvaers.costs.project-start) and 10.8 mill. kr. a year at full capacity from its second, not a range;
 *   <li>school, club etc. offers (BUF, 2.5 mill. kr.), mentor support (0.4 mill. kr.) and PPR counselling (0.5 mill.
 *       kr.): every day a family case is open, at the yearly amount at full capacity over the budget's 30 families.
 * </ul>
 *
 * Days outside the period, and days still to come, are not costed.
 */
@Service
class OutcomeCostService {

    private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(7);

    private final CaseQueries cases;
    private final CostProperties prices;
    private final Clock clock;

    OutcomeCostService(CaseQueries cases, CostProperties prices, Clock clock) {
        this.cases = cases;
        this.prices = prices;
        this.clock = clock;
    }

    /** The costs of [start, end): end is the period's end or now, whichever is earlier. */
    ReportCosts costs(Instant start, Instant end) {
        long familySeconds = 0;
        long firstYearSeconds = 0;
        long laterSeconds = 0;
        BigDecimal parentSeconds = BigDecimal.ZERO;
        // the project's second year begins 365 days after its first day
        Instant fullCapacity = prices.projectStart()
                .plusDays(365)
                .atStartOfDay(clock.getZone())
                .toInstant();
        if (end.isAfter(start)) {
            Map<Long, Instant> closedAt = new HashMap<>();
            for (CaseQueries.CaseSpan c : cases.casesOpenDuring(start, end)) {
                familySeconds += overlap(c.createdAt(), c.closedAt(), start, end);
                closedAt.put(c.caseId(), c.closedAt());
            }
            Map<Long, Long> bifParents = cases.bifParentsOfCasesOpenDuring(start, end);
            // each phase entry lasts until the next one (or the closing, or the period's end)
            List<CaseQueries.CasePhaseStart> entries = cases.phaseEntriesOfCasesOpenDuring(start, end);
            for (int i = 0; i < entries.size(); i++) {
                long caseId = entries.get(i).caseId();
                String phase = entries.get(i).phase();
                if (!phase.equals("INTENSIVE") && !phase.equals("PHASE_OUT")) {
                    continue;
                }
                Instant from = entries.get(i).startedAt();
                Instant until = i + 1 < entries.size() && entries.get(i + 1).caseId() == caseId
                        ? entries.get(i + 1).startedAt()
                        : closedAt.get(caseId);
                firstYearSeconds += overlap(from, until, start, fullCapacity.isBefore(end) ? fullCapacity : end);
                laterSeconds += overlap(from, until, fullCapacity.isAfter(start) ? fullCapacity : start, end);
                if (phase.equals("INTENSIVE")) {
                    long seconds = overlap(from, until, start, end);
                    parentSeconds = parentSeconds.add(BigDecimal.valueOf(seconds)
                            .multiply(BigDecimal.valueOf(bifParents.getOrDefault(caseId, 0L))));
                }
            }
        }
        BigDecimal familyDays = days(BigDecimal.valueOf(familySeconds));
        BigDecimal firstYearDays = days(BigDecimal.valueOf(firstYearSeconds));
        BigDecimal laterDays = days(BigDecimal.valueOf(laterSeconds));
        BigDecimal parentWeeks = days(parentSeconds).divide(DAYS_A_WEEK, 2, RoundingMode.HALF_UP);

        int families = prices.budgetFamilies();
        BigDecimal coordinatorDay = perDay(prices.coordinatorPerYear(), prices.familiesPerCoordinator());
        BigDecimal socialFirstDay = perDay(prices.socialOffersFirstYear(), families);
        BigDecimal socialFullDay = perDay(prices.socialOffersFullCapacity(), families);
        String perFamilies = " kr. om året / " + families + " familier / 365";

        List<ReportCosts.Line> lines = List.of(
                line(
                        "coordinator",
                        "Koordinator",
                        "Dage med åben familiesag i perioden × " + kr(prices.coordinatorPerYear())
                                + " kr. om året pr. koordinator / 365 / " + prices.familiesPerCoordinator()
                                + " familier pr. koordinator",
                        familyDays,
                        "familiedage",
                        coordinatorDay),
                new ReportCosts.Line(
                        "combinationPackage",
                        "Kombinationspakke (BIF)",
                        "Forældre og værger med et BIF-mål i handleplanen × uger i intensiv fase i perioden × "
                                + kr(prices.combinationPackagePerWeek()) + " kr. pr. uge",
                        parentWeeks,
                        "forældreuger",
                        cents(prices.combinationPackagePerWeek()),
                        kroner(parentWeeks.multiply(prices.combinationPackagePerWeek())),
                        true),
                line(
                        "socialOffersFirstYear",
                        "Sociale tilbud: familiebehandling (SOF), projektets første år",
                        "Dage i intensiv fase og udfasning i perioden, der ligger i projektets første år (fra "
                                + DisplayNames.date(prices.projectStart()) + ") × "
                                + kr(prices.socialOffersFirstYear()) + perFamilies
                                + " (optrapning: første år)",
                        firstYearDays,
                        "familiedage",
                        socialFirstDay),
                line(
                        "socialOffersFullCapacity",
                        "Sociale tilbud: familiebehandling (SOF), fuld kapacitet fra projektets andet år",
                        "Dage i intensiv fase og udfasning i perioden fra projektets andet år × "
                                + kr(prices.socialOffersFullCapacity()) + perFamilies
                                + " (fuld kapacitet)",
                        laterDays,
                        "familiedage",
                        socialFullDay),
                line(
                        "schoolClub",
                        "Skole-, klub- m.v. tilbud (BUF)",
                        "Dage med åben familiesag i perioden × " + kr(prices.schoolClubPerYear()) + perFamilies
                                + " (fuld kapacitet)",
                        familyDays,
                        "familiedage",
                        perDay(prices.schoolClubPerYear(), families)),
                line(
                        "mentor",
                        "Mentorstøtte til barn og forældre",
                        "Dage med åben familiesag i perioden × " + kr(prices.mentorPerYear()) + perFamilies,
                        familyDays,
                        "familiedage",
                        perDay(prices.mentorPerYear(), families)),
                line(
                        "ppr",
                        "PPR-rådgivning (BUF)",
                        "Dage med åben familiesag i perioden × " + kr(prices.pprPerYear()) + perFamilies,
                        familyDays,
                        "familiedage",
                        perDay(prices.pprPerYear(), families)));
        BigDecimal total = BigDecimal.ZERO;
        for (ReportCosts.Line line : lines) {
            if (line.amount() != null) {
                total = total.add(line.amount());
            }
        }
        return new ReportCosts(prices.priceYear(), lines, total);
    }

    private static ReportCosts.Line line(
            String item, String label, String basis, BigDecimal quantity, String unit, BigDecimal perDay) {
        return new ReportCosts.Line(
                item, label, basis, quantity, unit, cents(perDay), kroner(quantity.multiply(perDay)), true);
    }

    /** Seconds of [from, until) inside [start, end); an open end (null) runs to the period's end. */
    static long overlap(Instant from, Instant until, Instant start, Instant end) {
        Instant a = from.isAfter(start) ? from : start;
        Instant b = until == null || until.isAfter(end) ? end : until;
        return b.isAfter(a) ? Duration.between(a, b).getSeconds() : 0;
    }

    private static BigDecimal perDay(BigDecimal perYear, int families) {
        return perYear.divide(DAYS_A_YEAR.multiply(BigDecimal.valueOf(families)), MathContext.DECIMAL64);
    }

    private static BigDecimal days(BigDecimal seconds) {
        return seconds.divide(SECONDS_A_DAY, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal kroner(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }

    private static String kr(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("da-DK"));
        int decimals = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount);
    }
}
