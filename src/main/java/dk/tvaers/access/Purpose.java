package dk.tvaers.access;

/** Why a record is opened: each purpose has its own rule of who may. */
public enum Purpose {
    /** Reading or changing the case record in the work: need-to-know (the user's groups have or had a task on it). */
    CASE_WORK,
    /** Reading who accessed the record: the data protection officer only. */
    ACCESS_LOG,
    /** Reading figures without names (outcome reports): team leads, the steering group and administrators. */
    REPORTS,
    /** Exporting everything held on a person (aktindsigt): the data protection officer only. */
    RECORDS_EXPORT
}
