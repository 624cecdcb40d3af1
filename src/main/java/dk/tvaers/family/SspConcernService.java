package dk.tvaers.family;

import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import dk.tvaers.kernel.NumberSequence;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SSP concern about each child and young person of a family case, recorded over time (one level a day per child).
 * Copenhagen's success criterion reads its development: see {@link CaseQueries#sspConcernDevelopment}.
 */
@Service
public class SspConcernService {

    static final String SEQUENCE = "ssp_concern_seq";

    /** One recorded level. */
    public record Entry(long id, long memberId, LocalDate assessedOn, int level, String recordedBy) {}

    private final FamilyCaseService cases;
    private final NamedParameterJdbcTemplate jdbc;
    private final NumberSequence sequence;
    private final CurrentUser user;
    private final Clock clock;

    SspConcernService(
            FamilyCaseService cases,
            NamedParameterJdbcTemplate jdbc,
            NumberSequence sequence,
            CurrentUser user,
            Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.sequence = sequence;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Records the level; refused for a member who is not a child or young person of the case, or twice a day, and to a
     * process designer (designing the models is not working the family's case).
     */
    @Transactional
    public Entry add(String caseNumber, NewSspConcern concern) {
        if (!user.mayRecordMeasures()) {
            throw new MeasureNotAllowedException();
        }
        FamilyCase c = cases.find(caseNumber).orElseThrow(() -> new NotFoundException(caseNumber));
        if (c.getAnonymisedAt() != null) {
            throw new InvalidInputException("caseNumber", "Sagen er anonymiseret efter opbevaringsperioden");
        }
        if (concern.level() == null || concern.level() < 1 || concern.level() > 4) {
            throw new InvalidInputException("level", "SSP-bekymringsniveauet skal være fra 1 til 4");
        }
        if (concern.assessedOn() == null) {
            throw new InvalidInputException("assessedOn", "Vurderingsdato mangler");
        }
        CaseRules.notInFuture(concern.assessedOn(), LocalDate.now(clock), "assessedOn", "Vurderingsdatoen");
        MapSqlParameterSource member =
                new MapSqlParameterSource("caseId", c.getId()).addValue("memberId", concern.memberId());
        List<String> roles = jdbc.queryForList(
                "SELECT role FROM case_member WHERE case_id = :caseId AND id = :memberId", member, String.class);
        if (roles.isEmpty()) {
            throw new InvalidInputException("memberId", "Medlemmet hører ikke til sagen");
        }
        if (!MemberRole.valueOf(roles.get(0)).isYoung()) {
            throw new InvalidInputException("memberId", "SSP-bekymringen vurderes for børn og unge i familien");
        }
        Long same = jdbc.queryForObject(
                "SELECT COUNT(*) FROM ssp_concern WHERE member_id = :memberId AND assessed_on = :on",
                new MapSqlParameterSource("memberId", concern.memberId()).addValue("on", concern.assessedOn()),
                Long.class);
        if (same != null && same > 0) {
            throw new InvalidInputException("assessedOn", "SSP-bekymringen er allerede vurderet på denne dato");
        }
        long id = sequence.next(SEQUENCE);
        String by = user.id();
        jdbc.update(
                """
                INSERT INTO ssp_concern (id, case_id, member_id, assessed_on, concern_level, recorded_by, recorded_at)
                VALUES (:id, :caseId, :memberId, :on, :level, :by, :at)
                """,
                member.addValue("id", id)
                        .addValue("on", concern.assessedOn())
                        .addValue("level", concern.level())
                        .addValue("by", by)
                        .addValue("at", OffsetDateTime.now(clock)));
        return new Entry(id, concern.memberId(), concern.assessedOn(), concern.level(), by);
    }

    /** A process designer, or no one signed in, records no SSP concern. */
    public static class MeasureNotAllowedException extends RuntimeException {
        MeasureNotAllowedException() {
            super("En procesdesigner registrerer ikke SSP-bekymring");
        }
    }

    /** Every level of the case, by member and oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> history(String caseNumber) {
        FamilyCase c = cases.find(caseNumber).orElseThrow(() -> new NotFoundException(caseNumber));
        return jdbc.query(
                """
                SELECT id, member_id, assessed_on, concern_level, recorded_by FROM ssp_concern
                WHERE case_id = :caseId ORDER BY member_id, assessed_on
                """,
                new MapSqlParameterSource("caseId", c.getId()),
                (rs, i) -> new Entry(
                        rs.getLong("id"),
                        rs.getLong("member_id"),
                        rs.getDate("assessed_on").toLocalDate(),
                        rs.getInt("concern_level"),
                        rs.getString("recorded_by")));
    }
}
