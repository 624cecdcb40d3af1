package dk.tvaers.family;

import static dk.tvaers.family.CaseQueries.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the family tables hold on one person, for the records export (aktindsigt): her memberships across cases,
 * found by her CPR number, and what each case holds on her and on its other members. Raw values: the caller redacts
 * other persons. The family module's read model for records; a renamed column is answered here.
 */
@Component
public class MemberQueries {

    private final NamedParameterJdbcTemplate jdbc;

    MemberQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A member's identity; name, CPR number and date of birth are null once the case is anonymised. */
    public record Person(String name, String cpr, LocalDate dateOfBirth) {}

    /** A membership of a case, with the case's facts. */
    public record Membership(
            long memberId,
            String role,
            long caseId,
            String caseNumber,
            String district,
            String status,
            String phase,
            Instant createdAt,
            Instant closedAt,
            String closeReason,
            String outcome) {}

    public record Referral(String source, String concern, Integer sspCategory, LocalDate awarenessDate) {}

    public record Goal(String administration, String description, String status) {}

    public record Screening(LocalDate screenedOn, String domain, int score) {}

    public record Journal(LocalDate entryDate, String kind, String author, String text, String attendance) {}

    @Transactional(readOnly = true)
    public Optional<Person> person(long memberId) {
        return jdbc
                .query(
                        "SELECT name, cpr, date_of_birth FROM case_member WHERE id = :id",
                        new MapSqlParameterSource("id", memberId),
                        (rs, i) -> new Person(
                                rs.getString("name"),
                                rs.getString("cpr"),
                                rs.getObject("date_of_birth", LocalDate.class)))
                .stream()
                .findFirst();
    }

    /** Every case the person with this CPR number is a member of, oldest first. */
    @Transactional(readOnly = true)
    public List<Membership> memberships(String cpr) {
        return jdbc.query(
                """
                SELECT m.id AS member_id, m.role, c.id AS case_id, c.case_number, c.district, c.status, c.phase,
                       c.created_at, c.closed_at, c.close_reason, c.outcome
                FROM case_member m JOIN family_case c ON c.id = m.case_id
                WHERE m.cpr = :cpr ORDER BY c.created_at
                """,
                new MapSqlParameterSource("cpr", cpr),
                (rs, i) -> new Membership(
                        rs.getLong("member_id"),
                        rs.getString("role"),
                        rs.getLong("case_id"),
                        rs.getString("case_number"),
                        rs.getString("district"),
                        rs.getString("status"),
                        rs.getString("phase"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("closed_at")),
                        rs.getString("close_reason"),
                        rs.getString("outcome")));
    }

    /**
     * The CPR numbers of the other children and young people of every case the person with this CPR number is a member
     * of (her siblings as the family cases know them), for showing reports of concern on siblings together.
     */
    @Transactional(readOnly = true)
    public Set<String> siblingsCprs(String cpr) {
        return new HashSet<>(jdbc.queryForList(
                """
                SELECT DISTINCT o.cpr FROM case_member o
                WHERE o.case_id IN (SELECT m.case_id FROM case_member m WHERE m.cpr = :cpr)
                AND o.cpr IS NOT NULL AND o.cpr <> :cpr AND o.role IN ('CHILD', 'YOUNG_ADULT')
                """,
                new MapSqlParameterSource("cpr", cpr),
                String.class));
    }

    /** The names of the other members of every case the person with this CPR number is a member of. */
    @Transactional(readOnly = true)
    public Set<String> otherMembersNames(String cpr) {
        return new HashSet<>(jdbc.queryForList(
                """
                SELECT DISTINCT o.name FROM case_member o
                WHERE o.case_id IN (SELECT m.case_id FROM case_member m WHERE m.cpr = :cpr) AND o.cpr <> :cpr
                """,
                new MapSqlParameterSource("cpr", cpr),
                String.class));
    }

    @Transactional(readOnly = true)
    public Optional<Referral> referral(long caseId) {
        return jdbc
                .query(
                        "SELECT source, concern, ssp_category, awareness_date FROM referral WHERE case_id = :caseId",
                        new MapSqlParameterSource("caseId", caseId),
                        (rs, i) -> new Referral(
                                rs.getString("source"),
                                rs.getString("concern"),
                                (Integer) rs.getObject("ssp_category"),
                                rs.getObject("awareness_date", LocalDate.class)))
                .stream()
                .findFirst();
    }

    /** The roles of the case's members other than the person with this CPR number, in member order. */
    @Transactional(readOnly = true)
    public List<String> otherMembersRoles(long caseId, String cpr) {
        return jdbc.query(
                "SELECT role FROM case_member WHERE case_id = :caseId AND cpr <> :cpr ORDER BY id",
                new MapSqlParameterSource("caseId", caseId).addValue("cpr", cpr),
                (rs, i) -> rs.getString("role"));
    }

    @Transactional(readOnly = true)
    public List<Goal> goals(long memberId) {
        return jdbc.query(
                "SELECT administration, description, status FROM plan_goal WHERE member_id = :memberId ORDER BY id",
                new MapSqlParameterSource("memberId", memberId),
                (rs, i) ->
                        new Goal(rs.getString("administration"), rs.getString("description"), rs.getString("status")));
    }

    @Transactional(readOnly = true)
    public List<LocalDate> consents(long memberId) {
        return jdbc.query(
                "SELECT consented_on FROM plan_consent WHERE member_id = :memberId ORDER BY consented_on",
                new MapSqlParameterSource("memberId", memberId),
                (rs, i) -> rs.getObject("consented_on", LocalDate.class));
    }

    @Transactional(readOnly = true)
    public List<Screening> screenings(long memberId) {
        return jdbc.query(
                """
                SELECT screened_on, domain, score FROM screening_score WHERE member_id = :memberId
                ORDER BY screened_on, domain
                """,
                new MapSqlParameterSource("memberId", memberId),
                (rs, i) -> new Screening(
                        rs.getObject("screened_on", LocalDate.class), rs.getString("domain"), rs.getInt("score")));
    }

    @Transactional(readOnly = true)
    public List<Journal> journal(long caseId) {
        return jdbc.query(
                """
                SELECT entry_date, kind, author, text, attendance FROM journal_entry WHERE case_id = :caseId
                ORDER BY entry_date, id
                """,
                new MapSqlParameterSource("caseId", caseId),
                (rs, i) -> new Journal(
                        rs.getObject("entry_date", LocalDate.class),
                        rs.getString("kind"),
                        rs.getString("author"),
                        rs.getString("text"),
                        rs.getString("attendance")));
    }
}
