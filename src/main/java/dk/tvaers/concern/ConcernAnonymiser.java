package dk.tvaers.concern;

import dk.tvaers.kernel.ClosedBefore;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a report of concern's personal data once its retention period has passed, on the same rules as the case data
 * (the retention feature decides when). A report that became or joined a family case ({@code family_case_number}) goes
 * with that case; any other report once it is assessed and, for a professional, its receipt sent, longer ago than the
 * period. What goes: the child's name and CPR number, the reporter's name, organisation, role and contact, and the
 * content. What stays, as figures: the report number, time of receipt, who registered and assessed it, the reporter's
 * kind, the outcome and its dates.
 */
@Service
public class ConcernAnonymiser {

    private final NamedParameterJdbcTemplate jdbc;

    public ConcernAnonymiser(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} reports in no family case, not yet anonymised, whose assessment (and receipt, for a
     * professional) was done before the cutoff, in report-number order after {@code after} (null: from the first).
     */
    @Transactional(readOnly = true)
    public List<String> closedBefore(OffsetDateTime cutoff, String after, int limit) {
        return jdbc.queryForList(
                """
                SELECT report_number FROM report_of_concern
                WHERE family_case_number IS NULL AND anonymised_at IS NULL
                  AND outcome IS NOT NULL AND assessed_at < :cutoff
                  AND (reporter_kind = 'PRIVATE' OR (receipt_sent_at IS NOT NULL AND receipt_sent_at < :cutoff))
                  AND report_number > :after
                ORDER BY report_number
                FETCH FIRST :limit ROWS ONLY
                """,
                ClosedBefore.page(cutoff, after, limit),
                String.class);
    }

    /** The not yet anonymised reports that became or joined the family case: they are kept and removed with it. */
    @Transactional(readOnly = true)
    public List<String> reportsOfCase(String caseNumber) {
        return jdbc.queryForList(
                """
                SELECT report_number FROM report_of_concern
                WHERE family_case_number = :caseNumber AND anonymised_at IS NULL
                ORDER BY report_number
                """,
                new MapSqlParameterSource("caseNumber", caseNumber),
                String.class);
    }

    /**
     * Anonymises a report and marks it so; false when it is unknown or done already. Joins the caller's transaction, so
     * that the caller can remove the engine's history (and the case's data) in the same one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean anonymise(String reportNumber, OffsetDateTime at) {
        return jdbc.update(
                        """
                        UPDATE report_of_concern SET anonymised_at = :at, child_name = NULL, child_cpr = NULL,
                            content = NULL, reporter_name = NULL, reporter_organisation = NULL, reporter_role = NULL,
                            reporter_contact = NULL
                        WHERE report_number = :reportNumber AND anonymised_at IS NULL
                        """,
                        new MapSqlParameterSource()
                                .addValue("reportNumber", reportNumber)
                                .addValue("at", at))
                > 0;
    }
}
