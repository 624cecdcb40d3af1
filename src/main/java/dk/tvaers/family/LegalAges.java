package dk.tvaers.family;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ages the law sets (tvaers.ages), a municipality's setting like every paragraph label: a child is a party to its
 * own case from {@link #partyRights()} (Barnets Lov §3: 10 years), and a young person gives consent on her own from
 * {@link #ownConsent()} (15 years). No Danish social-law threshold is 16. An age counts from the birthday itself: a
 * child born 2016-03-02 is 10 on 2026-03-02.
 *
 * @param partyRights the age from which a child is a party: heard before a decision, gets the decision letter
 * @param ownConsent the age from which a young person consents to the plan herself
 */
@ConfigurationProperties("tvaers.ages")
public record LegalAges(@DefaultValue("10") int partyRights, @DefaultValue("15") int ownConsent) {

    public LegalAges {
        if (partyRights < 0 || partyRights >= CaseRules.ADULT_AGE) {
            throw new IllegalArgumentException("tvaers.ages.party-rights must be between 0 and 17: " + partyRights);
        }
        if (ownConsent < 0 || ownConsent >= CaseRules.ADULT_AGE) {
            throw new IllegalArgumentException("tvaers.ages.own-consent must be between 0 and 17: " + ownConsent);
        }
    }

    /** The law's defaults: party rights from 10, own consent from 15. */
    public static LegalAges defaults() {
        return new LegalAges(10, 15);
    }

    /** Whether a child born on the day is a party to its case on the given day. */
    public boolean isParty(LocalDate dateOfBirth, LocalDate on) {
        return age(dateOfBirth, on) >= partyRights;
    }

    /** Whether a young person born on the day consents herself on the given day. */
    public boolean consentsHerself(LocalDate dateOfBirth, LocalDate on) {
        return age(dateOfBirth, on) >= ownConsent;
    }

    static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }
}
