package dk.tvaers.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The legal basis shown on tasks, labels a municipality sets (tvaers.legal-basis): the child investigation is
 * "Barnets Lov §20" since 2024, formerly "Serviceloven §50". The defaults follow LBK nr. 282 of 17 March 2025.
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

    /** The 4-month deadline and the preliminary assessment when it cannot be kept ("snarest herefter"). */
    private String preliminaryAssessment = "Barnets Lov §20, stk. 3";

    /** One investigation for several children of the family, taking each child's circumstances into account. */
    private String sharedInvestigation = "Barnets Lov §21, stk. 4";

    /** The lighter alternative to a child investigation: a clarification of one or more matters (afdækning). */
    private String clarification = "Barnets Lov §19";

    /** Support started while the child investigation runs. */
    private String supportDuringInvestigation = "Barnets Lov §32, stk. 4";

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

    public String getPreliminaryAssessment() {
        return preliminaryAssessment;
    }

    public void setPreliminaryAssessment(String preliminaryAssessment) {
        this.preliminaryAssessment = preliminaryAssessment;
    }

    public String getSharedInvestigation() {
        return sharedInvestigation;
    }

    public void setSharedInvestigation(String sharedInvestigation) {
        this.sharedInvestigation = sharedInvestigation;
    }

    public String getClarification() {
        return clarification;
    }

    public void setClarification(String clarification) {
        this.clarification = clarification;
    }

    public String getSupportDuringInvestigation() {
        return supportDuringInvestigation;
    }

    public void setSupportDuringInvestigation(String supportDuringInvestigation) {
        this.supportDuringInvestigation = supportDuringInvestigation;
    }
}
