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

    private String reportOfConcern = "Barnets Lov §133";

    private String concernAssessment = "Barnets Lov §136";

    private String concernReceipt = "Barnets Lov §137";

    /** The duty to report a concern about a child (professionals). */
    public String getReportOfConcern() {
        return reportOfConcern;
    }

    public void setReportOfConcern(String reportOfConcern) {
        this.reportOfConcern = reportOfConcern;
    }

    /** The assessment of a report within 24 hours of its receipt. */
    public String getConcernAssessment() {
        return concernAssessment;
    }

    public void setConcernAssessment(String concernAssessment) {
        this.concernAssessment = concernAssessment;
    }

    /** The receipt to a professional reporter within 6 working days. */
    public String getConcernReceipt() {
        return concernReceipt;
    }

    public void setConcernReceipt(String concernReceipt) {
        this.concernReceipt = concernReceipt;
    }

    public String getChildInvestigation() {
        return childInvestigation;
    }

    public void setChildInvestigation(String childInvestigation) {
        this.childInvestigation = childInvestigation;
    }
}
