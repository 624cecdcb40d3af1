package dk.tvaers.family;

/** Why a case closed. */
public enum CloseReason {
    /** The course ran to its end. */
    COMPLETED,
    /** The team chief did not visit the family. */
    NOT_VISITED,
    /** Ended early: the family moved away or withdrew its consent. */
    ENDED_EARLY
}
