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
 */
@ConfigurationProperties("tvaers.security")
public record SecurityProperties(DataSize maxApiBodySize, Duration hstsMaxAge) {

    public SecurityProperties {
        maxApiBodySize = maxApiBodySize == null ? DataSize.ofMegabytes(1) : maxApiBodySize;
        hstsMaxAge = hstsMaxAge == null ? Duration.ofDays(365) : hstsMaxAge;
    }
}
