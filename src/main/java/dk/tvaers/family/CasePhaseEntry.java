package dk.tvaers.family;

import dk.tvaers.kernel.PhaseEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One phase of a case's course and when it began. */
@Entity
@Table(name = "case_phase")
class CasePhaseEntry extends PhaseEntry<CasePhase> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_phase_seq")
    @SequenceGenerator(name = "case_phase_seq", sequenceName = "case_phase_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    protected CasePhaseEntry() {}

    CasePhaseEntry(Long caseId, CasePhase phase, OffsetDateTime startedAt) {
        super(phase, startedAt);
        this.caseId = caseId;
    }
}
