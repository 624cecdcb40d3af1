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

/** A conversation with a child of the case, or the recorded reason it was not held. */
@Entity
@Table(name = "child_conversation")
class ChildConversation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_conversation_seq")
    @SequenceGenerator(name = "child_conversation_seq", sequenceName = "child_conversation_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConversationOccasion occasion;

    @Column(nullable = false)
    private boolean held;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 1000)
    private String present;

    @Column(name = "child_views", length = 4000)
    private String childViews;

    @Column(name = "parent_views", length = 4000)
    private String parentViews;

    @Column(name = "not_held_reason", length = 2000)
    private String notHeldReason;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected ChildConversation() {}

    ChildConversation(Long caseId, NewChildConversation c, String recordedBy, OffsetDateTime recordedAt) {
        this.caseId = caseId;
        this.memberId = c.memberId();
        this.occasion = c.occasion();
        this.held = c.held();
        this.heldOn = c.heldOn();
        this.present = c.held() ? c.present() : null;
        this.childViews = c.held() ? c.childViews() : null;
        this.parentViews = c.parentViews();
        this.notHeldReason = c.held() ? null : c.notHeldReason();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getMemberId() {
        return memberId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    CaseRecordView.Conversation view() {
        return new CaseRecordView.Conversation(
                id,
                memberId,
                occasion,
                held,
                heldOn,
                present,
                childViews,
                parentViews,
                notHeldReason,
                recordedBy,
                recordedAt);
    }
}
