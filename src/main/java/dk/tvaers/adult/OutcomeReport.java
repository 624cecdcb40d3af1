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
 * The adult path's outcomes for the participants enrolled in a period ("de indskrevne"), measured against Ishøj's
 * success criteria and followed up to the day the report is made. Shares are fractions (0.75 = 75%) as
 * {@link BigDecimal} rounded half-up to 4 decimals, over the participants enrolled in the period; with none enrolled
 * they are null and no criterion is met.
 */
public record OutcomeReport(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Deltagere indskrevet (visiteret) i perioden; grundlaget for andelene") long enrolled,
        @Schema(description = "Frafald registreret i perioden, talt da de skete (uanset indskrivningsdato)")
                long droppedOutInPeriod,
        @Schema(description = "Af de indskrevne: udskrevet til dags dato") long discharged,
        @Schema(description = "Af de indskrevne: stadig i forløb") long stillEnrolled,
        @Schema(description = "Af de indskrevne: faldet fra") long droppedOut,
        @Schema(description = "Af de indskrevne og udskrevne: pr. resultat (alle resultater, også dem med 0)")
                Map<AdultOutcome, Long> outcomes,
        @Schema(description = "Af de indskrevne: sigtet mindst én gang under forløbet (vises, tælles ikke i målet)")
                long chargedWhileEnrolled,
        @Schema(description = "Af de indskrevne: vurderet af mindst én fagperson") long assessed,
        @Schema(description = "Metodens tre succeskriterier") Criteria criteria) {

    static final BigDecimal COMPLETED_OR_MOVED_ON_GOAL = new BigDecimal("0.75");
    static final BigDecimal PROSECUTED_GOAL = new BigDecimal("0.15");
    static final BigDecimal MOVEMENT_GOAL = new BigDecimal("0.60");
    static final int SCALE = 4;

    public static final String BASIS = "Grundlag: deltagere indskrevet (visiteret til forløbet) i perioden, fulgt til"
            + " dags dato. Data: forløbets hændelser (indskrivning, frafald), udskrivningens resultat, lovovertrædelser"
            + " under forløbet og fagpersonernes vurderinger.";
    public static final String COMPLETED_OR_MOVED_ON_METHOD = "Antal indskrevne i perioden, der er udskrevet med"
            + " resultatet 'gennemført', 'gået i uddannelse' eller 'kommet i beskæftigelse' ÷ antal indskrevne i"
            + " perioden. Data: indskrivningshændelsen og udskrivningens resultat. Deltagere stadig i forløb tæller"
            + " i nævneren, ikke i tælleren. Mål: mindst 75%.";
    public static final String PROSECUTED_METHOD = "Antal indskrevne i perioden med mindst én registreret tiltale"
            + " (ikke sigtelse) dateret fra indskrivningen til udskrivningen (til dags dato, hvis stadig i forløb) ÷"
            + " antal indskrevne i perioden. Data: lovovertrædelser registreret på forløbet (fra politiets registre"
            + " via KSP/SSP), sigtet og tiltalt holdt adskilt. Mål: højst 15%.";
    public static final String MOVEMENT_METHOD = "Antal indskrevne i perioden, hvor flere end halvdelen af de"
            + " fagpersoner, der har vurderet forløbet, vurderer en markant positiv bevægelse (stemmelighed tæller"
            + " ikke; uden vurdering tæller ikke) ÷ antal indskrevne i perioden. Data: hver involveret fagpersons"
            + " vurdering (én pr. fagperson, den seneste gælder). Mål: mindst 60%.";

    /** The method's three success criteria. */
    public record Criteria(
            @Schema(description = "Gennemført eller videre i uddannelse/job; mål: mindst 75%")
                    Criterion completedOrMovedOn,
            @Schema(description = "Tiltalt for en straffelovsovertrædelse under forløbet; mål: højst 15%")
                    Criterion prosecutedWhileEnrolled,
            @Schema(
                            description = "Markant positiv bevægelse efter flertallet af fagpersonernes vurderinger;"
                                    + " mål: mindst 60%")
                    Criterion significantPositiveMovement) {}

    /** Whether the share must reach the goal or stay under it. */
    public enum Direction {
        AT_LEAST,
        AT_MOST
    }

    /**
     * One success criterion: how many, over how many (the enrolled), the share, the goal, whether it is met, and how
     * it is computed from which data.
     */
    public record Criterion(
            long count, long base, BigDecimal share, BigDecimal goal, Direction direction, boolean met, String method) {

        static Criterion of(long count, long base, BigDecimal goal, Direction direction, String method) {
            if (base == 0) {
                return new Criterion(count, base, null, goal, direction, false, method);
            }
            BigDecimal share = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(base), SCALE, RoundingMode.HALF_UP);
            boolean met = direction == Direction.AT_LEAST ? share.compareTo(goal) >= 0 : share.compareTo(goal) <= 0;
            return new Criterion(count, base, share, goal, direction, met, method);
        }
    }

    /**
     * One participant enrolled in the period as the report counts her.
     *
     * @param dischargedOn null while still enrolled
     * @param outcome null while still enrolled
     * @param offences the offences recorded on the course
     * @param assessments each professional's latest judgement: significantly positive or not
     */
    record Participant(
            LocalDate enrolledOn,
            LocalDate dischargedOn,
            AdultOutcome outcome,
            boolean droppedOut,
            List<CourseMeasures.Offence> offences,
            List<Boolean> assessments) {}

    /** The report over the given participants; the seam the figures are tested through. */
    static OutcomeReport compute(
            LocalDate from, LocalDate to, LocalDate today, List<Participant> participants, long droppedOutInPeriod) {
        Map<AdultOutcome, Long> counts = new EnumMap<>(AdultOutcome.class);
        for (AdultOutcome outcome : AdultOutcome.values()) {
            counts.put(outcome, 0L);
        }
        long discharged = 0;
        long droppedOut = 0;
        long movedOn = 0;
        long charged = 0;
        long prosecuted = 0;
        long assessed = 0;
        long movement = 0;
        for (Participant p : participants) {
            if (p.outcome() != null) {
                discharged++;
                counts.merge(p.outcome(), 1L, Long::sum);
                if (p.outcome().completedOrMovedOn()) {
                    movedOn++;
                }
            }
            if (p.droppedOut()) {
                droppedOut++;
            }
            LocalDate until = p.dischargedOn() != null ? p.dischargedOn() : today;
            if (hasOffence(p, OffenceKind.CHARGED, until)) {
                charged++;
            }
            if (hasOffence(p, OffenceKind.PROSECUTED, until)) {
                prosecuted++;
            }
            if (!p.assessments().isEmpty()) {
                assessed++;
                long yes =
                        p.assessments().stream().filter(Boolean::booleanValue).count();
                // more than half of the professionals who assessed: 2 of 3 yes, 2 of 4 no
                if (2 * yes > p.assessments().size()) {
                    movement++;
                }
            }
        }
        long enrolled = participants.size();
        return new OutcomeReport(
                from,
                to,
                enrolled,
                droppedOutInPeriod,
                discharged,
                enrolled - discharged,
                droppedOut,
                Collections.unmodifiableMap(counts),
                charged,
                assessed,
                new Criteria(
                        Criterion.of(
                                movedOn,
                                enrolled,
                                COMPLETED_OR_MOVED_ON_GOAL,
                                Direction.AT_LEAST,
                                COMPLETED_OR_MOVED_ON_METHOD),
                        Criterion.of(prosecuted, enrolled, PROSECUTED_GOAL, Direction.AT_MOST, PROSECUTED_METHOD),
                        Criterion.of(movement, enrolled, MOVEMENT_GOAL, Direction.AT_LEAST, MOVEMENT_METHOD)));
    }

    private static boolean hasOffence(Participant p, OffenceKind kind, LocalDate until) {
        return p.offences().stream()
                .anyMatch(o -> o.kind() == kind
                        && !o.occurredOn().isBefore(p.enrolledOn())
                        && !o.occurredOn().isAfter(until));
    }
}
