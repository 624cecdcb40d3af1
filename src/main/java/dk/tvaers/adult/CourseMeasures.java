package dk.tvaers.adult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What is recorded on one course for the method's success criteria: its enrolment and drop-out as they happened, the
 * offences while enrolled, and the involved professionals' assessments.
 */
public record CourseMeasures(
        String courseNumber,
        Instant enrolledAt,
        Instant droppedOutAt,
        List<Offence> offences,
        List<Assessment> assessments) {

    public record Offence(long id, OffenceKind kind, LocalDate occurredOn, String recordedBy) {}

    public record Assessment(
            String professional, boolean significantPositive, MovementReason movementReason, LocalDate assessedOn) {}
}
