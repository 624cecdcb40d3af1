package dk.tvaers.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The hardening settings of Tværs's own paths (docs/hardening.md).
 *
 * @param maxApiBodySize the largest request body Tværs's API (/api) accepts; a larger one is answered with 413
 * @param hstsMaxAge how long a browser keeps to HTTPS after an HTTPS response (Strict-Transport-Security); zero for
 *     none
 * @param loginDelayBase how long a wrong password delays the next check of that user's password from the same client
 *     address; it doubles with every further wrong password ({@link LoginThrottle})
 * @param loginDelayMax the longest such delay: no user is ever locked out for longer
 */
@ConfigurationProperties("tvaers.security")
public record SecurityProperties(
        DataSize maxApiBodySize, Duration hstsMaxAge, Duration loginDelayBase, Duration loginDelayMax) {

    public SecurityProperties {
        maxApiBodySize = maxApiBodySize == null ? DataSize.ofMegabytes(1) : maxApiBodySize;
        hstsMaxAge = hstsMaxAge == null ? Duration.ofDays(365) : hstsMaxAge;
        loginDelayBase = loginDelayBase == null ? Duration.ofSeconds(3) : loginDelayBase;
        loginDelayMax = loginDelayMax == null ? Duration.ofMinutes(5) : loginDelayMax;
    }
}
