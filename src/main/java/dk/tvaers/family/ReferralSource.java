package dk.tvaers.family;

/** Who referred the family. */
public enum ReferralSource {
    SSP,
    POLICE,
    SCHOOL,
    HOUSING_SOCIAL_PLAN,
    CASEWORKER,
    SELF
}
