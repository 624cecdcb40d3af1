package dk.tvaers.concern;

import dk.tvaers.kernel.AssignedIdEntity;
import dk.tvaers.kernel.Cpr;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A report of concern about a child. Name, CPR number, reporter and content are stored here and nowhere else. */
@Entity
@Table(name = "report_of_concern")
class ReportOfConcern extends AssignedIdEntity {

    @Id
    private Long id;

    @Column(name = "report_number", nullable = false, length = 20)
    private String reportNumber;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_kind", nullable = false, length = 20)
    private ReporterKind reporterKind;

    @Column(name = "reporter_name", length = 200)
    private String reporterName;

    @Column(name = "reporter_organisation", length = 200)
    private String reporterOrganisation;

    @Column(name = "reporter_role", length = 200)
    private String reporterRole;

    @Column(name = "reporter_contact", length = 200)
    private String reporterContact;

    @Column(name = "child_name", nullable = false, length = 200)
    private String childName;

    @Column(name = "child_cpr", nullable = false, length = 11)
    private String childCpr;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(name = "family_case_number", length = 20)
    private String familyCaseNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ConcernOutcome outcome;

    @Column(name = "assessed_at")
    private OffsetDateTime assessedAt;

    @Column(name = "assessed_by", length = 64)
    private String assessedBy;

    @Column(name = "receipt_sent_at")
    private OffsetDateTime receiptSentAt;

    /** Set by retention ({@link ConcernAnonymiser}); the personal columns are then empty. */
    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private OffsetDateTime anonymisedAt;

    protected ReportOfConcern() {}

    ReportOfConcern(
            Long id,
            String reportNumber,
            OffsetDateTime receivedAt,
            String registeredBy,
            NewConcern report,
            Cpr childCpr,
            String familyCaseNumber) {
        this.id = id;
        this.reportNumber = reportNumber;
        this.receivedAt = receivedAt;
        this.registeredBy = registeredBy;
        this.reporterKind = report.reporterKind();
        this.reporterName = ConcernService.text(report.reporterName());
        this.reporterOrganisation = ConcernService.text(report.reporterOrganisation());
        this.reporterRole = ConcernService.text(report.reporterRole());
        this.reporterContact = ConcernService.text(report.reporterContact());
        this.childName = report.childName().strip();
        this.childCpr = childCpr.value();
        this.content = report.content().strip();
        this.familyCaseNumber = familyCaseNumber;
    }

    void assessed(ConcernOutcome outcome, String by, OffsetDateTime at, String familyCaseNumber) {
        this.outcome = outcome;
        this.assessedBy = by;
        this.assessedAt = at;
        if (familyCaseNumber != null) {
            this.familyCaseNumber = familyCaseNumber;
        }
    }

    void receiptSent(OffsetDateTime at) {
        this.receiptSentAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    String getReportNumber() {
        return reportNumber;
    }

    OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    String getRegisteredBy() {
        return registeredBy;
    }

    ReporterKind getReporterKind() {
        return reporterKind;
    }

    String getReporterName() {
        return reporterName;
    }

    String getReporterOrganisation() {
        return reporterOrganisation;
    }

    String getReporterRole() {
        return reporterRole;
    }

    String getReporterContact() {
        return reporterContact;
    }

    String getChildName() {
        return childName;
    }

    /** The child's CPR number; null once the report is anonymised. */
    Cpr getChildCpr() {
        return childCpr == null ? null : Cpr.parse(childCpr);
    }

    boolean isAnonymised() {
        return anonymisedAt != null;
    }

    String getContent() {
        return content;
    }

    String getFamilyCaseNumber() {
        return familyCaseNumber;
    }

    ConcernOutcome getOutcome() {
        return outcome;
    }

    OffsetDateTime getAssessedAt() {
        return assessedAt;
    }

    String getAssessedBy() {
        return assessedBy;
    }

    OffsetDateTime getReceiptSentAt() {
        return receiptSentAt;
    }
}
