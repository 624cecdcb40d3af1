package dk.tvaers.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The legal basis shown on tasks, a label a municipality sets (tvaers.legal-basis): the child investigation is
 * "Barnets Lov §20" since 2024, formerly "Serviceloven §50".
 */
@Component(LegalBasis.BEAN)
@ConfigurationProperties("tvaers.legal-basis")
public class LegalBasis {

    static final String BEAN = "legalBasis";

    private String childInvestigation = "Barnets Lov §20";
    /** The moving municipality informs the receiving one and sends the necessary material. */
    private String caseTransfer = "Barnets Lov §132";
    /** Support without the parents' consent: parental order and placement without consent. */
    private String supportWithoutConsent = "Barnets Lov §§ 38 og 47";
    /** Support for young people aged 18-22 (ungestøtte). */
    private String supportAfter18 = "Barnets Lov §§ 114-116";

    public String getChildInvestigation() {
        return childInvestigation;
    }

    public void setChildInvestigation(String childInvestigation) {
        this.childInvestigation = childInvestigation;
    }

    public String getCaseTransfer() {
        return caseTransfer;
    }

    public void setCaseTransfer(String caseTransfer) {
        this.caseTransfer = caseTransfer;
    }

    public String getSupportWithoutConsent() {
        return supportWithoutConsent;
    }

    public void setSupportWithoutConsent(String supportWithoutConsent) {
        this.supportWithoutConsent = supportWithoutConsent;
    }

    public String getSupportAfter18() {
        return supportAfter18;
    }

    public void setSupportAfter18(String supportAfter18) {
        this.supportAfter18 = supportAfter18;
    }
}
