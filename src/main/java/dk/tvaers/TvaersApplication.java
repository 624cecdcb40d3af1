package dk.tvaers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tværs. Its time zone (tvaers.time-zone, TVAERS_TIME_ZONE) is set up in kernel/TimeConfig. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TvaersApplication {

    public static void main(String[] args) {
        SpringApplication.run(TvaersApplication.class, args);
    }
}
