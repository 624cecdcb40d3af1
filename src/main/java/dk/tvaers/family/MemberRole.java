package dk.tvaers.family;

/** A member's place in the family case. */
public enum MemberRole {
    PARENT,
    GUARDIAN,
    CHILD,
    YOUNG_ADULT;

    /** Whether the member is one of the young people the case is about. */
    public boolean isYoung() {
        return this == CHILD || this == YOUNG_ADULT;
    }

    /** Whether the member holds parental responsibility. */
    public boolean isParental() {
        return this == PARENT || this == GUARDIAN;
    }
}
