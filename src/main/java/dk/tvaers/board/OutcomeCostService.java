package dk.tvaers.board;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    private static final String CASES_IN_PERIOD =
            "c.created_at < :end AND (c.closed_at IS NULL OR c.closed_at > :start)";

    private final NamedParameterJdbcTemplate jdbc;
    private final CostProperties prices;

    OutcomeCostService(NamedParameterJdbcTemplate jdbc, CostProperties prices) {
        this.jdbc = jdbc;
        this.prices = prices;
    }

    /** The costs of [start, end): end is the period's end or now, whichever is earlier. */
    ReportCosts costs(Instant start, Instant end) {
        long familySeconds = 0;
        long offerSeconds = 0;
        BigDecimal parentSeconds = BigDecimal.ZERO;
        if (end.isAfter(start)) {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("start", Timestamp.from(start))
                    .addValue("end", Timestamp.from(end));
            Map<Long, Instant> closedAt = new HashMap<>();
            List<Long> open = new ArrayList<>();
            for (Map<String, Object> c : jdbc.queryForList(
                    "SELECT c.id, c.created_at, c.closed_at FROM family_case c WHERE " + CASES_IN_PERIOD, params)) {
                Long id = ((Number) c.get("id")).longValue();
                Instant closed = instant(c.get("closed_at"));
                familySeconds += overlap(instant(c.get("created_at")), closed, start, end);
                open.add(id);
                closedAt.put(id, closed);
            }
            Map<Long, Long> bifParents = new HashMap<>();
            jdbc.query(
                    """
                    SELECT g.case_id, COUNT(DISTINCT g.member_id) AS parents
                    FROM plan_goal g JOIN case_member m ON m.id = g.member_id JOIN family_case c ON c.id = g.case_id
                    WHERE g.administration = 'bif' AND g.status <> 'DROPPED' AND m.role IN ('PARENT', 'GUARDIAN')
                    """
                            + " AND " + CASES_IN_PERIOD + " GROUP BY g.case_id",
                    params,
                    rs -> {
                        bifParents.put(rs.getLong("case_id"), rs.getLong("parents"));
                    });
            // each phase entry lasts until the next one (or the closing, or the period's end)
            List<Object[]> entries = jdbc.query(
                    "SELECT p.case_id, p.phase, p.started_at FROM case_phase p JOIN family_case c ON c.id = p.case_id"
                            + " WHERE " + CASES_IN_PERIOD + " ORDER BY p.case_id, p.started_at, p.id",
                    params,
                    (rs, i) -> new Object[] {
                        rs.getLong("case_id"),
                        rs.getString("phase"),
                        rs.getTimestamp("started_at").toInstant()
                    });
            for (int i = 0; i < entries.size(); i++) {
                Long caseId = (Long) entries.get(i)[0];
                String phase = (String) entries.get(i)[1];
                if (!phase.equals("INTENSIVE") && !phase.equals("PHASE_OUT")) {
                    continue;
                }
                Instant until = i + 1 < entries.size() && entries.get(i + 1)[0].equals(caseId)
                        ? (Instant) entries.get(i + 1)[2]
                        : closedAt.get(caseId);
                long seconds = overlap((Instant) entries.get(i)[2], until, start, end);
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

    private static Instant instant(Object timestamp) {
        if (timestamp == null) {
            return null;
        }
        if (timestamp instanceof Timestamp t) {
            return t.toInstant();
        }
        if (timestamp instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Ukendt tidstype " + timestamp.getClass());
    }

    private static String kr(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("da-DK"));
        int decimals = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount);
    }
}
