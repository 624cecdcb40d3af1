package dk.tvaers.family;

import dk.tvaers.kernel.AssignedIdEntity;
import dk.tvaers.kernel.CaseStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A family's case: the record the case process works on, keyed by its case number. */
@Entity
@Table(name = "family_case")
public class FamilyCase extends AssignedIdEntity {

    /** Drawn from family_case_seq before the row is stored (see NumberSequence). */
    @Id
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String caseNumber;

    @Column(nullable = false, length = 60)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source", nullable = false, length = 30)
    private ReferralSource referralSource;

    @Column(name = "ssp_category")
    private Integer sspCategory;

    /** The day the municipality became aware: the statutory clock starts here. */
    @Column(name = "awareness_date", nullable = false)
    private LocalDate awarenessDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CasePhase phase;

    @Column(length = 64)
    private String coordinator;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "phase_started_at")
    private OffsetDateTime phaseStartedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 20)
    private CloseReason closeReason;

    @Column(name = "outcome", length = 20)
    private String outcome;

    /** When retention removed the case's personal data; null while the case holds them. */
    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    protected FamilyCase() {}

    FamilyCase(
            long id,
            String caseNumber,
            String district,
            ReferralSource referralSource,
            Integer sspCategory,
            LocalDate awarenessDate,
            OffsetDateTime createdAt) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.district = district;
        this.referralSource = referralSource;
        this.sspCategory = sspCategory;
        this.awarenessDate = awarenessDate;
        this.createdAt = createdAt;
        this.status = CaseStatus.OPEN;
        this.phase = CasePhase.REFERRAL;
        this.phaseStartedAt = createdAt;
    }

    void assignCoordinator(String userId) {
        this.coordinator = userId;
    }

    void enter(CasePhase next, OffsetDateTime at) {
        this.phase = next;
        this.phaseStartedAt = at;
    }

    void close(CloseReason reason, String outcome, OffsetDateTime at) {
        this.status = CaseStatus.CLOSED;
        this.phase = CasePhase.CLOSED;
        this.phaseStartedAt = at;
        this.closedAt = at;
        this.closeReason = reason;
        this.outcome = outcome;
    }

    public OffsetDateTime getPhaseStartedAt() {
        return phaseStartedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public String getOutcome() {
        return outcome;
    }

    public OffsetDateTime getAnonymisedAt() {
        return anonymisedAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getDistrict() {
        return district;
    }

    public ReferralSource getReferralSource() {
        return referralSource;
    }

    public Integer getSspCategory() {
        return sspCategory;
    }

    public LocalDate getAwarenessDate() {
        return awarenessDate;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public CasePhase getPhase() {
        return phase;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
