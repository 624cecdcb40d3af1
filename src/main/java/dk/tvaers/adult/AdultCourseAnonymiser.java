package dk.tvaers.adult;

import dk.tvaers.kernel.ClosedBefore;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a closed adult course's personal data once its retention period has passed (the retention feature decides
 * when): the name, the CPR number, the date of birth, and the link to the family case and its member (which would
 * name the person again while the family case is kept). Phases with dates, referral source, district, mentor and the
 * discharge's outcome stay, so the outcome report still counts the course.
 */
@Service
public class AdultCourseAnonymiser {

    private final NamedParameterJdbcTemplate jdbc;

    public AdultCourseAnonymiser(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} closed, not yet anonymised courses that closed (were discharged, or closed without
     * visitation) before the cutoff, in course-number order after {@code after} (null: from the first). The moment of
     * closing is the start of the course's last phase, DISCHARGED or NOT_VISITED.
     */
    @Transactional(readOnly = true)
    public List<String> closedBefore(OffsetDateTime cutoff, String after, int limit) {
        return jdbc.queryForList(
                """
                SELECT c.course_number FROM adult_course c
                WHERE c.status = 'CLOSED' AND c.anonymised_at IS NULL AND c.course_number > :after
                  AND EXISTS (SELECT 1 FROM adult_course_phase p
                              WHERE p.course_id = c.id AND p.phase IN ('DISCHARGED', 'NOT_VISITED'))
                  AND NOT EXISTS (SELECT 1 FROM adult_course_phase p
                                  WHERE p.course_id = c.id AND p.phase IN ('DISCHARGED', 'NOT_VISITED')
                                    AND p.started_at >= :cutoff)
                ORDER BY c.course_number
                FETCH FIRST :limit ROWS ONLY
                """,
                ClosedBefore.page(cutoff, after, limit),
                String.class);
    }

    /**
     * Anonymises a closed course and marks it so; true if it did. Idempotent: a course already anonymised, or open,
     * is left as it is. Joins the caller's transaction, so that the caller can remove the engine's history in it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean anonymise(String courseNumber, OffsetDateTime at) {
        return jdbc.update(
                        """
                        UPDATE adult_course
                        SET person_name = NULL, cpr = NULL, date_of_birth = NULL, family_case_id = NULL,
                            member_id = NULL, anonymised_at = :at
                        WHERE course_number = :courseNumber AND status = 'CLOSED' AND anonymised_at IS NULL
                        """,
                        new MapSqlParameterSource()
                                .addValue("courseNumber", courseNumber)
                                .addValue("at", at))
                > 0;
    }
}
