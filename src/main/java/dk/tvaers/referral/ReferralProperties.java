package dk.tvaers.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Referrals (docs/faults.md). {@code refuse-duplicates}: a family referral naming a person who is already a member of
 * an open family case is answered 409 naming that case, unless the referral says it is meant ({@code
 * confirmDuplicate: true}). On by default; the shared integration-test context turns it off because its fixtures refer
 * the same test persons again and again, and {@code DuplicateReferralIntegrationTest} turns it on.
 */
@ConfigurationProperties("tvaers.referral")
public class ReferralProperties {

    private boolean refuseDuplicates = true;

    public boolean isRefuseDuplicates() {
        return refuseDuplicates;
    }

    public void setRefuseDuplicates(boolean refuseDuplicates) {
        this.refuseDuplicates = refuseDuplicates;
    }
}
