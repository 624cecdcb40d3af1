package dk.tvaers.access;

/** The kinds of record whose access is checked and logged. */
public enum RecordType {
    /** A family case, by its case number (TV-…). */
    FAMILY_CASE,
    /** An adult course on the Klar / Parat / Start path, by its course number (KPS-…). */
    ADULT_COURSE,
    /** A person across cases, by the member id the records export is asked for. */
    PERSON,
    /** A report of concern (underretning), by its report number (UR-…). */
    REPORT_OF_CONCERN
}
