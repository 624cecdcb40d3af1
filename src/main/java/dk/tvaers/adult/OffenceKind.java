package dk.tvaers.adult;

/** An offence registered by the police while the young adult is enrolled; the two stages are kept apart. */
public enum OffenceKind {
    /** Charged (sigtet): suspected and charged by the police. */
    CHARGED,
    /** Prosecuted (tiltalt): the prosecution has brought a charge before a court; what the 15% criterion counts. */
    PROSECUTED
}
