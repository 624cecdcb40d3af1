package dk.tvaers.board;

import dk.tvaers.family.CaseQueries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copenhagen's success criterion: "mindst 60 pct. af familierne oplever en bedring af forældreautoriteten ... målt via
 * udviklingen i SSP-bekymringen mht. adfærden hos familiernes børn og unge".
 *
 * <p>A child is <em>measured</em> when her SSP concern level was recorded at least twice up to the period's last day;
 * her development is her latest level against her first. A family is measured when at least one of its children is;
 * it is <em>improved</em> when at least one measured child's latest level is lower than her first and no measured
 * child's latest level is higher than her first. The share is improved families over measured families, of the
 * families whose case was open at some time in the period.
 *
 * @param familiesMeasured families with at least one child whose SSP concern was recorded twice or more
 * @param familiesImproved of them, families where a child's concern fell and none rose
 * @param familiesWorse of them, families where a child's concern rose
 * @param share improved over measured, 4 decimals; null when no family is measured
 */
public record ParentalAuthority(
        long familiesMeasured,
        long familiesImproved,
        long familiesWorse,
        BigDecimal share,
        BigDecimal goal,
        boolean met,
        String method) {

    static final BigDecimal GOAL = new BigDecimal("0.60");

    public static final String METHOD = "Familier, hvis sag var åben i perioden, og hvor mindst ét barn har fået"
            + " SSP-bekymringen (SSP-kategori 1-4, lavere er bedre) vurderet mindst to gange til og med periodens"
            + " sidste dag, er målt. For hvert barn sammenlignes seneste niveau med første. En familie er forbedret,"
            + " når mindst ét målt barn har et lavere seneste niveau end første, og intet målt barn et højere. Andel ="
            + " forbedrede familier ÷ målte familier. Data: SSP-bekymringen pr. barn med dato, registreret på sagen."
            + " Mål: mindst 60%.";

    static ParentalAuthority compute(List<CaseQueries.SspDevelopment> children) {
        Map<Long, int[]> families = new LinkedHashMap<>(); // case id -> {children better, children worse}
        for (CaseQueries.SspDevelopment child : children) {
            if (child.assessments() < 2) {
                continue;
            }
            int[] f = families.computeIfAbsent(child.caseId(), k -> new int[2]);
            if (child.latestLevel() < child.firstLevel()) {
                f[0]++;
            } else if (child.latestLevel() > child.firstLevel()) {
                f[1]++;
            }
        }
        long improved =
                families.values().stream().filter(f -> f[0] > 0 && f[1] == 0).count();
        long worse = families.values().stream().filter(f -> f[1] > 0).count();
        long measured = families.size();
        BigDecimal share = measured == 0
                ? null
                : BigDecimal.valueOf(improved).divide(BigDecimal.valueOf(measured), 4, RoundingMode.HALF_UP);
        return new ParentalAuthority(
                measured, improved, worse, share, GOAL, share != null && share.compareTo(GOAL) >= 0, METHOD);
    }
}
