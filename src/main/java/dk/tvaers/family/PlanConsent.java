package dk.tvaers.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A member's consent to the joint plan: parents, guardians and children from the age of own consent (tvaers.ages.own-consent, 15). */
@Entity
@Table(name = "plan_consent")
class PlanConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_consent_seq")
    @SequenceGenerator(name = "plan_consent_seq", sequenceName = "plan_consent_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "consented_on", nullable = false)
    private LocalDate consentedOn;

    protected PlanConsent() {}

    PlanConsent(Long caseId, NewPlan.Consent consent) {
        this.caseId = caseId;
        this.memberId = consent.memberId();
        this.consentedOn = consent.consentedOn();
    }

    CaseRecordView.Consent view() {
        return new CaseRecordView.Consent(memberId, consentedOn);
    }
}
