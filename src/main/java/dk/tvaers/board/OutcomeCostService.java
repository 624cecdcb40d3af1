package dk.tvaers.board;

import dk.tvaers.family.CaseQueries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Costs the period's recorded course by the domain's unit prices:
 *
 * <ul>
 *   <li>coordinator: every day a family case is open (from its opening to its closing) is a family-day of coordinator
 *       time, at a coordinator's yearly cost over the families a coordinator carries;
 *   <li>combination package (BIF): each parent or guardian with a BIF goal in the family's plan gets a package for
 *       the weeks the family is in the intensive phase, when the administrations' offers run;
 *   <li>social offers (family treatment, SOF): every day a family is in the intensive phase or phase-out, at the
 *       budget's yearly amount over its 30 families, as a range (first year to second year);
 *   <li>BUF's and KFF's offers (school, club, leisure): no unit price in the domain notes, shown as not recorded.
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

    OutcomeCostService(CaseQueries cases, CostProperties prices) {
        this.cases = cases;
        this.prices = prices;
    }

    /** The costs of [start, end): end is the period's end or now, whichever is earlier. */
    ReportCosts costs(Instant start, Instant end) {
        long familySeconds = 0;
        long offerSeconds = 0;
        BigDecimal parentSeconds = BigDecimal.ZERO;
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
                Instant until = i + 1 < entries.size() && entries.get(i + 1).caseId() == caseId
                        ? entries.get(i + 1).startedAt()
                        : closedAt.get(caseId);
                long seconds = overlap(entries.get(i).startedAt(), until, start, end);
                offerSeconds += seconds;
                if (phase.equals("INTENSIVE")) {
                    parentSeconds = parentSeconds.add(BigDecimal.valueOf(seconds)
                            .multiply(BigDecimal.valueOf(bifParents.getOrDefault(caseId, 0L))));
                }
            }
        }
        BigDecimal familyDays = days(BigDecimal.valueOf(familySeconds));
        BigDecimal offerDays = days(BigDecimal.valueOf(offerSeconds));
        BigDecimal parentWeeks = days(parentSeconds).divide(DAYS_A_WEEK, 2, RoundingMode.HALF_UP);

        BigDecimal coordinatorDay = perDay(prices.coordinatorPerYear(), prices.familiesPerCoordinator());
        BigDecimal socialDayLow = perDay(prices.socialOffersPerYearLow(), prices.socialOffersFamilies());
        BigDecimal socialDayHigh = perDay(prices.socialOffersPerYearHigh(), prices.socialOffersFamilies());

        List<ReportCosts.Line> lines = List.of(
                new ReportCosts.Line(
                        "coordinator",
                        "Koordinator",
                        "Dage med åben familiesag i perioden × " + kr(prices.coordinatorPerYear())
                                + " kr. om året pr. koordinator / 365 / " + prices.familiesPerCoordinator()
                                + " familier pr. koordinator",
                        familyDays,
                        "familiedage",
                        cents(coordinatorDay),
                        null,
                        kroner(familyDays.multiply(coordinatorDay)),
                        null,
                        true),
                new ReportCosts.Line(
                        "combinationPackage",
                        "Kombinationspakke (BIF)",
                        "Forældre og værger med et BIF-mål i handleplanen × uger i intensiv fase i perioden × "
                                + kr(prices.combinationPackagePerWeek()) + " kr. pr. uge",
                        parentWeeks,
                        "forældreuger",
                        cents(prices.combinationPackagePerWeek()),
                        null,
                        kroner(parentWeeks.multiply(prices.combinationPackagePerWeek())),
                        null,
                        true),
                new ReportCosts.Line(
                        "socialOffers",
                        "Sociale tilbud: familiebehandling (SOF)",
                        "Dage i intensiv fase og udfasning i perioden × " + kr(prices.socialOffersPerYearLow()) + "–"
                                + kr(prices.socialOffersPerYearHigh()) + " kr. om året / "
                                + prices.socialOffersFamilies() + " familier / 365 (første år – fra andet år)",
                        offerDays,
                        "familiedage",
                        cents(socialDayLow),
                        cents(socialDayHigh),
                        kroner(offerDays.multiply(socialDayLow)),
                        kroner(offerDays.multiply(socialDayHigh)),
                        true),
                new ReportCosts.Line(
                        "schoolClubLeisure",
                        "Skole-, klub- og fritidstilbud (BUF, KFF)",
                        "Ikke registreret: domænenoterne har ingen enhedspris for disse tilbud",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false));
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal totalHigh = BigDecimal.ZERO;
        for (ReportCosts.Line line : lines) {
            if (line.amount() != null) {
                total = total.add(line.amount());
                totalHigh = totalHigh.add(line.amountHigh() != null ? line.amountHigh() : line.amount());
            }
        }
        return new ReportCosts(prices.priceYear(), lines, total, totalHigh);
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
