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
import java.time.OffsetDateTime;

/** One phase of a case's course and when it began. */
@Entity
@Table(name = "case_phase")
class CasePhaseEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_phase_seq")
    @SequenceGenerator(name = "case_phase_seq", sequenceName = "case_phase_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CasePhase phase;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    protected CasePhaseEntry() {}

    CasePhaseEntry(Long caseId, CasePhase phase, OffsetDateTime startedAt) {
        this.caseId = caseId;
        this.phase = phase;
        this.startedAt = startedAt;
    }

    CasePhase getPhase() {
        return phase;
    }

    OffsetDateTime getStartedAt() {
        return startedAt;
    }
}
