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

/** A concrete goal of the plan for one member, owned by one administration (sof, buf, bif, kff). */
@Entity
@Table(name = "plan_goal")
class PlanGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_goal_seq")
    @SequenceGenerator(name = "plan_goal_seq", sequenceName = "plan_goal_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(nullable = false, length = 3)
    private String administration;

    /** Null once the case is anonymised. */
    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GoalStatus status;

    protected PlanGoal() {}

    PlanGoal(Long caseId, NewPlan.Goal goal) {
        this.caseId = caseId;
        this.memberId = goal.memberId();
        this.administration = goal.administration();
        this.description = goal.description();
        this.status = goal.status();
    }

    CaseRecordView.Goal view() {
        return new CaseRecordView.Goal(id, memberId, administration, description, status);
    }
}
