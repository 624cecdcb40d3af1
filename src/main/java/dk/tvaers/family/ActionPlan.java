package dk.tvaers.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The joint family action plan: one per case, keyed by the case id; its goals and consents refer to it. */
@Entity
@Table(name = "action_plan")
class ActionPlan {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    protected ActionPlan() {}

    ActionPlan(Long caseId, LocalDate agreedOn) {
        this.caseId = caseId;
        this.agreedOn = agreedOn;
    }

    LocalDate getAgreedOn() {
        return agreedOn;
    }

    void agreedOn(LocalDate day) {
        this.agreedOn = day;
    }
}
