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

/** One party heard on a decision: a parent, a guardian, or a child from the age of party rights. */
@Entity
@Table(name = "decision_hearing")
class DecisionHearing {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_hearing_seq")
    @SequenceGenerator(name = "decision_hearing_seq", sequenceName = "decision_hearing_seq", allocationSize = 1)
    private Long id;

    @Column(name = "decision_id", nullable = false)
    private Long decisionId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HearingStatus status;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    protected DecisionHearing() {}

    DecisionHearing(Long decisionId, Long memberId) {
        this.decisionId = decisionId;
        this.memberId = memberId;
        this.status = HearingStatus.AWAITING;
    }

    Long getMemberId() {
        return memberId;
    }

    HearingStatus getStatus() {
        return status;
    }

    String getAnswer() {
        return answer;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }

    void answer(NewHearingAnswer answer, String by) {
        this.status = HearingStatus.ANSWERED;
        this.answer = answer.answer().trim();
        this.answeredOn = answer.answeredOn();
        this.registeredBy = by;
    }

    void noAnswer() {
        if (status == HearingStatus.AWAITING) {
            this.status = HearingStatus.NO_ANSWER;
        }
    }

    CaseRecordView.Hearing view() {
        return new CaseRecordView.Hearing(memberId, status, answer, answeredOn, registeredBy);
    }
}
