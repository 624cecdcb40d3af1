package dk.tvaers.kernel;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The parameters of a page of closed records that retention may anonymise: closed before {@code cutoff}, keyed after
 * {@code after} (null: from the first), at most {@code limit}. The owners of the records (family, adult) write the
 * query; the SQL names the parameters {@code :cutoff}, {@code :after} and {@code :limit}.
 */
public final class ClosedBefore {

    private ClosedBefore() {}

    public static MapSqlParameterSource page(OffsetDateTime cutoff, String after, int limit) {
        return new MapSqlParameterSource()
                .addValue("cutoff", cutoff)
                .addValue("after", after == null ? "" : after)
                .addValue("limit", limit);
    }
}
