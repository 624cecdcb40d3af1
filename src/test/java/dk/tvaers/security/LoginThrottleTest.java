package dk.tvaers.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String HERE = "10.0.0.7";
    private static final String THERE = "198.51.100.4";

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(Duration.ofSeconds(3), Duration.ofMinutes(5), clock);
    private Instant now = Instant.parse("2026-03-02T08:00:00Z");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDelayDoublesUpToItsMaximumAndNoFurther() {
        assertThat(throttle.delay(1)).isEqualTo(Duration.ofSeconds(3));
        assertThat(throttle.delay(2)).isEqualTo(Duration.ofSeconds(6));
        assertThat(throttle.delay(7)).isEqualTo(Duration.ofSeconds(192));
        assertThat(throttle.delay(8)).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aWrongPasswordDelaysTheUserFromThatAddressOnly() {
        clock.set(now);
        assertThat(throttle.tryBegin("mette", HERE)).isTrue();
        throttle.failed("mette", HERE);
        assertThat(throttle.tryBegin("mette", HERE)).isFalse();
        assertThat(throttle.tryBegin("METTE", HERE)).isFalse();
        assertThat(throttle.tryBegin("mette", THERE)).isTrue();
        throttle.succeeded("mette", THERE);
        assertThat(throttle.tryBegin("jonas", HERE)).isTrue();

        clock.set(now.plusSeconds(3));
        assertThat(throttle.tryBegin("mette", HERE)).isTrue();
        throttle.succeeded("mette", HERE);
        assertThat(throttle.tryBegin("mette", HERE)).isTrue();
    }

    @Test
    void afterAWrongPasswordOneCheckRunsAtATime() {
        clock.set(now);
        throttle.failed("mette", HERE);
        clock.set(now = now.plusSeconds(3));
        assertThat(throttle.tryBegin("mette", HERE)).isTrue();
        assertThat(throttle.tryBegin("mette", HERE)).isFalse();
        // a check that ended without an answer does not hold the next one up
        throttle.abandoned("mette", HERE);
        assertThat(throttle.tryBegin("mette", HERE)).isTrue();
        // nor does one that never reported back, after a while
        clock.set(now.plus(LoginThrottle.CHECK_TIMEOUT));
        assertThat(throttle.tryBegin("mette", HERE)).isTrue();
    }

    @Test
    void anUnlockAndADayWithoutWrongPasswordsForgetTheFailures() {
        clock.set(now);
        throttle.failed("mette", HERE);
        throttle.failed("mette", THERE);
        throttle.forget("Mette");
        assertThat(throttle.tryBegin("mette", HERE)).isTrue();
        assertThat(throttle.tryBegin("mette", THERE)).isTrue();

        for (int i = 0; i < 10; i++) {
            throttle.failed("jonas", HERE);
        }
        clock.set(now.plus(LoginThrottle.FORGET_AFTER));
        assertThat(throttle.tryBegin("jonas", HERE)).isTrue();
        // counting starts again: the next wrong password delays for 3 s, not 5 minutes
        throttle.failed("jonas", HERE);
        clock.set(now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(2));
        assertThat(throttle.tryBegin("jonas", HERE)).isFalse();
        clock.set(now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(3));
        assertThat(throttle.tryBegin("jonas", HERE)).isTrue();
    }

    @Test
    void anIpv6ClientCountsByItsNetwork() {
        assertThat(LoginThrottle.source("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.source("2001:db8:1:2::ffff"));
        assertThat(LoginThrottle.source("2001:db8:1:2::1")).isNotEqualTo(LoginThrottle.source("2001:db8:1:3::1"));
        assertThat(LoginThrottle.source("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.source(null)).isEqualTo(LoginThrottle.NO_ADDRESS);
        assertThat(LoginThrottle.source("ikke:en:adresse")).isEqualTo("ikke:en:adresse");
    }
}
