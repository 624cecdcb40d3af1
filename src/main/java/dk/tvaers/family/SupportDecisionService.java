package dk.tvaers.family;

import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on support in writing (issue 14): a draft with decision, reasons, legal basis and appeal guidance; a
 * hearing of the parties (parents, guardians and every child or young person who has reached the age of party rights,
 * {@code tvaers.ages.party-rights}, on the hearing's first day) until its deadline; the final decision and its Danish
 * letter (PDF), stored with the decision. The support-decision process calls the steps; the caseworker writes the draft
 * and registers the answers (API and workspace).
 */
@Service
public class SupportDecisionService {

    private final FamilyCaseRepository cases;
    private final CaseMemberRepository members;
    private final SupportDecisionRepository decisions;
    private final DecisionHearingRepository hearings;
    private final LegalAges ages;
    private final DecisionProperties properties;
    private final Clock clock;

    SupportDecisionService(
            FamilyCaseRepository cases,
            CaseMemberRepository members,
            SupportDecisionRepository decisions,
            DecisionHearingRepository hearings,
            LegalAges ages,
            DecisionProperties properties,
            Clock clock) {
        this.cases = cases;
        this.members = members;
        this.decisions = decisions;
        this.hearings = hearings;
        this.ages = ages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens a new decision on the case, in draft, with the legal basis label and the configured appeal guidance. */
    @Transactional
    public long open(String caseNumber, String legalBasis) {
        FamilyCase theCase = cases.byNumberForWriting(caseNumber);
        return decisions
                .save(new SupportDecision(
                        theCase.getId(), legalBasis, properties.appealGuidance(), OffsetDateTime.now(clock)))
                .getId();
    }

    /** Writes or rewrites the draft; refused once the decision is final. */
    @Transactional
    public CaseRecordView.Decision draft(String caseNumber, Long decisionId, NewDecisionDraft draft, String by) {
        SupportDecision decision = ofCase(caseNumber, decisionId);
        if (decision.getStatus() == DecisionStatus.FINAL) {
            throw new InvalidInputException("decisionId", "Afgørelsen er endelig og kan ikke ændres");
        }
        decision.draft(draft, by);
        return view(decisions.saveAndFlush(decision));
    }

    /** Whether the draft states the decision, its reasons, the legal basis and the appeal guidance. */
    @Transactional(readOnly = true)
    public boolean isDrafted(Long decisionId) {
        return decisions.findById(decisionId).map(SupportDecision::isDrafted).orElse(false);
    }

    /**
     * Opens the hearing today until {@code period} from today: every parent and guardian, and every child or young
     * person aged {@code tvaers.ages.party-rights} or more today, is a party. Returns the number of parties.
     */
    @Transactional
    public int openHearing(Long decisionId, Period period) {
        SupportDecision decision =
                decisions.findById(decisionId).orElseThrow(() -> new Missing("decisionId", "Afgørelsen findes ikke"));
        LocalDate today = today();
        List<CaseMember> parties = parties(decision.getCaseId(), today);
        decision.openHearing(today, today.plus(period));
        decisions.save(decision);
        parties.forEach(m -> hearings.save(new DecisionHearing(decisionId, m.getId())));
        return parties.size();
    }

    private List<CaseMember> parties(Long caseId, LocalDate on) {
        return members.findByCaseIdOrderById(caseId).stream()
                .filter(m -> !m.isAnonymised())
                .filter(m ->
                        m.getRole().isParental() || (m.getRole().isYoung() && ages.isParty(m.getDateOfBirth(), on)))
                .toList();
    }

    /** Registers a party's answer while the hearing is open. */
    @Transactional
    public CaseRecordView.Decision registerAnswer(
            String caseNumber, Long decisionId, Long memberId, NewHearingAnswer answer, String by) {
        SupportDecision decision = ofCase(caseNumber, decisionId);
        if (decision.getStatus() != DecisionStatus.HEARING) {
            throw new InvalidInputException("decisionId", "Afgørelsen er ikke i høring");
        }
        CaseRules.notInFuture(answer.answeredOn(), today(), "answeredOn", "Datoen");
        DecisionHearing hearing = hearings.findByDecisionIdAndMemberId(decisionId, memberId)
                .orElseThrow(() -> new InvalidInputException("memberId", "Medlemmet er ikke part i høringen"));
        hearing.answer(answer, by);
        hearings.saveAndFlush(hearing);
        return view(decision);
    }

    /** Whether every party has answered. */
    @Transactional(readOnly = true)
    public boolean allAnswered(Long decisionId) {
        return hearings.findByDecisionIdOrderById(decisionId).stream()
                .allMatch(h -> h.getStatus() != HearingStatus.AWAITING);
    }

    /** The hearing deadline passed: every party without an answer is recorded as not having answered. */
    @Transactional
    public void closeHearing(Long decisionId) {
        List<DecisionHearing> all = hearings.findByDecisionIdOrderById(decisionId);
        all.forEach(DecisionHearing::noAnswer);
        hearings.saveAll(all);
    }

    /** Makes the decision final and stores its letter; refused when the draft is incomplete. */
    @Transactional
    public void decide(Long decisionId, String decidedBy) {
        SupportDecision decision =
                decisions.findById(decisionId).orElseThrow(() -> new Missing("decisionId", "Afgørelsen findes ikke"));
        if (!decision.isDrafted()) {
            throw new InvalidInputException("decisionText", "Afgørelsen er ikke skrevet færdig");
        }
        FamilyCase theCase = cases.findById(decision.getCaseId()).orElseThrow();
        LocalDate today = today();
        Map<Long, CaseMember> family = members.findByCaseIdOrderById(theCase.getId()).stream()
                .collect(Collectors.toMap(CaseMember::getId, Function.identity()));
        List<DecisionLetterPdf.Party> parties = hearings.findByDecisionIdOrderById(decisionId).stream()
                .map(h -> new DecisionLetterPdf.Party(
                        family.get(h.getMemberId()).getName(),
                        family.get(h.getMemberId()).getRole(),
                        h.getStatus(),
                        h.getAnswer(),
                        h.getAnsweredOn()))
                .toList();
        byte[] letter = DecisionLetterPdf.render(new DecisionLetterPdf.Letter(
                properties.authority(),
                theCase.getCaseNumber(),
                today,
                decision.getDecisionText(),
                decision.getReasons(),
                decision.getLegalBasis(),
                decision.getAppealGuidance(),
                decision.getHearingFrom(),
                decision.getHearingDeadline(),
                parties));
        decision.decide(decidedBy, today, letter);
        decisions.save(decision);
    }

    /** The stored letter of a final decision of the case. */
    @Transactional(readOnly = true)
    public byte[] letter(String caseNumber, Long decisionId) {
        SupportDecision decision = ofCase(caseNumber, decisionId);
        if (decision.getLetter() == null) {
            throw new Missing("decisionId", "Afgørelsen har intet brev endnu: den er ikke endelig");
        }
        return decision.getLetter();
    }

    /** The case's decisions with their hearings, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseRecordView.Decision> decisions(String caseNumber) {
        return decisions.findByCaseIdOrderById(cases.byNumber(caseNumber).getId()).stream()
                .map(this::view)
                .toList();
    }

    private CaseRecordView.Decision view(SupportDecision d) {
        return d.view(hearings.findByDecisionIdOrderById(d.getId()).stream()
                .map(DecisionHearing::view)
                .toList());
    }

    private SupportDecision ofCase(String caseNumber, Long decisionId) {
        FamilyCase theCase = cases.byNumberForWriting(caseNumber);
        return decisions
                .findById(decisionId)
                .filter(d -> d.getCaseId().equals(theCase.getId()))
                .orElseThrow(() -> new Missing("decisionId", "Afgørelsen findes ikke i sagen"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A decision or letter that is not there (404). */
    static final class Missing extends NotFoundException {
        Missing(String field, String message) {
            super(field, message);
        }
    }
}
