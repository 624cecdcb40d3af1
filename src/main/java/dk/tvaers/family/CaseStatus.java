package dk.tvaers.family;

public enum CaseStatus {
    OPEN,
    CLOSED
}
