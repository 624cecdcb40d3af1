package dk.tvaers.family;

import dk.tvaers.kernel.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a family's children are investigated, as the coordinator decides it when the members are registered: one
 * child investigation per child (the default), or one shared investigation for the siblings (Barnets Lov §21, stk. 4:
 * taking each child's circumstances into account); a full child investigation (§20) or the lighter clarification
 * (afdækning, §19) with its reason. Kept in the case table {@code investigation_subject}: which children each
 * investigation covers. The reason is personal data and lives here, never in a process variable.
 */
@Service
public class InvestigationPlan {

    /** The longest reason for the lighter clarification. */
    public static final int MAX_REASON = 2000;

    /** How far the investigation goes. */
    public enum Extent {
        /** A child investigation (Barnets Lov §20). */
        FULL,
        /** A clarification of one or more matters (afdækning, Barnets Lov §19). */
        CLARIFICATION
    }

    private final CaseRecordService record;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public InvestigationPlan(CaseRecordService record, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.record = record;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records how the case's children (those {@link CaseRecordService#childInvestigationSubjects} names) are
     * investigated; replaces an earlier choice. The lighter clarification needs a reason (field {@code reasonField}).
     */
    @Transactional
    public void decide(
            String caseNumber, boolean shared, Extent extent, String reason, String decidedBy, String reasonField) {
        String trimmed = reason == null ? "" : reason.strip();
        if (extent == Extent.CLARIFICATION && trimmed.isEmpty()) {
            throw new InvalidInputException(
                    reasonField,
                    "Begrund, hvorfor en afdækning er tilstrækkelig i stedet for en børnefaglig undersøgelse");
        }
        if (trimmed.length() > MAX_REASON) {
            throw new InvalidInputException(reasonField, "Begrundelsen må højst være " + MAX_REASON + " tegn");
        }
        List<Long> children = record.childInvestigationSubjects(caseNumber);
        Long caseId = caseId(caseNumber);
        MapSqlParameterSource byCase = new MapSqlParameterSource("caseId", caseId);
        jdbc.update("DELETE FROM investigation_subject WHERE case_id = :caseId", byCase);
        for (Long child : children) {
            jdbc.update(
                    """
                    INSERT INTO investigation_subject
                        (case_id, member_id, lead_member_id, extent, extent_reason, decided_by, decided_on)
                    VALUES (:caseId, :member, :lead, :extent, :reason, :by, :on)
                    """,
                    new MapSqlParameterSource()
                            .addValue("caseId", caseId)
                            .addValue("member", child)
                            .addValue("lead", shared ? children.get(0) : child)
                            .addValue("extent", extent.name())
                            .addValue("reason", extent == Extent.CLARIFICATION ? trimmed : null)
                            .addValue("by", decidedBy)
                            .addValue("on", LocalDate.now(clock)));
        }
    }

    /**
     * The children each investigation is about, one member id per investigation: the lead child of each group the
     * coordinator recorded, and one investigation for every child not in a group (as before any choice).
     */
    @Transactional(readOnly = true)
    public List<Long> investigationSubjects(String caseNumber) {
        Map<Long, Long> leads = covers(caseNumber);
        LinkedHashSet<Long> subjects = new LinkedHashSet<>();
        for (Long child : record.childInvestigationSubjects(caseNumber)) {
            subjects.add(leads.getOrDefault(child, child));
        }
        return List.copyOf(subjects);
    }

    /** Child → the lead child of the investigation covering it, as recorded. */
    @Transactional(readOnly = true)
    public Map<Long, Long> covers(String caseNumber) {
        return jdbc
                .queryForList(
                        "SELECT member_id, lead_member_id FROM investigation_subject WHERE case_id = :caseId",
                        new MapSqlParameterSource("caseId", caseId(caseNumber)))
                .stream()
                .collect(Collectors.toMap(
                        row -> ((Number) row.get("member_id")).longValue(),
                        row -> ((Number) row.get("lead_member_id")).longValue()));
    }

    /** The recorded extent and reason per child, for the case view and tests. */
    @Transactional(readOnly = true)
    public Map<Long, String> extents(String caseNumber) {
        return jdbc
                .queryForList(
                        "SELECT member_id, extent FROM investigation_subject WHERE case_id = :caseId",
                        new MapSqlParameterSource("caseId", caseId(caseNumber)))
                .stream()
                .collect(Collectors.toMap(
                        row -> ((Number) row.get("member_id")).longValue(), row -> (String) row.get("extent")));
    }

    /** The investigations as planned, one per lead child in the order of the members; empty before the choice. */
    @Transactional(readOnly = true)
    public List<CaseRecordView.Investigation> investigations(Long caseId) {
        Map<Long, List<Map<String, Object>>> byLead = new java.util.LinkedHashMap<>();
        jdbc.queryForList(
                        """
                        SELECT member_id, lead_member_id, extent, extent_reason, decided_by, decided_on
                          FROM investigation_subject WHERE case_id = :caseId ORDER BY lead_member_id, member_id
                        """,
                        new MapSqlParameterSource("caseId", caseId))
                .forEach(row -> byLead.computeIfAbsent(
                                ((Number) row.get("lead_member_id")).longValue(), lead -> new java.util.ArrayList<>())
                        .add(row));
        return byLead.entrySet().stream()
                .map(group -> {
                    Map<String, Object> first = group.getValue().get(0);
                    List<Long> members = new java.util.ArrayList<>(List.of(group.getKey()));
                    group.getValue().stream()
                            .map(row -> ((Number) row.get("member_id")).longValue())
                            .filter(id -> !id.equals(group.getKey()))
                            .forEach(members::add);
                    Object on = first.get("decided_on");
                    return new CaseRecordView.Investigation(
                            List.copyOf(members),
                            members.size() > 1,
                            Extent.valueOf((String) first.get("extent")),
                            (String) first.get("extent_reason"),
                            (String) first.get("decided_by"),
                            on instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) on);
                })
                .toList();
    }

    private Long caseId(String caseNumber) {
        return jdbc.queryForObject(
                "SELECT id FROM family_case WHERE case_number = :caseNumber",
                new MapSqlParameterSource("caseNumber", caseNumber),
                Long.class);
    }
}
