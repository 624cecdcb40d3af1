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
    /** The moving municipality informs the receiving one and sends the necessary material. */
    private String caseTransfer = "Barnets Lov §132";
    /** Support without the parents' consent: parental order and placement without consent. */
    private String supportWithoutConsent = "Barnets Lov §§ 38 og 47";
    /** Support for young people aged 18-22 (ungestøtte). */
    private String supportAfter18 = "Barnets Lov §§ 114-116";

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

    /** The follow-up of support once it has started: first within 3 months, then as decided at the first. */
    private String supportFollowUp = "Barnets Lov §95";

    public String getSupportFollowUp() {
        return supportFollowUp;
    }

    public void setSupportFollowUp(String supportFollowUp) {
        this.supportFollowUp = supportFollowUp;
    }

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
