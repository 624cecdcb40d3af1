package dk.tvaers.access;

import dk.tvaers.security.ApiSessionOrBasicFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only access log of case records: every read and change through the API or the board. Entries are only
 * ever inserted (on PostgreSQL a trigger refuses UPDATE and DELETE); they name users and case numbers, never a CPR
 * number. Written in a transaction of its own, so that an entry stays even when the operation it logs fails.
 */
@Service
public class AccessLog {

    private static final String INSERT =
            """
            INSERT INTO access_log (logged_at, user_id, record_type, record_key, view_name, action, outcome, channel,
                                    client_address)
            VALUES (:loggedAt, :userId, :recordType, :recordKey, :view, :action, :outcome, :channel, :clientAddress)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public AccessLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AccessLogEntry entry) {
        jdbc.update(INSERT, params(entry));
    }

    /** One entry per record, e.g. for the rows of a board page. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(Collection<AccessLogEntry> entries) {
        if (!entries.isEmpty()) {
            jdbc.batchUpdate(INSERT, entries.stream().map(AccessLog::params).toArray(MapSqlParameterSource[]::new));
        }
    }

    /** A new entry stamped now, with the request's channel (board or API) and client address. */
    public AccessLogEntry entry(
            Viewer viewer,
            RecordType type,
            String key,
            String view,
            AccessLogEntry.Action action,
            AccessLogEntry.Outcome outcome,
            HttpServletRequest request) {
        Object channel = request.getAttribute(ApiSessionOrBasicFilter.CHANNEL_ATTRIBUTE);
        return new AccessLogEntry(
                OffsetDateTime.now(clock),
                viewer.userId() == null ? "anonymous" : viewer.userId(),
                type,
                key,
                view,
                action,
                outcome,
                channel == null ? ApiSessionOrBasicFilter.CHANNEL_API : channel.toString(),
                request.getRemoteAddr());
    }

    /** The record's log, oldest first. */
    @Transactional(readOnly = true)
    public List<AccessLogEntry> entries(RecordType type, String key) {
        return jdbc.query(
                """
                SELECT logged_at, user_id, record_type, record_key, view_name, action, outcome, channel, client_address
                FROM access_log WHERE record_type = :type AND record_key = :key ORDER BY logged_at, id
                """,
                new MapSqlParameterSource("type", type.name()).addValue("key", key),
                (rs, i) -> new AccessLogEntry(
                        rs.getTimestamp("logged_at").toInstant().atZone(zone()).toOffsetDateTime(),
                        rs.getString("user_id"),
                        RecordType.valueOf(rs.getString("record_type")),
                        rs.getString("record_key"),
                        rs.getString("view_name"),
                        AccessLogEntry.Action.valueOf(rs.getString("action")),
                        AccessLogEntry.Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("channel"),
                        rs.getString("client_address")));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static MapSqlParameterSource params(AccessLogEntry entry) {
        return new MapSqlParameterSource(
                        "loggedAt", Timestamp.from(entry.loggedAt().toInstant()))
                .addValue("userId", entry.userId())
                .addValue("recordType", entry.recordType().name())
                .addValue("recordKey", entry.recordKey())
                .addValue("view", entry.view())
                .addValue("action", entry.action().name())
                .addValue("outcome", entry.outcome().name())
                .addValue("channel", entry.channel())
                .addValue("clientAddress", entry.clientAddress());
    }
}
