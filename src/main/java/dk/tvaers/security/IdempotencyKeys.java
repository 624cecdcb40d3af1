package dk.tvaers.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The table {@code idempotency_key}: per user and key, the request's hash and, once it has one, its first answer. Each
 * statement commits by itself (no surrounding transaction): a key is taken before the write runs, so that a second
 * request with the same key waits for nothing and writes nothing.
 */
public class IdempotencyKeys {

    /** What taking a key found. */
    public interface Claim {}

    /** The key is new: the request runs, and its answer is stored with {@link #complete}. */
    public record Taken() implements Claim {}

    /** The same key with another request: 422. */
    public record OtherRequest() implements Claim {}

    /** The first request with the key has not been answered yet: 409. */
    public record Running() implements Claim {}

    /** The first answer, given again. */
    public record Answered(int status, String contentType, String location, String body) implements Claim {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final IdempotencyProperties properties;

    public IdempotencyKeys(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    public Claim claim(String user, String key, String hash, String method, String path) {
        Instant now = clock.instant();
        // an expired key, or a first request that never finished (the node stopped): free again
        jdbc.update(
                "DELETE FROM idempotency_key WHERE user_id = ? AND idempotency_key = ?"
                        + " AND (expires_at < ? OR (response_status IS NULL AND created_at < ?))",
                user,
                key,
                Timestamp.from(now),
                Timestamp.from(now.minus(properties.lease())));
        try {
            jdbc.update(
                    "INSERT INTO idempotency_key (user_id, idempotency_key, request_hash, request_method, request_path,"
                            + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    user,
                    key,
                    hash,
                    method,
                    path,
                    Timestamp.from(now),
                    Timestamp.from(now.plus(properties.retention())));
            return new Taken();
        } catch (DuplicateKeyException e) {
            List<Claim> found = jdbc.query(
                    "SELECT request_hash, response_status, response_type, response_location, response_body"
                            + " FROM idempotency_key WHERE user_id = ? AND idempotency_key = ?",
                    (rs, i) -> {
                        if (!hash.equals(rs.getString("request_hash"))) {
                            return new OtherRequest();
                        }
                        int status = rs.getInt("response_status");
                        return rs.wasNull()
                                ? new Running()
                                : new Answered(
                                        status,
                                        rs.getString("response_type"),
                                        rs.getString("response_location"),
                                        rs.getString("response_body"));
                    },
                    user,
                    key);
            // deleted in between (released after a failure): the client may simply send it again
            return found.isEmpty() ? new Running() : found.get(0);
        }
    }

    /** Stores the first answer of a request whose key was {@link Taken}. */
    public void complete(String user, String key, int status, String contentType, String location, String body) {
        jdbc.update(
                "UPDATE idempotency_key SET response_status = ?, response_type = ?, response_location = ?,"
                        + " response_body = ? WHERE user_id = ? AND idempotency_key = ?",
                status,
                contentType,
                location,
                body,
                user,
                key);
    }

    /** Frees a key whose request failed: nothing was written, and the client may send it again. */
    public void release(String user, String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE user_id = ? AND idempotency_key = ?", user, key);
    }

    /** Deletes the expired keys (every hour; any node may, the delete is the same twice). */
    @Scheduled(cron = "${tvaers.idempotency.cleanup:0 17 * * * *}", zone = "${tvaers.time-zone}")
    public int deleteExpired() {
        return jdbc.update("DELETE FROM idempotency_key WHERE expires_at < ?", Timestamp.from(clock.instant()));
    }
}
