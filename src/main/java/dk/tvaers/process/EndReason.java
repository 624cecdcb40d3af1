package dk.tvaers.process;

/** Why a case ends before its course is over. */
public enum EndReason {
    /** The family moved out of the municipality. */
    MOVED_AWAY,
    /** The family withdrew its consent to the joint effort. */
    CONSENT_WITHDRAWN
}
