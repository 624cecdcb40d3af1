package dk.tvaers.referral;

/** A referred person is already a member of an open family case, and the referral did not say that this is meant. */
public class DuplicateReferralException extends RuntimeException {

    private final String field;
    private final String caseNumber;

    DuplicateReferralException(String field, String caseNumber) {
        super("Personen i " + field + " er allerede med i den åbne sag " + caseNumber
                + ". Er henvisningen alligevel ment, så send den igen med \"confirmDuplicate\": true.");
        this.field = field;
        this.caseNumber = caseNumber;
    }

    public String field() {
        return field;
    }

    public String caseNumber() {
        return caseNumber;
    }
}
