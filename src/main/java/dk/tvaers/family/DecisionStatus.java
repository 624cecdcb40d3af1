package dk.tvaers.family;

/** Where a decision on support stands. */
public enum DecisionStatus {
    /** The caseworker writes the draft: decision, reasons, legal basis, appeal guidance. */
    DRAFT,
    /** The parties are heard until the hearing deadline. */
    HEARING,
    /** Decided; the letter is written and stored. */
    FINAL
}
