package dk.tvaers.concern;

/** Who reported: a professional (school, day care, police, health visitor: the duty to report) or a private person. */
public enum ReporterKind {
    PROFESSIONAL,
    PRIVATE
}
