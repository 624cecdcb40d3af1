package dk.tvaers.adult;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the adult course.
 *
 * @param courseNumberPrefix the prefix of every course number, e.g. "KPS" (Klar / Parat / Start)
 */
@ConfigurationProperties("tvaers.adult")
public record AdultProperties(String courseNumberPrefix) {
    public AdultProperties {
        courseNumberPrefix = courseNumberPrefix == null || courseNumberPrefix.isBlank() ? "KPS" : courseNumberPrefix;
    }
}
