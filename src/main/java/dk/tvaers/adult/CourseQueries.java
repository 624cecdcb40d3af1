package dk.tvaers.adult;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the adult course tables hold on one person, for the records export (aktindsigt): her courses, found by her
 * CPR number, and their phases. The adult module's read model for other modules; a renamed column is answered here.
 */
@Component
public class CourseQueries {

    private final NamedParameterJdbcTemplate jdbc;

    CourseQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A course with its facts; {@code id} is the key of {@link #phases(long)}. */
    public record Course(
            long id,
            String courseNumber,
            String referralSource,
            String district,
            String status,
            String phase,
            String mentor,
            Instant startedAt,
            LocalDate dischargedOn,
            String outcome,
            String movementReason) {}

    /** A phase the course entered, and when. */
    public record PhaseStart(String phase, Instant startedAt) {}

    /** The courses of the person with this CPR number, oldest first. */
    @Transactional(readOnly = true)
    public List<Course> coursesOf(String cpr) {
        return jdbc.query(
                """
                SELECT id, course_number, referral_source, district, status, phase, mentor, started_at, discharged_on,
                       outcome, movement_reason
                FROM adult_course WHERE cpr = :cpr ORDER BY started_at
                """,
                new MapSqlParameterSource("cpr", cpr),
                (rs, i) -> new Course(
                        rs.getLong("id"),
                        rs.getString("course_number"),
                        rs.getString("referral_source"),
                        rs.getString("district"),
                        rs.getString("status"),
                        rs.getString("phase"),
                        rs.getString("mentor"),
                        instant(rs.getTimestamp("started_at")),
                        rs.getObject("discharged_on", LocalDate.class),
                        rs.getString("outcome"),
                        rs.getString("movement_reason")));
    }

    /** The course's phase entries, oldest first. */
    @Transactional(readOnly = true)
    public List<PhaseStart> phases(long courseId) {
        return jdbc.query(
                "SELECT phase, started_at FROM adult_course_phase WHERE course_id = :id ORDER BY started_at, id",
                new MapSqlParameterSource("id", courseId),
                (rs, i) -> new PhaseStart(rs.getString("phase"), instant(rs.getTimestamp("started_at"))));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
