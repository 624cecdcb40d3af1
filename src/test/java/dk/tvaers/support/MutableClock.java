package dk.tvaers.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The clock of the shared integration context: the system clock unless a test moves it to a day it needs (an 18th
 * birthday, say). Moves the engine's clock along, so that case record and timers agree; {@link #reset()} after.
 */
public class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    /** In Danish time, for unit tests. */
    public MutableClock() {
        this(ZoneId.of("Europe/Copenhagen"));
    }

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void set(Instant now) {
        fixed = now;
        ClockUtil.setCurrentTime(java.util.Date.from(now));
    }

    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving clock, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock moving = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }

            @Override
            public Instant instant() {
                return moving.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
