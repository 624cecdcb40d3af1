package dk.tvaers.kernel;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Tværs's one time zone and one clock. The zone is the setting {@value #PROPERTY} (application.yaml: the environment
 * variable {@code TVAERS_TIME_ZONE}, else Danish time); every "today", report period, retention cutoff, schedule and
 * JSON date is in it. Classes take the {@link Clock} bean and read the zone from {@link Clock#getZone()}; tests replace
 * the clock with their own (a {@code @Primary} bean). Nothing else in main code asks the system for the time or zone
 * (ArchitectureTest).
 *
 * <p>Camunda's engine computes timer and due dates in the JVM's default zone, so {@link JvmDefaultZone} sets that
 * from the same setting before the application context starts.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

    public static final String PROPERTY = "tvaers.time-zone";

    @Bean
    ZoneId timeZone(Environment environment) {
        return zone(environment);
    }

    /** The system clock in the configured zone. */
    @Bean
    Clock systemClock(ZoneId timeZone) {
        return Clock.system(timeZone);
    }

    static ZoneId zone(Environment environment) {
        String value = environment.getRequiredProperty(PROPERTY);
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    PROPERTY + " (TVAERS_TIME_ZONE) is not a time zone such as Europe/Copenhagen: '" + value + "'", e);
        }
    }

    /**
     * Sets the JVM's default zone from {@value #PROPERTY} once the configuration is read and before any bean is
     * made, so that the engine's dates agree with the clock (registered in META-INF/spring.factories).
     */
    public static class JvmDefaultZone implements EnvironmentPostProcessor {

        @Override
        public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
            if (environment.containsProperty(PROPERTY)) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone(environment)));
            }
        }
    }
}
