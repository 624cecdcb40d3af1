package dk.tvaers.adult;

import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NumberSequence;
import dk.tvaers.kernel.ReportPeriod;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adult course's measures as they happen: enrolment (at visitation) and drop-out events, offences while enrolled
 * (charged and prosecuted apart), and each involved professional's assessment; and the success criteria over the
 * participants enrolled in a period.
 */
@Service
public class AdultMeasuresService {

    static final String ENROLLED = "ENROLLED";
    static final String DROPPED_OUT = "DROPPED_OUT";

    private final AdultCourseRepository courses;
    private final NamedParameterJdbcTemplate jdbc;
    private final NumberSequence sequence;
    private final Clock clock;

    AdultMeasuresService(
            AdultCourseRepository courses, NamedParameterJdbcTemplate jdbc, NumberSequence sequence, Clock clock) {
        this.courses = courses;
        this.jdbc = jdbc;
        this.sequence = sequence;
        this.clock = clock;
    }

    /** The young adult is enrolled: visited to the course, now. A second call records nothing. */
    @Transactional
    public void enrol(String courseNumber) {
        event(course(courseNumber), ENROLLED, null);
    }

    /**
     * The young adult drops out, now: recorded at once (the course goes on to discharge through the process). Refused
     * for a closed course or one never enrolled; a second drop-out records nothing.
     */
    @Transactional
    public void dropOut(String courseNumber, String userId) {
        AdultCourse c = course(courseNumber);
        if (c.getStatus() != CaseStatus.OPEN) {
            throw new InvalidInputException("courseNumber", "Forløbet er afsluttet");
        }
        if (eventAt(c.getId(), ENROLLED) == null) {
            throw new InvalidInputException("courseNumber", "Den unge er ikke indskrevet i forløbet endnu");
        }
        event(c, DROPPED_OUT, userId);
    }

    /** At discharge with the outcome "dropped out": the drop-out, if it was not recorded when it happened. */
    @Transactional
    public void dropOutAtDischarge(String courseNumber) {
        event(course(courseNumber), DROPPED_OUT, null);
    }

    /** Records an offence while enrolled: on or after the enrolment, not in the future, the course not closed. */
    @Transactional
    public CourseMeasures.Offence addOffence(String courseNumber, NewOffence offence, String userId) {
        AdultCourse c = course(courseNumber);
        if (offence.kind() == null) {
            throw new InvalidInputException("kind", "Angiv sigtet eller tiltalt");
        }
        if (offence.occurredOn() == null) {
            throw new InvalidInputException("occurredOn", "Datoen mangler");
        }
        if (offence.occurredOn().isAfter(today())) {
            throw new InvalidInputException("occurredOn", "Datoen ligger i fremtiden");
        }
        Instant enrolled = eventAt(c.getId(), ENROLLED);
        if (enrolled == null) {
            throw new InvalidInputException("courseNumber", "Den unge er ikke indskrevet i forløbet endnu");
        }
        if (offence.occurredOn().isBefore(LocalDate.ofInstant(enrolled, clock.getZone()))) {
            throw new InvalidInputException("occurredOn", "Datoen ligger før indskrivningen");
        }
        if (c.getDischargedOn() != null && offence.occurredOn().isAfter(c.getDischargedOn())) {
            throw new InvalidInputException("occurredOn", "Datoen ligger efter udskrivningen");
        }
        long id = sequence.next("adult_offence_seq");
        jdbc.update(
                """
                INSERT INTO adult_offence (id, course_id, kind, occurred_on, recorded_by, recorded_at)
                VALUES (:id, :courseId, :kind, :on, :by, :at)
                """,
                new MapSqlParameterSource("id", id)
                        .addValue("courseId", c.getId())
                        .addValue("kind", offence.kind().name())
                        .addValue("on", offence.occurredOn())
                        .addValue("by", userId)
                        .addValue("at", OffsetDateTime.now(clock)));
        return new CourseMeasures.Offence(id, offence.kind(), offence.occurredOn(), userId);
    }

    /** Records (or replaces) the professional's own assessment of the course. */
    @Transactional
    public CourseMeasures.Assessment assess(String courseNumber, NewAssessment assessment, String professional) {
        AdultCourse c = course(courseNumber);
        if (assessment.significantPositive() == null) {
            throw new InvalidInputException(
                    "significantPositive", "Angiv om den unge har bevæget sig markant i positiv retning");
        }
        boolean yes = assessment.significantPositive();
        if (yes && assessment.movementReason() == null) {
            throw new InvalidInputException(
                    "movementReason", "Angiv bevægelsens art, når der er en markant positiv bevægelse");
        }
        if (!yes && assessment.movementReason() != null) {
            throw new InvalidInputException(
                    "movementReason", "Bevægelsens art angives kun ved en markant positiv bevægelse");
        }
        if (assessment.assessedOn() == null || assessment.assessedOn().isAfter(today())) {
            throw new InvalidInputException("assessedOn", "Vurderingsdatoen mangler eller ligger i fremtiden");
        }
        if (eventAt(c.getId(), ENROLLED) == null) {
            throw new InvalidInputException("courseNumber", "Den unge er ikke indskrevet i forløbet endnu");
        }
        MapSqlParameterSource row = new MapSqlParameterSource("courseId", c.getId())
                .addValue("professional", professional)
                .addValue("yes", yes)
                .addValue("reason", yes ? assessment.movementReason().name() : null)
                .addValue("on", assessment.assessedOn());
        int updated = jdbc.update(
                """
                UPDATE adult_assessment SET significant_positive = :yes, movement_reason = :reason, assessed_on = :on
                WHERE course_id = :courseId AND professional = :professional
                """,
                row);
        if (updated == 0) {
            jdbc.update(
                    """
                    INSERT INTO adult_assessment
                        (id, course_id, professional, significant_positive, movement_reason, assessed_on)
                    VALUES (:id, :courseId, :professional, :yes, :reason, :on)
                    """,
                    row.addValue("id", sequence.next("adult_assessment_seq")));
        }
        return new CourseMeasures.Assessment(
                professional, yes, yes ? assessment.movementReason() : null, assessment.assessedOn());
    }

    /** The coordinator's judgement at discharge, recorded today as her assessment. */
    @Transactional
    public void assessAtDischarge(String courseNumber, boolean movement, MovementReason reason, String coordinator) {
        assess(courseNumber, new NewAssessment(movement, movement ? reason : null, today()), coordinator);
    }

    /** What is recorded on the course. */
    @Transactional(readOnly = true)
    public CourseMeasures measures(String courseNumber) {
        AdultCourse c = course(courseNumber);
        return new CourseMeasures(
                c.getCourseNumber(),
                eventAt(c.getId(), ENROLLED),
                eventAt(c.getId(), DROPPED_OUT),
                offences(List.of(c.getId())).getOrDefault(c.getId(), List.of()),
                jdbc.query(
                        """
                        SELECT professional, significant_positive, movement_reason, assessed_on FROM adult_assessment
                        WHERE course_id = :courseId ORDER BY assessed_on, id
                        """,
                        new MapSqlParameterSource("courseId", c.getId()),
                        (rs, i) -> new CourseMeasures.Assessment(
                                rs.getString("professional"),
                                rs.getBoolean("significant_positive"),
                                rs.getString("movement_reason") == null
                                        ? null
                                        : MovementReason.valueOf(rs.getString("movement_reason")),
                                rs.getDate("assessed_on").toLocalDate())));
    }

    /** The success criteria over the participants enrolled in [from, to], followed up to today. */
    @Transactional(readOnly = true)
    public OutcomeReport outcomes(LocalDate from, LocalDate to) {
        ReportPeriod period = new ReportPeriod(from, to);
        MapSqlParameterSource range = new MapSqlParameterSource(
                        "start",
                        period.start(clock.getZone()).atZone(clock.getZone()).toOffsetDateTime())
                .addValue(
                        "end",
                        period.end(clock.getZone()).atZone(clock.getZone()).toOffsetDateTime());
        record Row(long id, Instant enrolledAt, LocalDate dischargedOn, String outcome, boolean droppedOut) {}
        List<Row> rows = jdbc.query(
                """
                SELECT c.id, e.occurred_at, c.discharged_on, c.outcome,
                       (SELECT COUNT(*) FROM adult_course_event d WHERE d.course_id = c.id AND d.kind = 'DROPPED_OUT')
                           AS dropped
                FROM adult_course c JOIN adult_course_event e ON e.course_id = c.id AND e.kind = 'ENROLLED'
                WHERE e.occurred_at >= :start AND e.occurred_at < :end
                ORDER BY c.id
                """,
                range,
                (rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getDate("discharged_on") == null
                                ? null
                                : rs.getDate("discharged_on").toLocalDate(),
                        rs.getString("outcome"),
                        rs.getLong("dropped") > 0));
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<CourseMeasures.Offence>> offences = offences(ids);
        Map<Long, List<Boolean>> assessments = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(
                    "SELECT course_id, significant_positive FROM adult_assessment WHERE course_id IN (:ids)",
                    new MapSqlParameterSource("ids", ids),
                    rs -> {
                        assessments
                                .computeIfAbsent(rs.getLong("course_id"), k -> new ArrayList<>())
                                .add(rs.getBoolean("significant_positive"));
                    });
        }
        List<OutcomeReport.Participant> participants = rows.stream()
                .map(r -> new OutcomeReport.Participant(
                        LocalDate.ofInstant(r.enrolledAt(), clock.getZone()),
                        r.dischargedOn(),
                        r.outcome() == null ? null : AdultOutcome.valueOf(r.outcome()),
                        r.droppedOut(),
                        offences.getOrDefault(r.id(), List.of()),
                        assessments.getOrDefault(r.id(), List.of())))
                .toList();
        Long droppedInPeriod = jdbc.queryForObject(
                """
                SELECT COUNT(*) FROM adult_course_event
                WHERE kind = 'DROPPED_OUT' AND occurred_at >= :start AND occurred_at < :end
                """,
                range,
                Long.class);
        return OutcomeReport.compute(from, to, today(), participants, droppedInPeriod == null ? 0 : droppedInPeriod);
    }

    private Map<Long, List<CourseMeasures.Offence>> offences(List<Long> courseIds) {
        Map<Long, List<CourseMeasures.Offence>> byCourse = new HashMap<>();
        if (courseIds.isEmpty()) {
            return byCourse;
        }
        jdbc.query(
                """
                SELECT id, course_id, kind, occurred_on, recorded_by FROM adult_offence
                WHERE course_id IN (:ids) ORDER BY occurred_on, id
                """,
                new MapSqlParameterSource("ids", courseIds),
                rs -> {
                    byCourse.computeIfAbsent(rs.getLong("course_id"), k -> new ArrayList<>())
                            .add(new CourseMeasures.Offence(
                                    rs.getLong("id"),
                                    OffenceKind.valueOf(rs.getString("kind")),
                                    rs.getDate("occurred_on").toLocalDate(),
                                    rs.getString("recorded_by")));
                });
        return byCourse;
    }

    private void event(AdultCourse c, String kind, String userId) {
        if (eventAt(c.getId(), kind) != null) {
            return;
        }
        jdbc.update(
                """
                INSERT INTO adult_course_event (id, course_id, kind, occurred_at, recorded_by)
                VALUES (:id, :courseId, :kind, :at, :by)
                """,
                new MapSqlParameterSource("id", sequence.next("adult_course_event_seq"))
                        .addValue("courseId", c.getId())
                        .addValue("kind", kind)
                        .addValue("at", OffsetDateTime.now(clock))
                        .addValue("by", userId));
    }

    private Instant eventAt(long courseId, String kind) {
        List<Timestamp> at = jdbc.queryForList(
                "SELECT occurred_at FROM adult_course_event WHERE course_id = :courseId AND kind = :kind",
                new MapSqlParameterSource("courseId", courseId).addValue("kind", kind),
                Timestamp.class);
        return at.isEmpty() ? null : at.get(0).toInstant();
    }

    private AdultCourse course(String courseNumber) {
        return courses.findByCourseNumber(courseNumber)
                .orElseThrow(() -> new AdultCourseNotFoundException(courseNumber));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
