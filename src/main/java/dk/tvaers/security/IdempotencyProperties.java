package dk.tvaers.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Idempotent writes of Tværs's API (docs/faults.md).
 *
 * @param retention how long a key and its first answer are kept (24 hours): within it the same key gives the same answer
 * @param lease how long a first request may run before its key counts as abandoned (the node stopped under it)
 * @param paths the writes that honour {@code Idempotency-Key}: POST to these paths (regular expressions, below the
 *     context path)
 * @param conflictRetries how often a write of the API that lost an optimistic lock to another user is sent again
 *     before it is answered 409
 */
@ConfigurationProperties("tvaers.idempotency")
public record IdempotencyProperties(Duration retention, Duration lease, List<String> paths, Integer conflictRetries) {

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        paths = paths == null
                ? List.of("/api/cases", "/api/adult-courses", "/api/cases/[^/]+/journal", "/api/cases/[^/]+/screenings")
                : List.copyOf(paths);
        conflictRetries = conflictRetries == null ? 2 : conflictRetries;
    }
}
