package dk.tvaers.support.timefixture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Asks the system for the time and the zone itself: what ArchitectureTest's time rule must catch. */
public class OwnClock {

    LocalDate today() {
        return LocalDate.now();
    }

    ZoneId zone() {
        return ZoneId.of("Europe/Copenhagen");
    }

    Clock clock() {
        return Clock.systemUTC();
    }

    /** Allowed: the time from a clock it was given. */
    LocalDate today(Clock given) {
        return LocalDate.now(given);
    }
}
