package dk.tvaers.family;

/**
 * A referral's case fields as {@link FamilyCaseService#check} passed them; only that check makes one, so that
 * {@link FamilyCaseService#open} stores what was checked without checking it again.
 */
public final class CheckedCase {

    private final NewCase fields;

    CheckedCase(NewCase fields) {
        this.fields = fields;
    }

    NewCase fields() {
        return fields;
    }
}
