package dk.tvaers.support;

import dk.tvaers.TvaersApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application by hand, as its operator would, for the tests of startup and restart. Each gets its
 * own engine name so that it never meets the shared test context's engine in Camunda's JVM-wide registry, and
 * {@link #forgetFailedStart()} clears what a failed start leaves in the webapps' static state.
 */
public final class Applications {

    public static ConfigurableApplicationContext start(String engineName, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "camunda.bpm.process-engine-name=" + engineName,
                "camunda.bpm.job-execution.enabled=false",
                "spring.jmx.enabled=false",
                "management.endpoints.web.exposure.include=health"));
        all.addAll(List.of(properties));
        // command-line arguments: they take precedence over application.yaml, as an operator's would
        return new SpringApplicationBuilder(TvaersApplication.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    /**
     * The Camunda webapps keep the application context in a static field that a failed start does not clear (no
     * close event is published); the next context's webapp filters would then use the dead one.
     */
    public static void forgetFailedStart() {
        org.camunda.bpm.spring.boot.starter.webapp.filter.WebappContextReset.forget();
    }

    private Applications() {}
}
