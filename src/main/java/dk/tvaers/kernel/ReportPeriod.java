package dk.tvaers.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAmount;

/**
 * A report's period: the days {@code from} to {@code to}, both included. Made from the API's query parameters
 * {@code from} and {@code to}, it refuses a missing day or a start after the end with an {@link InvalidInputException}
 * naming the parameter.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null) {
            throw new InvalidInputException("from", "Periodens start mangler");
        }
        if (to == null) {
            throw new InvalidInputException("to", "Periodens slutning mangler");
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "Periodens start ligger efter dens slutning");
        }
    }

    /** The first moment of the period in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in the zone (exclusive end). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The report cycle that ended on the day before {@code created} (days in the zone): from the day one cycle before
     * to the day before. Consecutive cycles meet without overlap.
     *
     * @param cycle an ISO-8601 period (P3M, P90D) or duration (PT48H)
     */
    public static ReportPeriod cycleEndedBefore(Instant created, String cycle, ZoneId zone) {
        return cycleEndedBefore(created, cycle.contains("T") ? Duration.parse(cycle) : Period.parse(cycle), zone);
    }

    /** As {@link #cycleEndedBefore(Instant, String, ZoneId)}, the cycle a {@link Period} or a {@link Duration}. */
    public static ReportPeriod cycleEndedBefore(Instant created, TemporalAmount cycle, ZoneId zone) {
        LocalDate day = created.atZone(zone).toLocalDate();
        LocalDate from = cycle instanceof Duration duration
                ? created.minus(duration).atZone(zone).toLocalDate()
                : day.minus(cycle);
        return new ReportPeriod(from, day.minusDays(1));
    }
}
