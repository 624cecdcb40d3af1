package dk.tvaers.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The referral that opened the case: one per case, keyed by the case id. */
@Entity
@Table(name = "referral")
class CaseReferral {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReferralSource source;

    @Column(nullable = false, length = 4000)
    private String concern;

    @Column(name = "ssp_category", nullable = false)
    private Integer sspCategory;

    @Column(name = "awareness_date", nullable = false)
    private LocalDate awarenessDate;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    protected CaseReferral() {}

    CaseReferral(Long caseId, NewReferral referral, OffsetDateTime registeredAt, String registeredBy) {
        this.caseId = caseId;
        this.source = referral.source();
        this.concern = referral.concern();
        this.sspCategory = referral.sspCategory();
        this.awarenessDate = referral.awarenessDate();
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    CaseRecordView.Referral view() {
        return new CaseRecordView.Referral(source, concern, sspCategory, awarenessDate, registeredAt, registeredBy);
    }
}
