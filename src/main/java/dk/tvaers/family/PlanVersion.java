package dk.tvaers.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One saved version of the joint plan: every save of the plan (at the first family meeting and at each new one during
 * the course) adds a version, so the case shows what changed. The goals are kept as saved, as JSON; they are cleared
 * when the case is anonymised.
 */
@Entity
@Table(name = "plan_version")
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private int version;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Column(name = "saved_by", nullable = false, length = 64)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    /** Null for a plan saved before versions were kept, and once the case is anonymised. */
    @Column(columnDefinition = "TEXT")
    private String goals;

    protected PlanVersion() {}

    PlanVersion(Long caseId, int version, LocalDate agreedOn, String savedBy, Instant savedAt, String goals) {
        this.caseId = caseId;
        this.version = version;
        this.agreedOn = agreedOn;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.goals = goals;
    }

    int version() {
        return version;
    }

    LocalDate agreedOn() {
        return agreedOn;
    }

    String savedBy() {
        return savedBy;
    }

    Instant savedAt() {
        return savedAt;
    }

    String goals() {
        return goals;
    }
}
