package dk.tvaers.kernel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Days to and from the engine's {@link Date}s (timer dates, due dates, date form fields). The engine reads and writes
 * them in the JVM's default zone, which {@link TimeConfig.JvmDefaultZone} sets from {@value TimeConfig#PROPERTY}, so
 * a day here is the same day as for the {@link java.time.Clock} bean.
 */
public final class EngineDates {

    private EngineDates() {}

    /** The start of the day in the engine's zone. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone()).toInstant());
    }

    /** The day a date falls on in the engine's zone. */
    public static LocalDate day(Date date) {
        return date.toInstant().atZone(zone()).toLocalDate();
    }

    /** The engine's zone: the JVM default, set at startup from the configured zone. */
    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
