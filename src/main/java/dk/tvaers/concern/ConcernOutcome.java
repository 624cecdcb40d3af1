package dk.tvaers.concern;

/** What the assessment of a report decided. */
public enum ConcernOutcome {
    /** No further action. */
    NO_ACTION,
    /** Referred to the method: a family case is opened with the child and the report's content as its concern. */
    REFER,
    /** The child is in an open case elsewhere in the municipality: the report goes into that case. */
    OPEN_CASE,
    /** A new report on a child in an open family case, assessed again by someone new to the case. */
    REASSESSED
}
