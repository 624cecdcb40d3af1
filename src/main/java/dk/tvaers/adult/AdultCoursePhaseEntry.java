package dk.tvaers.adult;

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

/** One phase of an adult course and when it began. */
@Entity
@Table(name = "adult_course_phase")
class AdultCoursePhaseEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adult_course_phase_seq")
    @SequenceGenerator(name = "adult_course_phase_seq", sequenceName = "adult_course_phase_seq", allocationSize = 1)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdultPhase phase;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    protected AdultCoursePhaseEntry() {}

    AdultCoursePhaseEntry(Long courseId, AdultPhase phase, OffsetDateTime startedAt) {
        this.courseId = courseId;
        this.phase = phase;
        this.startedAt = startedAt;
    }

    AdultPhase getPhase() {
        return phase;
    }

    OffsetDateTime getStartedAt() {
        return startedAt;
    }
}
