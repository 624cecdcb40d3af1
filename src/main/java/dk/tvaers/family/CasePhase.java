package dk.tvaers.family;

/** The phases of the family course, in order. */
public enum CasePhase {
    REFERRAL,
    INVESTIGATION,
    VISITATION,
    PLANNING,
    INTENSIVE,
    PHASE_OUT,
    AFTERCARE,
    CLOSED
}
