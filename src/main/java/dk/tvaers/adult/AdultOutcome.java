package dk.tvaers.adult;

/** How a course ended, in the terms the method's success criteria count. */
public enum AdultOutcome {
    /** Completed the half-year course. */
    COMPLETED,
    /** Moved to education before the course ended. */
    MOVED_TO_EDUCATION,
    /** Moved to employment before the course ended. */
    MOVED_TO_EMPLOYMENT,
    /** Dropped out. */
    DROPPED_OUT,
    /**
     * Charged with a criminal offence while enrolled: no longer a discharge outcome (refused since issue 15, where
     * charges and prosecutions became offence events of the course, {@link OffenceKind}); kept so that courses
     * discharged with it before stay readable.
     */
    CHARGED;

    /** Completed the course or moved on to education or a job: the first success criterion. */
    public boolean completedOrMovedOn() {
        return this == COMPLETED || this == MOVED_TO_EDUCATION || this == MOVED_TO_EMPLOYMENT;
    }
}
