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

    /** One WHO-5 answer set (five answers 0-5) of the person on a day. */
    public record Who5(LocalDate screenedOn, List<Integer> items) {}

    /** The SSP concern about the person on a day (SSP category 1-4, lower is better) and who recorded it. */
    public record SspConcern(LocalDate assessedOn, int level, String recordedBy) {}

    /** A visitation assessment of the family: the burden grade, the recommendation with its reasons, the decision. */
    public record Visitation(
            java.time.Instant assessedAt,
            Integer sspCategory,
            int problemCount,
            int burdenGrade,
            String recommendation,
            String reasons,
            String decision,
            String decidedBy,
            java.time.Instant decidedAt) {}

    /**
     * A version of the family's plan with the person's own goals in it as saved; goals null when the version kept
     * none (saved before versions were kept, or the case is anonymised).
     */
    public record SavedPlan(
            int version, LocalDate agreedOn, String savedBy, java.time.Instant savedAt, List<Goal> goals) {}

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
    public List<Who5> who5(long memberId) {
        return jdbc.query(
                """
                SELECT screened_on, item1, item2, item3, item4, item5 FROM who5_score WHERE member_id = :memberId
                ORDER BY screened_on
                """,
                new MapSqlParameterSource("memberId", memberId),
                (rs, i) -> new Who5(
                        rs.getObject("screened_on", LocalDate.class),
                        List.of(
                                rs.getInt("item1"),
                                rs.getInt("item2"),
                                rs.getInt("item3"),
                                rs.getInt("item4"),
                                rs.getInt("item5"))));
    }

    @Transactional(readOnly = true)
    public List<SspConcern> sspConcerns(long memberId) {
        return jdbc.query(
                """
                SELECT assessed_on, concern_level, recorded_by FROM ssp_concern WHERE member_id = :memberId
                ORDER BY assessed_on
                """,
                new MapSqlParameterSource("memberId", memberId),
                (rs, i) -> new SspConcern(
                        rs.getObject("assessed_on", LocalDate.class),
                        rs.getInt("concern_level"),
                        rs.getString("recorded_by")));
    }

    @Transactional(readOnly = true)
    public List<Visitation> visitations(long caseId) {
        return jdbc.query(
                """
                SELECT assessed_at, ssp_category, problem_count, burden_grade, recommendation, reasons, decision,
                       decided_by, decided_at
                FROM visitation_assessment WHERE case_id = :caseId ORDER BY id
                """,
                new MapSqlParameterSource("caseId", caseId),
                (rs, i) -> new Visitation(
                        rs.getTimestamp("assessed_at").toInstant(),
                        (Integer) rs.getObject("ssp_category", Integer.class),
                        rs.getInt("problem_count"),
                        rs.getInt("burden_grade"),
                        rs.getString("recommendation"),
                        rs.getString("reasons"),
                        rs.getString("decision"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at") == null
                                ? null
                                : rs.getTimestamp("decided_at").toInstant()));
    }

    @Transactional(readOnly = true)
    public List<SavedPlan> planVersions(long caseId, long memberId) {
        return jdbc.query(
                """
                SELECT version, agreed_on, saved_by, saved_at, goals FROM plan_version WHERE case_id = :caseId
                ORDER BY version
                """,
                new MapSqlParameterSource("caseId", caseId),
                (rs, i) -> new SavedPlan(
                        rs.getInt("version"),
                        rs.getObject("agreed_on", LocalDate.class),
                        rs.getString("saved_by"),
                        rs.getTimestamp("saved_at").toInstant(),
                        goalsOf(rs.getString("goals"), memberId)));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The member's goals in a version's JSON; null when the version kept none. */
    private static List<Goal> goalsOf(String json, long memberId) {
        if (json == null) {
            return null;
        }
        try {
            return JSON
                    .readValue(
                            json,
                            new com.fasterxml.jackson.core.type.TypeReference<List<PlanVersionService.SavedGoal>>() {})
                    .stream()
                    .filter(g -> g.memberId() != null && g.memberId() == memberId)
                    .map(g -> new Goal(g.administration(), g.description(), g.status()))
                    .toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A plan version's goals are not readable", e);
        }
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
