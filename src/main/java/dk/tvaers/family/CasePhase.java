package dk.tvaers.family;

/** The phases of the family course, in order. */
public enum CasePhase {
    REFERRAL,
    INVESTIGATION,
    VISITATION,
    /** Visited, waiting for room in the district. */
    QUEUED,
    PLANNING,
    INTENSIVE,
    PHASE_OUT,
    AFTERCARE,
    CLOSED
}
