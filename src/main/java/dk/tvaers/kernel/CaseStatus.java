package dk.tvaers.kernel;

public enum CaseStatus {
    OPEN,
    CLOSED
}
