package dk.tvaers.adult;

/** The phases of the adult course ("En Vej Ind"); the Danish names are kept, as in the method and the UI. */
public enum AdultPhase {
    /** Klar: visitation, mentor, life-conduct interview and plan, the municipality made ready. */
    KLAR,
    /** Parat: activities (citizenship, ART, sport and health, abuse treatment). */
    PARAT,
    /** Start: education or employment. */
    START,
    /** Discharged (udskrevet): the course is over and its outcome recorded. */
    DISCHARGED,
    /** Not visited: the referral did not become a course; it has no outcome and counts in no success criterion. */
    NOT_VISITED
}
