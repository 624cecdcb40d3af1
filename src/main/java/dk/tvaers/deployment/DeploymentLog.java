package dk.tvaers.deployment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only log of deployments (table deployment_log, V8): who, when, which deployment, each resource with its
 * SHA-256 checksum, and whether it was accepted or refused and why. An accepted deployment's entry is written in the
 * deployment's own transaction, so that it exists exactly when the deployment does; a refused one's, and one for a
 * deployment that failed after the review, in a transaction of its own, so that it stays.
 */
@Component
public class DeploymentLog {

    /** How a deployment ended. */
    public enum Outcome {
        /** deployed */
        ACCEPTED,
        /** refused by the review */
        REFUSED,
        /** accepted by the review, but the engine rolled the deployment back (e.g. a model it could not parse) */
        FAILED
    }

    /** A resource of a deployment and the SHA-256 checksum of its content, in hex. */
    public record Resource(String name, String sha256) {}

    /**
     * One deployment.
     *
     * @param userId who deployed; null for the system (the application's own deployment at startup)
     * @param reason why it was accepted or refused, in Danish
     */
    public record Entry(
            Long id,
            OffsetDateTime loggedAt,
            String userId,
            String deploymentId,
            String deploymentName,
            Outcome outcome,
            String reason,
            List<Resource> resources) {}

    private static final int MAX_REASON = 4000;
    private static final int MAX_NAME = 255;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;

    public DeploymentLog(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A new entry stamped now. */
    Entry entry(
            String userId,
            String deploymentId,
            String deploymentName,
            Outcome outcome,
            String reason,
            List<Resource> resources) {
        return new Entry(
                null,
                OffsetDateTime.now(clock),
                userId,
                deploymentId,
                deploymentName,
                outcome,
                reason,
                List.copyOf(resources));
    }

    /** Writes the entry in the current transaction (the deployment's). */
    void record(Entry entry) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                INSERT INTO deployment_log (logged_at, user_id, deployment_id, deployment_name, outcome, reason)
                VALUES (:loggedAt, :userId, :deploymentId, :deploymentName, :outcome, :reason)
                """,
                new MapSqlParameterSource(
                                "loggedAt", Timestamp.from(entry.loggedAt().toInstant()))
                        .addValue("userId", entry.userId())
                        .addValue("deploymentId", entry.deploymentId())
                        .addValue("deploymentName", cut(entry.deploymentName(), MAX_NAME))
                        .addValue("outcome", entry.outcome().name())
                        .addValue("reason", cut(entry.reason(), MAX_REASON)),
                key,
                new String[] {"id"});
        long id = key.getKey().longValue();
        jdbc.batchUpdate(
                """
                INSERT INTO deployment_log_resource (log_id, resource_name, sha256)
                VALUES (:logId, :name, :sha256)
                """,
                entry.resources().stream()
                        .map(r -> new MapSqlParameterSource("logId", id)
                                .addValue("name", cut(r.name(), MAX_NAME))
                                .addValue("sha256", r.sha256()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** Writes the entry in a transaction of its own, which commits whatever becomes of the current one. */
    void recordSeparately(Entry entry) {
        separately.executeWithoutResult(status -> record(entry));
    }

    /** The latest entries, newest first. */
    public List<Entry> latest(int limit) {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT id, logged_at, user_id, deployment_id, deployment_name, outcome, reason
                FROM deployment_log ORDER BY id DESC LIMIT :limit
                """,
                new MapSqlParameterSource("limit", limit),
                rs -> {
                    long id = rs.getLong("id");
                    entries.put(
                            id,
                            new Entry(
                                    id,
                                    rs.getTimestamp("logged_at")
                                            .toInstant()
                                            .atZone(clock.getZone())
                                            .toOffsetDateTime(),
                                    rs.getString("user_id"),
                                    rs.getString("deployment_id"),
                                    rs.getString("deployment_name"),
                                    Outcome.valueOf(rs.getString("outcome")),
                                    rs.getString("reason"),
                                    new ArrayList<>()));
                });
        if (!entries.isEmpty()) {
            jdbc.query(
                    """
                    SELECT log_id, resource_name, sha256 FROM deployment_log_resource
                    WHERE log_id IN (:ids) ORDER BY log_id, resource_name
                    """,
                    new MapSqlParameterSource("ids", entries.keySet()),
                    rs -> {
                        entries.get(rs.getLong("log_id"))
                                .resources()
                                .add(new Resource(rs.getString("resource_name"), rs.getString("sha256")));
                    });
        }
        return entries.values().stream()
                .map(e -> new Entry(
                        e.id(),
                        e.loggedAt(),
                        e.userId(),
                        e.deploymentId(),
                        e.deploymentName(),
                        e.outcome(),
                        e.reason(),
                        List.copyOf(e.resources())))
                .toList();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
