package dk.tvaers.adult;

import dk.tvaers.kernel.PhaseEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One phase of an adult course and when it began. */
@Entity
@Table(name = "adult_course_phase")
class AdultCoursePhaseEntry extends PhaseEntry<AdultPhase> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adult_course_phase_seq")
    @SequenceGenerator(name = "adult_course_phase_seq", sequenceName = "adult_course_phase_seq", allocationSize = 1)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    protected AdultCoursePhaseEntry() {}

    AdultCoursePhaseEntry(Long courseId, AdultPhase phase, OffsetDateTime startedAt) {
        super(phase, startedAt);
        this.courseId = courseId;
    }
}
