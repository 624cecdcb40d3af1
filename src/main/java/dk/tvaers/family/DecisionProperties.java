package dk.tvaers.family;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every decision letter on support says besides the decision itself (tvaers.decisions), a municipality's
 * setting: the authority that signs, and the appeal guidance a new draft starts with (the caseworker may adjust it per
 * decision). The default guidance follows the law as in force: a complaint to Ankestyrelsen within 4 weeks, sent to
 * the municipality, which reconsiders the decision first (retssikkerhedsloven §§ 60, 66 and 67).
 *
 * @param authority who decides and signs the letter, e.g. "Socialforvaltningen"
 * @param appealGuidance the appeal guidance (klagevejledning) a new draft starts with
 */
@ConfigurationProperties("tvaers.decisions")
public record DecisionProperties(
        @DefaultValue("Socialforvaltningen") String authority,
        @DefaultValue(DecisionProperties.APPEAL_GUIDANCE) String appealGuidance) {

    static final String APPEAL_GUIDANCE = "Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal være modtaget"
            + " senest 4 uger efter, at du har fået afgørelsen. Du sender klagen til kommunen, skriftligt eller"
            + " mundtligt. Kommunen vurderer afgørelsen igen inden 4 uger; giver kommunen dig ikke fuldt ud ret,"
            + " sender den klagen videre til Ankestyrelsen (retssikkerhedsloven §§ 60, 66 og 67).";

    public static DecisionProperties defaults() {
        return new DecisionProperties("Socialforvaltningen", APPEAL_GUIDANCE);
    }
}
