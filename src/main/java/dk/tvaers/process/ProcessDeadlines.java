package dk.tvaers.process;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Legal and method deadlines as ISO-8601 durations (P5D, P4M, ...), read by the models' due date and timer
 * expressions as {@code ${deadlines.registration}}. A municipality sets its own under {@code tvaers.deadlines} in
 * application.yaml; a value that is not a duration stops startup naming the setting.
 */
@Component(ProcessDeadlines.BEAN)
@ConfigurationProperties("tvaers.deadlines")
public class ProcessDeadlines {

    /** The name the models use in expressions. */
    public static final String BEAN = "deadlines";

    private String registration = "P5D";

    /** Time the coordinator has to register the family's members after a referral. */
    public String getRegistration() {
        return registration;
    }

    public void setRegistration(String registration) {
        this.registration = checked("registration", registration);
    }

    static String checked(String name, String value) {
        String duration = value == null ? "" : value.trim();
        try {
            DatatypeFactory.newInstance().newDuration(duration);
        } catch (IllegalArgumentException | DatatypeConfigurationException e) {
            throw new IllegalArgumentException(
                    "tvaers.deadlines." + name + " is not an ISO-8601 duration such as P5D or P4M: '" + duration + "'",
                    e);
        }
        return duration;
    }
}
