package dk.tvaers.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * One phase of a course (a family case's or an adult course's) and when it began: a row of the owner's phase table.
 * The subclass names the table, its id sequence and the column that points at its owner.
 */
@MappedSuperclass
public abstract class PhaseEntry<P extends Enum<P>> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private P phase;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    protected PhaseEntry() {}

    protected PhaseEntry(P phase, OffsetDateTime startedAt) {
        this.phase = phase;
        this.startedAt = startedAt;
    }

    public P getPhase() {
        return phase;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }
}
