package dk.tvaers.adult;

/** Who referred the young adult to the course. */
public enum AdultReferralSource {
    /** From a family case, e.g. a child of the family who has turned 18. */
    FAMILY_CASE,
    JOBCENTER,
    /** The police or SSP. */
    POLICE_SSP,
    /** The prison and probation service (Kriminalforsorgen). */
    PRISON_PROBATION,
    SELF
}
