package dk.tvaers.family;

public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException(String caseNumber) {
        super("Sagen " + caseNumber + " findes ikke");
    }
}
