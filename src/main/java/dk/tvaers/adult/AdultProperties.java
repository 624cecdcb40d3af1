package dk.tvaers.adult;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the adult course.
 *
 * @param courseNumberPrefix the prefix of every course number, e.g. "KPS" (Klar / Parat / Start)
 * @param minAge the youngest age of the course (18: "unge over atten")
 * @param maxAge the oldest age on the ordinary route (Ishøj, En Vej Ind: "borgere i alderen 18-30 år")
 * @param singleAdultMaxAge the oldest age of a single adult without a family (Odense: "der visiteres også
 *     enkeltpersoner, som ikke har familie"); null (the default): no upper limit
 */
@ConfigurationProperties("tvaers.adult")
public record AdultProperties(String courseNumberPrefix, Integer minAge, Integer maxAge, Integer singleAdultMaxAge) {
    public AdultProperties {
        courseNumberPrefix = courseNumberPrefix == null || courseNumberPrefix.isBlank() ? "KPS" : courseNumberPrefix;
        minAge = minAge == null ? 18 : minAge;
        maxAge = maxAge == null ? 30 : maxAge;
    }
}
