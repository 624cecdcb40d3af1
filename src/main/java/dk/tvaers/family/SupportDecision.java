package dk.tvaers.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A decision on support for the family: its draft, the hearing's dates, the final decision and its letter. */
@Entity
@Table(name = "support_decision")
class SupportDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_decision_seq")
    @SequenceGenerator(name = "support_decision_seq", sequenceName = "support_decision_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionStatus status;

    @Column(name = "decision_text", length = 4000)
    private String decisionText;

    @Column(length = 4000)
    private String reasons;

    @Column(name = "legal_basis", length = 200)
    private String legalBasis;

    @Column(name = "appeal_guidance", length = 4000)
    private String appealGuidance;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Column(name = "drafted_by", length = 64)
    private String draftedBy;

    @Column(name = "hearing_from")
    private LocalDate hearingFrom;

    @Column(name = "hearing_deadline")
    private LocalDate hearingDeadline;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "letter")
    private byte[] letter;

    protected SupportDecision() {}

    SupportDecision(Long caseId, String legalBasis, String appealGuidance, OffsetDateTime openedAt) {
        this.caseId = caseId;
        this.status = DecisionStatus.DRAFT;
        this.legalBasis = legalBasis;
        this.appealGuidance = appealGuidance;
        this.openedAt = openedAt;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    DecisionStatus getStatus() {
        return status;
    }

    String getDecisionText() {
        return decisionText;
    }

    String getReasons() {
        return reasons;
    }

    String getLegalBasis() {
        return legalBasis;
    }

    String getAppealGuidance() {
        return appealGuidance;
    }

    LocalDate getHearingFrom() {
        return hearingFrom;
    }

    LocalDate getHearingDeadline() {
        return hearingDeadline;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    byte[] getLetter() {
        return letter;
    }

    boolean isDrafted() {
        return notBlank(decisionText) && notBlank(reasons) && notBlank(legalBasis) && notBlank(appealGuidance);
    }

    void draft(NewDecisionDraft draft, String by) {
        this.decisionText = draft.decisionText().trim();
        this.reasons = draft.reasons().trim();
        this.legalBasis = draft.legalBasis().trim();
        this.appealGuidance = draft.appealGuidance().trim();
        this.draftedBy = by;
    }

    void openHearing(LocalDate from, LocalDate deadline) {
        this.status = DecisionStatus.HEARING;
        this.hearingFrom = from;
        this.hearingDeadline = deadline;
    }

    void decide(String by, LocalDate on, byte[] letter) {
        this.status = DecisionStatus.FINAL;
        this.decidedBy = by;
        this.decidedOn = on;
        this.letter = letter;
    }

    CaseRecordView.Decision view(List<CaseRecordView.Hearing> hearings) {
        return new CaseRecordView.Decision(
                id,
                status,
                decisionText,
                reasons,
                legalBasis,
                appealGuidance,
                draftedBy,
                hearingFrom,
                hearingDeadline,
                hearings,
                decidedBy,
                decidedOn,
                letter != null);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
