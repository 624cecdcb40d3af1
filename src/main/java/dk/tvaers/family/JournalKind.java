package dk.tvaers.family;

/** What a journal entry records. */
public enum JournalKind {
    NOTE,
    MEETING_MINUTES
}
