package dk.tvaers.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The child's own wishes to the joint plan, as told at the family meeting: one text per case. */
@Entity
@Table(name = "plan_child_wishes")
class PlanChildWishes {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(length = 4000)
    private String wishes;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected PlanChildWishes() {}

    PlanChildWishes(Long caseId) {
        this.caseId = caseId;
    }

    void record(String wishes, String by, OffsetDateTime at) {
        this.wishes = wishes;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    String getWishes() {
        return wishes;
    }
}
