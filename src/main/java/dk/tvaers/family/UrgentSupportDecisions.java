package dk.tvaers.family;

import dk.tvaers.kernel.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team chief's written decision on support while the child investigation runs (urgent support, Barnets Lov §32,
 * stk. 4 as the label tvaers.legal-basis.support-during-investigation says): the support, its reasons, the legal basis
 * and appeal guidance as they stood, and the Danish letter (PDF) to the parties, stored with it (migration V21). The
 * process keeps only the kind of support; reasons and letter are personal data and stay here.
 */
@Service
public class UrgentSupportDecisions {

    /** The support the team chief decides while the investigation runs (the process variable urgentSupport). */
    public enum Support {
        FAMILY_TREATMENT("familiebehandling"),
        MENTOR("en mentor"),
        OTHER("anden støtte");

        private final String inLetter;

        Support(String inLetter) {
            this.inLetter = inLetter;
        }

        /** The support as the letter names it ("familien får …"). */
        public String inLetter() {
            return inLetter;
        }
    }

    /** What the team chief writes. */
    public record NewDecision(Support support, String description, String reasons) {}

    /** A recorded decision, for the case record and the screen. */
    public record Decision(
            long id,
            Support support,
            String description,
            String reasons,
            String legalBasis,
            String decidedBy,
            OffsetDateTime decidedAt,
            boolean letterStored) {}

    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_REASONS = 4000;

    private final NamedParameterJdbcTemplate jdbc;
    private final FamilyCaseRepository cases;
    private final CaseMemberRepository members;
    private final LegalAges ages;
    private final DecisionProperties properties;
    private final Clock clock;

    UrgentSupportDecisions(
            NamedParameterJdbcTemplate jdbc,
            FamilyCaseRepository cases,
            CaseMemberRepository members,
            LegalAges ages,
            DecisionProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.members = members;
        this.ages = ages;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records the team chief's decision and its letter. {@code legalBasis} is the configured label, {@code followUp}
     * the sentence on the follow-up of the support (the process module knows its periods). Refused, naming the field,
     * without a support, without reasons or with too long texts.
     */
    @Transactional
    public long decide(String caseNumber, NewDecision input, String legalBasis, String followUp, String by) {
        if (input.support() == null) {
            throw new InvalidInputException("support", "Vælg den støtte, familien skal have nu");
        }
        String reasons = strip(input.reasons());
        if (reasons == null) {
            throw new InvalidInputException("reasons", "Skriv begrundelsen for afgørelsen");
        }
        if (reasons.length() > MAX_REASONS) {
            throw new InvalidInputException("reasons", "Begrundelsen må højst være " + MAX_REASONS + " tegn");
        }
        String description = strip(input.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException(
                    "description", "Beskrivelsen af støtten må højst være " + MAX_DESCRIPTION + " tegn");
        }
        FamilyCase theCase = cases.byNumberForWriting(caseNumber);
        LocalDate today = LocalDate.now(clock);
        List<String> parties = members.findByCaseIdOrderById(theCase.getId()).stream()
                .filter(m -> !m.isAnonymised())
                .filter(m ->
                        m.getRole().isParental() || (m.getRole().isYoung() && ages.isParty(m.getDateOfBirth(), today)))
                .map(m -> m.getName() + " (" + DecisionLetterPdf.role(m.getRole()) + ")")
                .toList();
        byte[] letter = UrgentSupportLetterPdf.render(new UrgentSupportLetterPdf.Letter(
                properties.authority(),
                caseNumber,
                today,
                parties,
                input.support().inLetter(),
                description,
                reasons,
                legalBasis,
                followUp,
                properties.appealGuidance()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                INSERT INTO urgent_support_decision
                    (case_id, support, description, reasons, legal_basis, appeal_guidance, decided_by, decided_at,
                     letter)
                VALUES (:caseId, :support, :description, :reasons, :legalBasis, :appealGuidance, :by, :at, :letter)
                """,
                new MapSqlParameterSource()
                        .addValue("caseId", theCase.getId())
                        .addValue("support", input.support().name())
                        .addValue("description", description)
                        .addValue("reasons", reasons)
                        .addValue("legalBasis", legalBasis)
                        .addValue("appealGuidance", properties.appealGuidance())
                        .addValue("by", by)
                        .addValue("at", Timestamp.from(clock.instant()))
                        .addValue("letter", letter),
                key,
                new String[] {"id"});
        return key.getKey().longValue();
    }

    /**
     * Locks the case's row until the transaction ends, so two decisions or requests on urgent support for the same case
     * are taken one after the other (the second then sees the first's open task).
     */
    @Transactional
    public void lockCase(String caseNumber) {
        jdbc.query(
                "SELECT id FROM family_case WHERE case_number = :caseNumber FOR UPDATE",
                new MapSqlParameterSource("caseNumber", caseNumber),
                (rs, i) -> rs.getLong("id"));
    }

    /** Whether a decision of the case was recorded at or after the instant (the decision task's creation). */
    @Transactional(readOnly = true)
    public boolean decidedSince(String caseNumber, Instant since) {
        Long count = jdbc.queryForObject(
                """
                SELECT COUNT(*) FROM urgent_support_decision d JOIN family_case c ON c.id = d.case_id
                WHERE c.case_number = :caseNumber AND d.decided_at >= :since
                """,
                new MapSqlParameterSource().addValue("caseNumber", caseNumber).addValue("since", Timestamp.from(since)),
                Long.class);
        return count != null && count > 0;
    }

    /** The case's decisions, oldest first. */
    @Transactional(readOnly = true)
    public List<Decision> decisions(String caseNumber) {
        return withLetters(caseNumber).stream().map(RecordedDecision::decision).toList();
    }

    /**
     * A decision as the person's records export (aktindsigt) holds it: the decision, the appeal guidance as it stood
     * and the letter sent (null when none is stored).
     */
    public record RecordedDecision(Decision decision, String appealGuidance, byte[] letter) {}

    /** The case's decisions with their appeal guidance and letters, oldest first (for the records export). */
    @Transactional(readOnly = true)
    public List<RecordedDecision> withLetters(String caseNumber) {
        return jdbc.query(
                """
                SELECT d.id, d.support, d.description, d.reasons, d.legal_basis, d.decided_by, d.decided_at,
                       d.appeal_guidance, d.letter
                FROM urgent_support_decision d JOIN family_case c ON c.id = d.case_id
                WHERE c.case_number = :caseNumber ORDER BY d.id
                """,
                new MapSqlParameterSource("caseNumber", caseNumber),
                (rs, i) -> {
                    byte[] letter = rs.getBytes("letter");
                    return new RecordedDecision(
                            new Decision(
                                    rs.getLong("id"),
                                    Support.valueOf(rs.getString("support")),
                                    rs.getString("description"),
                                    rs.getString("reasons"),
                                    rs.getString("legal_basis"),
                                    rs.getString("decided_by"),
                                    rs.getObject("decided_at", OffsetDateTime.class),
                                    letter != null),
                            rs.getString("appeal_guidance"),
                            letter);
                });
    }

    /** The stored letter of a decision of the case; 404 when the case has no such decision or it was anonymised. */
    @Transactional(readOnly = true)
    public byte[] letter(String caseNumber, long decisionId) {
        List<byte[]> letters = jdbc.query(
                """
                SELECT d.letter FROM urgent_support_decision d JOIN family_case c ON c.id = d.case_id
                WHERE c.case_number = :caseNumber AND d.id = :id AND d.letter IS NOT NULL
                """,
                new MapSqlParameterSource().addValue("caseNumber", caseNumber).addValue("id", decisionId),
                (rs, i) -> rs.getBytes("letter"));
        if (letters.isEmpty()) {
            throw new SupportDecisionService.Missing("decisionId", "Afgørelsen findes ikke i sagen");
        }
        return letters.get(0);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
