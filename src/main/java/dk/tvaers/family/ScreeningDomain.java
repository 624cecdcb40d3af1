package dk.tvaers.family;

/** The domains of the needs screening, each scored on the five-step scale (1 = large need, 5 = no need). */
public enum ScreeningDomain {
    SCHOOL_EDUCATION,
    EMPLOYMENT,
    HEALTH,
    FAMILY_RELATIONS,
    LEISURE_NETWORK,
    CRIME_RISK
}
