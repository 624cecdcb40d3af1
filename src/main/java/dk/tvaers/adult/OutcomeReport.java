package dk.tvaers.adult;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The adult path's outcomes over a period, measured against the method's success criteria. Shares are fractions
 * (0.75 = 75%) as {@link BigDecimal} rounded half-up to 4 decimals; with no course discharged in the period they are
 * null and no criterion is met.
 */
public record OutcomeReport(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Forløb startet i perioden") long enrolled,
        @Schema(description = "Forløb udskrevet i perioden; grundlaget for andelene") long discharged,
        @Schema(description = "Udskrevne pr. resultat (alle resultater, også dem med 0)")
                Map<AdultOutcome, Long> outcomes,
        @Schema(description = "Metodens tre succeskriterier") Criteria criteria) {

    static final BigDecimal COMPLETED_OR_MOVED_ON_GOAL = new BigDecimal("0.75");
    static final BigDecimal CHARGED_GOAL = new BigDecimal("0.15");
    static final BigDecimal MOVEMENT_GOAL = new BigDecimal("0.60");
    static final int SCALE = 4;

    /** The method's three success criteria. */
    public record Criteria(
            @Schema(description = "Gennemført eller videre i uddannelse/job; mål: mindst 75%")
                    Criterion completedOrMovedOn,
            @Schema(description = "Sigtet for kriminalitet under forløbet; mål: højst 15%")
                    Criterion chargedWhileEnrolled,
            @Schema(description = "Betydelig positiv bevægelse, vurderet af de professionelle; mål: mindst 60%")
                    Criterion significantPositiveMovement) {}

    /** Whether the share must reach the goal or stay under it. */
    public enum Direction {
        AT_LEAST,
        AT_MOST
    }

    /** One success criterion: how many, their share of the discharged, the goal, and whether the goal is met. */
    public record Criterion(long count, BigDecimal share, BigDecimal goal, Direction direction, boolean met) {

        static Criterion of(long count, long discharged, BigDecimal goal, Direction direction) {
            if (discharged == 0) {
                return new Criterion(count, null, goal, direction, false);
            }
            BigDecimal share =
                    BigDecimal.valueOf(count).divide(BigDecimal.valueOf(discharged), SCALE, RoundingMode.HALF_UP);
            boolean met = direction == Direction.AT_LEAST ? share.compareTo(goal) >= 0 : share.compareTo(goal) <= 0;
            return new Criterion(count, share, goal, direction, met);
        }
    }

    /** One discharged course as the report counts it. */
    record Discharge(AdultOutcome outcome, boolean significantPositiveMovement) {}

    /** The report over the given discharges; the seam the figures are tested through. */
    static OutcomeReport compute(LocalDate from, LocalDate to, long enrolled, List<Discharge> discharges) {
        Map<AdultOutcome, Long> counts = new EnumMap<>(AdultOutcome.class);
        for (AdultOutcome outcome : AdultOutcome.values()) {
            counts.put(outcome, 0L);
        }
        long movedOn = 0;
        long movement = 0;
        for (Discharge discharge : discharges) {
            counts.merge(discharge.outcome(), 1L, Long::sum);
            if (discharge.outcome().completedOrMovedOn()) {
                movedOn++;
            }
            if (discharge.significantPositiveMovement()) {
                movement++;
            }
        }
        long discharged = discharges.size();
        return new OutcomeReport(
                from,
                to,
                enrolled,
                discharged,
                Collections.unmodifiableMap(counts),
                new Criteria(
                        Criterion.of(movedOn, discharged, COMPLETED_OR_MOVED_ON_GOAL, Direction.AT_LEAST),
                        Criterion.of(counts.get(AdultOutcome.CHARGED), discharged, CHARGED_GOAL, Direction.AT_MOST),
                        Criterion.of(movement, discharged, MOVEMENT_GOAL, Direction.AT_LEAST)));
    }
}
