package dk.tvaers;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TvaersApplication {

    /** Danish time unless the operator sets TVAERS_TIME_ZONE: due dates and timers are computed in it. */
    public static final String DEFAULT_TIME_ZONE = "Europe/Copenhagen";

    public static void main(String[] args) {
        useDanishTimeUnlessConfigured();
        SpringApplication.run(TvaersApplication.class, args);
    }

    public static void useDanishTimeUnlessConfigured() {
        String zone = System.getenv("TVAERS_TIME_ZONE");
        TimeZone.setDefault(TimeZone.getTimeZone(zone == null || zone.isBlank() ? DEFAULT_TIME_ZONE : zone));
    }
}
