package dk.tvaers.adult;

/** What the professionals judged a significant positive movement at discharge. */
public enum MovementReason {
    /** From activity-ready to education-ready. */
    ACTIVITY_TO_EDUCATION_READY,
    STARTED_EDUCATION,
    JOB,
    /** Stable volunteering. */
    VOLUNTEERING,
    /** Entered substance-abuse treatment. */
    ABUSE_TREATMENT
}
