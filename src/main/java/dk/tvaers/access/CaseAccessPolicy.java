package dk.tvaers.access;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Need-to-know: who may open which case record. A caseworker (of an administration, or as coordinator, team chief or
 * mentor) opens the cases on which one of her groups, or she herself, has or had a task, and only those; team leads
 * and administrators open every case; the steering group sees figures only (the board and reports), not records.
 * The access log and the records export are for the data protection officer alone. Documented with every role and
 * resource in docs/authorization.md; the role sets are kernel/Roles.
 */
@Component
public class CaseAccessPolicy {

    /** The decision on one record. */
    public enum Decision {
        GRANTED,
        DENIED,
        /** No such record: answered 404 by the operation itself. Case numbers are sequential, so not a secret. */
        NOT_FOUND
    }

    /**
     * Her groups or she herself had a task on the case: a candidate group or candidate user of it, or its assignee
     * (the one who has it now, or had it when it was completed). Someone who held a task only for a while and lost
     * it (unclaimed, reassigned) does not count: the access went with the task.
     */
    private static final String WORKED_ON =
            """
            SELECT COUNT(*) FROM act_hi_taskinst ht
            JOIN act_hi_procinst hp ON hp.id_ = ht.proc_inst_id_
            WHERE hp.business_key_ = :key
              AND (ht.assignee_ = :user
                   OR EXISTS (SELECT 1 FROM act_hi_identitylink hl
                              WHERE hl.task_id_ = ht.id_
                                AND (hl.group_id_ IN (:groups) OR (hl.user_id_ = :user AND hl.type_ = 'candidate'))))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public CaseAccessPolicy(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Decision decide(Viewer viewer, RecordType type, String key, Purpose purpose) {
        if (!exists(type, key)) {
            return Decision.NOT_FOUND;
        }
        return allowed(viewer, type, key, purpose) ? Decision.GRANTED : Decision.DENIED;
    }

    /** Whether the viewer may open this record for this purpose; the record is assumed to exist. */
    public boolean allowed(Viewer viewer, RecordType type, String key, Purpose purpose) {
        if (!viewer.authenticated()) {
            return false;
        }
        return switch (purpose) {
            case ACCESS_LOG, RECORDS_EXPORT -> viewer.audits();
            case REPORTS -> viewer.readsReports();
            case CASE_WORK -> viewer.opensEveryCase() || (type != RecordType.PERSON && workedOn(viewer, key));
        };
    }

    private boolean workedOn(Viewer viewer, String businessKey) {
        List<String> groups = viewer.groups().isEmpty() ? List.of("-") : viewer.groups();
        MapSqlParameterSource params = new MapSqlParameterSource("key", businessKey)
                .addValue("user", viewer.userId())
                .addValue("groups", groups);
        Long count = jdbc.queryForObject(WORKED_ON, params, Long.class);
        return count != null && count > 0;
    }

    private boolean exists(RecordType type, String key) {
        String sql =
                switch (type) {
                    case FAMILY_CASE -> "SELECT COUNT(*) FROM family_case WHERE case_number = :key";
                    case ADULT_COURSE -> "SELECT COUNT(*) FROM adult_course WHERE course_number = :key";
                    case PERSON -> "SELECT COUNT(*) FROM case_member WHERE CAST(id AS VARCHAR(20)) = :key";
                };
        Long count = jdbc.queryForObject(sql, new MapSqlParameterSource("key", key), Long.class);
        return count != null && count > 0;
    }
}
