package dk.tvaers.records;

import dk.tvaers.board.CaseTimelineService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers everything held on one person for a records export (aktindsigt): every family case she is a member of
 * (found by her CPR number, so across cases), every adult course of hers, and the tasks worked on them from the
 * engine's history. Other persons are redacted from names and free text.
 */
@Service
public class PersonRecordsService {

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseTimelineService timelines;
    private final Clock clock;

    public PersonRecordsService(NamedParameterJdbcTemplate jdbc, CaseTimelineService timelines, Clock clock) {
        this.jdbc = jdbc;
        this.timelines = timelines;
        this.clock = clock;
    }

    /** The person's records, or empty when no member has this id. */
    @Transactional(readOnly = true)
    public Optional<PersonRecords> export(long memberId, String requestedBy) {
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT name, cpr, date_of_birth FROM case_member WHERE id = :id",
                new MapSqlParameterSource("id", memberId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String name = (String) found.get(0).get("name");
        String cpr = (String) found.get(0).get("cpr");
        if (cpr == null) {
            return Optional.empty(); // anonymised after the retention period: nothing personal is held any more
        }
        LocalDate born = date(found.get(0).get("date_of_birth"));
        MapSqlParameterSource byCpr = new MapSqlParameterSource("cpr", cpr);

        List<Map<String, Object>> memberships = jdbc.queryForList(
                """
                SELECT m.id AS member_id, m.role, c.id AS case_id, c.case_number, c.district, c.status, c.phase,
                       c.created_at, c.closed_at, c.close_reason, c.outcome
                FROM case_member m JOIN family_case c ON c.id = m.case_id
                WHERE m.cpr = :cpr ORDER BY c.created_at
                """,
                byCpr);
        List<Map<String, Object>> courses = jdbc.queryForList(
                """
                SELECT id, course_number, referral_source, district, status, phase, mentor, started_at, discharged_on,
                       outcome, movement_reason
                FROM adult_course WHERE cpr = :cpr ORDER BY started_at
                """,
                byCpr);

        Set<String> otherNames = jdbc
                .queryForList(
                        """
                        SELECT DISTINCT o.name FROM case_member o
                        WHERE o.case_id IN (SELECT m.case_id FROM case_member m WHERE m.cpr = :cpr) AND o.cpr <> :cpr
                        """,
                        byCpr,
                        String.class)
                .stream()
                .collect(Collectors.toSet());
        Redactor redactor = new Redactor(cpr, name, otherNames);

        List<PersonRecords.FamilyCase> cases = new ArrayList<>();
        for (Map<String, Object> m : memberships) {
            cases.add(familyCase(m, cpr, redactor));
        }
        List<PersonRecords.AdultCourse> adult = new ArrayList<>();
        for (Map<String, Object> c : courses) {
            adult.add(adultCourse(c, redactor));
        }
        return Optional.of(new PersonRecords(
                OffsetDateTime.now(clock),
                requestedBy,
                new PersonRecords.Person(name, cpr, born),
                cases,
                adult,
                "Andre personers navne og CPR-numre er udeladt og vist som " + Redactor.REDACTED + "."));
    }

    private PersonRecords.FamilyCase familyCase(Map<String, Object> m, String cpr, Redactor redactor) {
        long caseId = ((Number) m.get("case_id")).longValue();
        long memberId = ((Number) m.get("member_id")).longValue();
        MapSqlParameterSource params = new MapSqlParameterSource("caseId", caseId)
                .addValue("memberId", memberId)
                .addValue("cpr", cpr);
        String caseNumber = (String) m.get("case_number");

        PersonRecords.Referral referral = jdbc
                .query(
                        "SELECT source, concern, ssp_category, awareness_date FROM referral WHERE case_id = :caseId",
                        params,
                        (rs, i) -> new PersonRecords.Referral(
                                rs.getString("source"),
                                redactor.redact(rs.getString("concern")),
                                (Integer) rs.getObject("ssp_category"),
                                date(rs.getObject("awareness_date"))))
                .stream()
                .findFirst()
                .orElse(null);
        List<PersonRecords.OtherMember> others = jdbc.query(
                "SELECT role FROM case_member WHERE case_id = :caseId AND cpr <> :cpr ORDER BY id",
                params,
                (rs, i) -> new PersonRecords.OtherMember(rs.getString("role"), Redactor.REDACTED));
        List<PersonRecords.Phase> phases = jdbc.query(
                "SELECT phase, started_at FROM case_phase WHERE case_id = :caseId ORDER BY started_at, id",
                params,
                (rs, i) -> new PersonRecords.Phase(rs.getString("phase"), time(rs, "started_at")));
        List<PersonRecords.Goal> goals = jdbc.query(
                "SELECT administration, description, status FROM plan_goal WHERE member_id = :memberId ORDER BY id",
                params,
                (rs, i) -> new PersonRecords.Goal(
                        rs.getString("administration"),
                        redactor.redact(rs.getString("description")),
                        rs.getString("status")));
        List<LocalDate> consents = jdbc.query(
                "SELECT consented_on FROM plan_consent WHERE member_id = :memberId ORDER BY consented_on",
                params,
                (rs, i) -> date(rs.getObject("consented_on")));
        List<PersonRecords.Screening> screenings = jdbc.query(
                """
                SELECT screened_on, domain, score FROM screening_score WHERE member_id = :memberId
                ORDER BY screened_on, domain
                """,
                params,
                (rs, i) -> new PersonRecords.Screening(
                        date(rs.getObject("screened_on")), rs.getString("domain"), rs.getInt("score")));
        List<PersonRecords.Journal> journal = jdbc.query(
                """
                SELECT entry_date, kind, author, text, attendance FROM journal_entry WHERE case_id = :caseId
                ORDER BY entry_date, id
                """,
                params,
                (rs, i) -> new PersonRecords.Journal(
                        date(rs.getObject("entry_date")),
                        rs.getString("kind"),
                        rs.getString("author"),
                        redactor.redact(rs.getString("text")),
                        redactor.redact(rs.getString("attendance"))));
        return new PersonRecords.FamilyCase(
                caseNumber,
                (String) m.get("district"),
                (String) m.get("role"),
                (String) m.get("status"),
                (String) m.get("phase"),
                time(m.get("created_at")),
                time(m.get("closed_at")),
                (String) m.get("close_reason"),
                (String) m.get("outcome"),
                referral,
                others,
                phases,
                goals,
                consents,
                screenings,
                journal,
                tasks(caseNumber, redactor));
    }

    private PersonRecords.AdultCourse adultCourse(Map<String, Object> c, Redactor redactor) {
        String courseNumber = (String) c.get("course_number");
        List<PersonRecords.Phase> phases = jdbc.query(
                "SELECT phase, started_at FROM adult_course_phase WHERE course_id = :id ORDER BY started_at, id",
                new MapSqlParameterSource("id", c.get("id")),
                (rs, i) -> new PersonRecords.Phase(rs.getString("phase"), time(rs, "started_at")));
        return new PersonRecords.AdultCourse(
                courseNumber,
                (String) c.get("referral_source"),
                (String) c.get("district"),
                (String) c.get("status"),
                (String) c.get("phase"),
                (String) c.get("mentor"),
                time(c.get("started_at")),
                date(c.get("discharged_on")),
                (String) c.get("outcome"),
                (String) c.get("movement_reason"),
                phases,
                tasks(courseNumber, redactor));
    }

    /** The tasks of the record's process instances and those they called, from the engine's history. */
    private List<PersonRecords.Task> tasks(String businessKey, Redactor redactor) {
        return timelines.tasks(businessKey).stream()
                .map(task -> new PersonRecords.Task(
                        redactor.redact(task.name()),
                        task.candidateGroups(),
                        task.assignee(),
                        task.created(),
                        task.due(),
                        task.completed(),
                        task.state().name()))
                .toList();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant().atZone(zone()).toOffsetDateTime();
    }

    private OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.atZoneSameInstant(zone()).toOffsetDateTime();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atZone(zone()).toOffsetDateTime();
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atZone(zone()).toOffsetDateTime();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass());
    }
}
