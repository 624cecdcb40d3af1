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

    /** The legal basis a new decision on support starts with (the caseworker may change it per decision). */
    private String supportDecision = "Barnets Lov §32";

    public String getSupportDecision() {
        return supportDecision;
    }

    public void setSupportDecision(String supportDecision) {
        this.supportDecision = supportDecision;
    }

    public String getChildInvestigation() {
        return childInvestigation;
    }

    public void setChildInvestigation(String childInvestigation) {
        this.childInvestigation = childInvestigation;
    }
}
