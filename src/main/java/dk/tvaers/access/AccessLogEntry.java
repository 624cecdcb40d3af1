package dk.tvaers.access;

import java.time.OffsetDateTime;

/** One line of the access log: who opened which record, when, through which view and channel, and from where. */
public record AccessLogEntry(
        OffsetDateTime loggedAt,
        String userId,
        RecordType recordType,
        String recordKey,
        String view,
        Action action,
        Outcome outcome,
        String channel,
        String clientAddress) {

    public enum Action {
        READ,
        CHANGE
    }

    public enum Outcome {
        GRANTED,
        DENIED
    }
}
