package dk.tvaers.family;

import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the case record keeps of a case's safe ending and of its young people's coming of age (migration V12): the
 * transfer to a new municipality (Barnets Lov §132), how each running child investigation ended, the team chief's
 * assessment after withdrawn consent, the decision on support after 18 and the adult path offered to young adults.
 * The process steers only with small choices; the municipality, the material and the young person's own view (in the
 * journal) live here.
 */
@Service
public class CaseEndings {

    /** How a child investigation ended before it was finished: never silently. */
    public enum InvestigationEnding {
        /** Handed over to the municipality the family moved to. */
        HANDED_OVER,
        /** Ended after the team chief assessed that support should not continue without consent. */
        ENDED_AFTER_ASSESSMENT
    }

    /** The team chief's assessment after the family withdrew its consent. */
    public enum ConsentAssessment {
        SUPPORT_CONTINUES,
        CLOSE
    }

    /** The decision on support after 18 (ungestøtte). */
    public enum SupportAfter18 {
        GRANTED,
        NOT_NEEDED,
        DECLINED
    }

    /** A young adult's answer to the offer of Klar/Parat/Start. */
    public enum AdultPathAnswer {
        ACCEPTED,
        DECLINED
    }

    /** What was sent to the receiving municipality. */
    public enum Material {
        SUMMARY,
        INVESTIGATIONS,
        PLAN,
        DECISIONS,
        JOURNAL
    }

    /** A case's transfer as recorded. */
    public record Transfer(
            String receivingMunicipality, List<Material> material, LocalDate sentOn, String recordedBy) {}

    /** One investigation's ending as recorded. */
    public record Ending(long memberId, InvestigationEnding outcome, String receivingMunicipality) {}

    static final int MAX_MUNICIPALITY = 100;
    static final int MAX_VIEW = 4000;

    private final NamedParameterJdbcTemplate jdbc;
    private final FamilyCaseRepository cases;
    private final CaseMemberRepository members;
    private final JournalEntryRepository journal;
    private final Clock clock;

    CaseEndings(
            NamedParameterJdbcTemplate jdbc,
            FamilyCaseRepository cases,
            CaseMemberRepository members,
            JournalEntryRepository journal,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.members = members;
        this.journal = journal;
        this.clock = clock;
    }

    /** Records where the case went and what was sent; a case is transferred once. */
    @Transactional
    public void recordTransfer(
            String caseNumber, String receivingMunicipality, List<Material> material, LocalDate sentOn, String by) {
        String municipality = receivingMunicipality == null ? "" : receivingMunicipality.strip();
        if (municipality.isEmpty()) {
            throw new InvalidInputException("receivingMunicipality", "Tilflytningskommunen mangler");
        }
        if (municipality.length() > MAX_MUNICIPALITY) {
            throw new InvalidInputException(
                    "receivingMunicipality", "Tilflytningskommunen må højst være " + MAX_MUNICIPALITY + " tegn");
        }
        if (material == null || material.isEmpty()) {
            throw new InvalidInputException("materialSummary", "Vælg det materiale, der er sendt");
        }
        if (sentOn == null) {
            throw new InvalidInputException("transferSentOn", "Datoen for afsendelsen mangler");
        }
        MapSqlParameterSource params = params(caseNumber)
                .addValue("municipality", municipality)
                .addValue(
                        "material",
                        String.join(",", material.stream().map(Enum::name).toList()))
                .addValue("sentOn", sentOn)
                .addValue("by", by);
        jdbc.update(
                """
                INSERT INTO case_transfer (case_id, receiving_municipality, material, sent_on, recorded_by, recorded_at)
                VALUES (:caseId, :municipality, :material, :sentOn, :by, :at)
                """,
                params);
    }

    /** The case's transfer, if it moved. */
    @Transactional(readOnly = true)
    public Optional<Transfer> transfer(String caseNumber) {
        return jdbc
                .query(
                        """
                        SELECT receiving_municipality, material, sent_on, recorded_by
                        FROM case_transfer WHERE case_id = :caseId
                        """,
                        params(caseNumber),
                        (rs, i) -> new Transfer(
                                rs.getString(1),
                                java.util.Arrays.stream(rs.getString(2).split(","))
                                        .map(Material::valueOf)
                                        .toList(),
                                rs.getObject(3, LocalDate.class),
                                rs.getString(4)))
                .stream()
                .findFirst();
    }

    /**
     * Records how a child's investigation ended. A hand-over names the municipality the case was transferred to, so
     * the transfer is recorded first.
     */
    @Transactional
    public void recordInvestigationEnding(String caseNumber, long memberId, InvestigationEnding outcome) {
        String municipality = outcome == InvestigationEnding.HANDED_OVER
                ? transfer(caseNumber)
                        .map(Transfer::receivingMunicipality)
                        .orElseThrow(() -> new InvalidInputException(
                                "receivingMunicipality", "Sagen er ikke overdraget til en ny kommune"))
                : null;
        MapSqlParameterSource params = params(caseNumber)
                .addValue("memberId", memberOf(caseNumber, memberId))
                .addValue("outcome", outcome.name())
                .addValue("municipality", municipality);
        jdbc.update(
                """
                INSERT INTO investigation_ending (case_id, member_id, outcome, receiving_municipality, recorded_at)
                VALUES (:caseId, :memberId, :outcome, :municipality, :at)
                """,
                params);
    }

    /** How the case's investigations ended before they were finished, in order. */
    @Transactional(readOnly = true)
    public List<Ending> investigationEndings(String caseNumber) {
        return jdbc.query(
                """
                SELECT member_id, outcome, receiving_municipality FROM investigation_ending
                WHERE case_id = :caseId ORDER BY id
                """,
                params(caseNumber),
                (rs, i) -> new Ending(rs.getLong(1), InvestigationEnding.valueOf(rs.getString(2)), rs.getString(3)));
    }

    /** Records the team chief's assessment with the legal basis it rests on. */
    @Transactional
    public void recordConsentAssessment(String caseNumber, ConsentAssessment outcome, String legalBasis, String by) {
        jdbc.update(
                """
                INSERT INTO consent_assessment (case_id, outcome, legal_basis, assessed_by, assessed_at)
                VALUES (:caseId, :outcome, :legalBasis, :by, :at)
                """,
                params(caseNumber)
                        .addValue("outcome", outcome.name())
                        .addValue("legalBasis", legalBasis)
                        .addValue("by", by));
    }

    /** The team chief's assessments of the case, oldest first. */
    @Transactional(readOnly = true)
    public List<ConsentAssessment> consentAssessments(String caseNumber) {
        return jdbc.query(
                "SELECT outcome FROM consent_assessment WHERE case_id = :caseId ORDER BY id",
                params(caseNumber),
                (rs, i) -> ConsentAssessment.valueOf(rs.getString(1)));
    }

    /**
     * Records the decision on support after 18 for a child, and the young person's own view as a journal note by the
     * coordinator who decided.
     */
    @Transactional
    public void recordMajorityDecision(
            String caseNumber,
            long memberId,
            SupportAfter18 support,
            String handover,
            String youngPersonsView,
            String legalBasis,
            String by) {
        String view = youngPersonsView == null ? "" : youngPersonsView.strip();
        if (view.isEmpty()) {
            throw new InvalidInputException("youngPersonsView", "Den unges syn mangler");
        }
        if (view.length() > MAX_VIEW) {
            throw new InvalidInputException("youngPersonsView", "Den unges syn må højst være " + MAX_VIEW + " tegn");
        }
        MapSqlParameterSource params = params(caseNumber)
                .addValue("memberId", memberOf(caseNumber, memberId))
                .addValue("support", support.name())
                .addValue("handover", handover)
                .addValue("legalBasis", legalBasis)
                .addValue("by", by);
        jdbc.update(
                """
                INSERT INTO majority_decision
                    (case_id, member_id, support_after18, handover, legal_basis, decided_by, decided_at)
                VALUES (:caseId, :memberId, :support, :handover, :legalBasis, :by, :at)
                """,
                params);
        journal.save(new JournalEntry(
                (Long) params.getValue("caseId"),
                new NewJournalEntry(
                        JournalKind.NOTE,
                        "koordinator",
                        LocalDate.now(clock),
                        "Den unges syn på støtte efter 18 år (" + legalBasis + "): " + view,
                        null),
                by));
    }

    /** The decisions on support after 18 recorded for the case, oldest first. */
    @Transactional(readOnly = true)
    public List<SupportAfter18> majorityDecisions(String caseNumber) {
        return jdbc.query(
                "SELECT support_after18 FROM majority_decision WHERE case_id = :caseId ORDER BY id",
                params(caseNumber),
                (rs, i) -> SupportAfter18.valueOf(rs.getString(1)));
    }

    /** Records a young adult's answer to the offer of Klar/Parat/Start. */
    @Transactional
    public void recordAdultPathOffer(String caseNumber, long memberId, AdultPathAnswer answer, String by) {
        jdbc.update(
                """
                INSERT INTO adult_path_offer (case_id, member_id, answer, recorded_by, recorded_at)
                VALUES (:caseId, :memberId, :answer, :by, :at)
                """,
                params(caseNumber)
                        .addValue("memberId", memberOf(caseNumber, memberId))
                        .addValue("answer", answer.name())
                        .addValue("by", by));
    }

    /** The answers to the adult path offers of the case, oldest first. */
    @Transactional(readOnly = true)
    public List<AdultPathAnswer> adultPathOffers(String caseNumber) {
        return jdbc.query(
                "SELECT answer FROM adult_path_offer WHERE case_id = :caseId ORDER BY id",
                params(caseNumber),
                (rs, i) -> AdultPathAnswer.valueOf(rs.getString(1)));
    }

    private MapSqlParameterSource params(String caseNumber) {
        long caseId = cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new NotFoundException(caseNumber))
                .getId();
        return new MapSqlParameterSource()
                .addValue("caseId", caseId)
                .addValue("at", Timestamp.from(OffsetDateTime.now(clock).toInstant()));
    }

    private long memberOf(String caseNumber, long memberId) {
        long caseId = cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new NotFoundException(caseNumber))
                .getId();
        return members.findById(memberId)
                .filter(m -> m.getCaseId().equals(caseId))
                .map(CaseMember::getId)
                .orElseThrow(() -> new InvalidInputException("memberId", "Medlemmet hører ikke til sagen"));
    }
}
