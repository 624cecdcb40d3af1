package dk.tvaers.family;

import dk.tvaers.kernel.ClosedBefore;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a closed family case's personal data from the case tables once its retention period has passed (the
 * retention feature decides when). What goes: the members' names, CPR numbers, dates of birth and contacts, the
 * referral with its concern, the journal, the conversations with the children, the child's wishes to the plan, the
 * decisions' texts, hearing answers and letters, the consents to the plan and the text of its goals. What stays, as figures
 * for the outcome reports: the case row (district, referral source, SSP category, dates, close reason and outcome),
 * its phases with dates, the plan's date and its goals' administration and status, and the screening scores, which
 * hang on member stubs that keep only their role.
 */
@Service
public class CaseAnonymiser {

    private final NamedParameterJdbcTemplate jdbc;

    public CaseAnonymiser(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} closed, not yet anonymised cases closed before the cutoff, in case-number order after
     * {@code after} (null: from the first), so that a caller can page through them even when it skips some.
     */
    @Transactional(readOnly = true)
    public List<String> closedBefore(OffsetDateTime cutoff, String after, int limit) {
        return jdbc.queryForList(
                """
                SELECT case_number FROM family_case
                WHERE status = 'CLOSED' AND closed_at < :cutoff AND anonymised_at IS NULL AND case_number > :after
                ORDER BY case_number
                FETCH FIRST :limit ROWS ONLY
                """,
                ClosedBefore.page(cutoff, after, limit),
                String.class);
    }

    /** What one anonymisation removed; all zero when the case was not anonymised (unknown, open or done already). */
    public record Removed(boolean anonymised, int members, int journalEntries, int consents, int goals) {
        static final Removed NOTHING = new Removed(false, 0, 0, 0, 0);
    }

    /**
     * Anonymises a closed case and marks it so. Idempotent: a case already anonymised, or not closed, is left as it
     * is. The mark is set first, so that a concurrent run waits for this one's row lock and then finds nothing to do.
     * Joins the caller's transaction, so that the caller can remove the engine's history in the same one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Removed anonymise(String caseNumber, OffsetDateTime at) {
        MapSqlParameterSource params =
                new MapSqlParameterSource().addValue("caseNumber", caseNumber).addValue("at", at);
        int marked = jdbc.update(
                """
                UPDATE family_case SET anonymised_at = :at
                WHERE case_number = :caseNumber AND status = 'CLOSED' AND anonymised_at IS NULL
                """,
                params);
        if (marked == 0) {
            return Removed.NOTHING;
        }
        Long caseId =
                jdbc.queryForObject("SELECT id FROM family_case WHERE case_number = :caseNumber", params, Long.class);
        params.addValue("caseId", caseId);
        // which children an investigation covered, and the reason for a lighter one: personal data
        jdbc.update("DELETE FROM investigation_subject WHERE case_id = :caseId", params);
        int journalEntries = jdbc.update("DELETE FROM journal_entry WHERE case_id = :caseId", params);
        int consents = jdbc.update("DELETE FROM plan_consent WHERE case_id = :caseId", params);
        int goals = jdbc.update(
                "UPDATE plan_goal SET description = NULL WHERE case_id = :caseId AND description IS NOT NULL", params);
        // the plan's earlier versions hold the goals' text too
        jdbc.update(PlanVersionService.anonymiseSql(), params);
        jdbc.update("DELETE FROM referral WHERE case_id = :caseId", params);
        // the child's voice and the decisions: conversations, wishes, hearing answers and letters name persons
        jdbc.update("DELETE FROM child_conversation WHERE case_id = :caseId", params);
        jdbc.update("DELETE FROM plan_child_wishes WHERE case_id = :caseId", params);
        jdbc.update(
                "DELETE FROM decision_hearing WHERE decision_id IN (SELECT id FROM support_decision WHERE case_id = :caseId)",
                params);
        jdbc.update(
                "UPDATE support_decision SET decision_text = NULL, reasons = NULL, appeal_guidance = NULL, letter = NULL"
                        + " WHERE case_id = :caseId",
                params);
        jdbc.update(
                "UPDATE urgent_support_decision SET description = NULL, reasons = NULL, appeal_guidance = NULL,"
                        + " letter = NULL WHERE case_id = :caseId",
                params);
        int members = jdbc.update(
                """
                UPDATE case_member SET name = NULL, cpr = NULL, date_of_birth = NULL, contacts = NULL
                WHERE case_id = :caseId AND cpr IS NOT NULL
                """,
                params);
        return new Removed(true, members, journalEntries, consents, goals);
    }
}
