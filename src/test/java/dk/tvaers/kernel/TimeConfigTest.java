package dk.tvaers.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** tvaers.time-zone is the zone of the one ZoneId and the one Clock; a bad value stops startup naming the setting. */
class TimeConfigTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(TimeConfig.class);

    @Test
    void theClockAndTheZoneFollowTheSetting() {
        context.withPropertyValues("tvaers.time-zone=America/New_York").run(app -> {
            assertThat(app.getBean(ZoneId.class)).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("America/New_York"));
        });
    }

    @Test
    void anUnknownZoneStopsStartupNamingTheSetting() {
        context.withPropertyValues("tvaers.time-zone=Europe/Aarhus").run(app -> assertThat(app.getStartupFailure())
                .rootCause()
                .isInstanceOf(java.time.DateTimeException.class));
        context.withPropertyValues("tvaers.time-zone=Europe/Aarhus").run(app -> assertThat(app.getStartupFailure())
                .hasStackTraceContaining("tvaers.time-zone (TVAERS_TIME_ZONE) is not a time zone"));
    }
}
