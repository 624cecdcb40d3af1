package dk.tvaers.family;

/** A party's hearing on a decision. */
public enum HearingStatus {
    AWAITING,
    ANSWERED,
    /** The hearing deadline passed without an answer. */
    NO_ANSWER
}
