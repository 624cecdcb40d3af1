package dk.tvaers.family;

import dk.tvaers.kernel.Cpr;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case record: the family's members, the referral, the joint action plan, screening scores and the journal. The
 * process delegates call {@link #childInvestigationSubjects} and {@link #planAdministrations}.
 */
@Service
public class CaseRecordService {

    private final FamilyCaseRepository cases;
    private final CaseMemberRepository members;
    private final CaseReferralRepository referrals;
    private final ActionPlanRepository plans;
    private final PlanGoalRepository goals;
    private final PlanConsentRepository consents;
    private final ScreeningScoreRepository scores;
    private final JournalEntryRepository journal;
    private final CasePhaseRepository phases;
    private final Clock clock;
    private final LegalAges ages;
    private final ChildVoiceService voice;
    private final SupportDecisionService decisions;
    private final PlanVersionService planVersions;
    private final NamedParameterJdbcTemplate jdbc;

    private final InvestigationPlan investigationPlan;

    public CaseRecordService(
            FamilyCaseRepository cases,
            CaseMemberRepository members,
            CaseReferralRepository referrals,
            ActionPlanRepository plans,
            PlanGoalRepository goals,
            PlanConsentRepository consents,
            ScreeningScoreRepository scores,
            JournalEntryRepository journal,
            CasePhaseRepository phases,
            Clock clock,
            LegalAges ages,
            ChildVoiceService voice,
            SupportDecisionService decisions,
            PlanVersionService planVersions,
            NamedParameterJdbcTemplate jdbc,
            @org.springframework.context.annotation.Lazy InvestigationPlan investigationPlan) {
        this.jdbc = jdbc;
        this.investigationPlan = investigationPlan;
        this.cases = cases;
        this.members = members;
        this.referrals = referrals;
        this.plans = plans;
        this.goals = goals;
        this.consents = consents;
        this.scores = scores;
        this.journal = journal;
        this.phases = phases;
        this.clock = clock;
        this.ages = ages;
        this.voice = voice;
        this.decisions = decisions;
        this.planVersions = planVersions;
    }

    /**
     * Checks a referral's family before anything is stored; names the field at fault. The case's own fields (district,
     * dates) are {@link FamilyCaseService#check}'s. What it returns is what
     * {@link #register} stores, so nothing is checked twice.
     */
    public CheckedIntake checkIntake(NewReferral referral, List<NewMember> family) {
        return new CheckedIntake(referral, List.copyOf(family), CaseRules.checkMembers(family, today()));
    }

    /** A referral and its family as {@link #checkIntake} passed them, with the members' parsed CPR numbers. */
    public record CheckedIntake(NewReferral referral, List<NewMember> family, List<Cpr> numbers) {}

    /** Stores the checked referral and family of a case just opened. */
    @Transactional
    public void register(FamilyCase theCase, CheckedIntake intake, String registeredBy) {
        referrals.save(new CaseReferral(theCase.getId(), intake.referral(), OffsetDateTime.now(clock), registeredBy));
        for (int i = 0; i < intake.family().size(); i++) {
            NewMember member = intake.family().get(i);
            members.save(new CaseMember(
                    theCase.getId(), member.name().trim(), intake.numbers().get(i), member.role(), member.contacts()));
        }
    }

    /** Adds a member to the family of a case, e.g. when the coordinator registers a family referred from Tasklist. */
    @Transactional
    public CaseRecordView.Member addMember(String caseNumber, NewMember member) {
        FamilyCase c = findForWriting(caseNumber);
        LocalDate today = today();
        Cpr cpr = CaseRules.checkMember("", member, today);
        if (members.findByCaseIdOrderById(c.getId()).stream().anyMatch(m -> cpr.equals(m.getCpr()))) {
            throw new InvalidInputException("cpr", "Et medlem med samme CPR-nummer er allerede registreret i sagen");
        }
        CaseMember stored =
                members.save(new CaseMember(c.getId(), member.name().trim(), cpr, member.role(), member.contacts()));
        return memberView(stored, today);
    }

    /**
     * Corrects a member registered with a wrong name, CPR number, role or contacts. The same rules apply as when the
     * member was added; another member of the case may not have the CPR number.
     */
    @Transactional
    public CaseRecordView.Member correctMember(String caseNumber, Long memberId, NewMember member) {
        FamilyCase c = findForWriting(caseNumber);
        CaseMember stored = memberOf(c.getId(), memberId, "memberId");
        LocalDate today = today();
        Cpr cpr = CaseRules.checkMember("", member, today);
        if (members.findByCaseIdOrderById(c.getId()).stream()
                .anyMatch(m -> !m.getId().equals(memberId) && cpr.equals(m.getCpr()))) {
            throw new InvalidInputException("cpr", "Et andet medlem med samme CPR-nummer er registreret i sagen");
        }
        stored.correct(member.name().trim(), cpr, member.role(), member.contacts());
        return memberView(members.saveAndFlush(stored), today);
    }

    private static CaseRecordView.Member memberView(CaseMember m, LocalDate today) {
        if (m.isAnonymised()) {
            return new CaseRecordView.Member(m.getId(), null, null, null, null, m.getRole(), null);
        }
        return new CaseRecordView.Member(
                m.getId(),
                m.getName(),
                m.getCpr().masked(),
                m.getDateOfBirth(),
                m.ageOn(today),
                m.getRole(),
                m.getContacts());
    }

    /** A member's date of birth, from the CPR number. */
    @Transactional(readOnly = true)
    public LocalDate dateOfBirth(Long memberId) {
        return members.findById(memberId)
                .map(CaseMember::getDateOfBirth)
                .orElseThrow(() -> new InvalidInputException("memberId", "Medlemmet findes ikke"));
    }

    /** The case with its whole record. */
    @Transactional(readOnly = true)
    public CaseRecordView view(String caseNumber) {
        FamilyCase c = find(caseNumber);
        LocalDate today = today();
        List<CaseRecordView.Member> family = members.findByCaseIdOrderById(c.getId()).stream()
                .map(m -> memberView(m, today))
                .toList();
        CaseRecordView.Referral referral = referrals
                .findById(c.getId())
                .map(CaseReferral::view)
                .orElseGet(() -> new CaseRecordView.Referral(
                        c.getReferralSource(), null, c.getSspCategory(), c.getAwarenessDate(), c.getCreatedAt(), null));
        return new CaseRecordView(
                c.getCaseNumber(),
                c.getDistrict(),
                c.getStatus(),
                c.getPhase(),
                c.getCoordinator(),
                c.getCreatedAt(),
                new CaseRecordView.Course(
                        c.getPhaseStartedAt(),
                        phases.findByCaseIdOrderByStartedAtAscIdAsc(c.getId()).stream()
                                .map(p -> new CaseRecordView.PhaseStart(p.getPhase(), p.getStartedAt()))
                                .toList(),
                        c.getClosedAt(),
                        c.getCloseReason(),
                        c.getOutcome()),
                referral,
                family,
                plan(c.getId()),
                latestScreenings(c.getId()),
                journal.findByCaseIdOrderByEntryDateAscIdAsc(c.getId()).stream()
                        .map(JournalEntry::view)
                        .toList(),
                voice.conversations(caseNumber),
                voice.planWishes(caseNumber),
                decisions.decisions(caseNumber),
                investigationPlan.investigations(c.getId()));
    }

    /** Adds a journal note or meeting minutes written by the given user. */
    @Transactional
    public CaseRecordView.Journal addJournalEntry(String caseNumber, NewJournalEntry entry, String author) {
        FamilyCase c = findForWriting(caseNumber);
        CaseRules.notInFuture(entry.entryDate(), today(), "entryDate", "Datoen");
        if (entry.kind() == JournalKind.MEETING_MINUTES
                && (entry.attendance() == null || entry.attendance().isBlank())) {
            throw new InvalidInputException("attendance", "Et mødereferat skal angive deltagerne");
        }
        return journal.save(new JournalEntry(c.getId(), entry, author)).view();
    }

    /** Records one member's screening on one day. */
    @Transactional
    public CaseRecordView.Screening addScreening(String caseNumber, NewScreening screening) {
        FamilyCase c = findForWriting(caseNumber);
        CaseMember screened = memberOf(c.getId(), screening.memberId(), "memberId");
        if (screening.who5() != null && screened.getRole() != MemberRole.CHILD) {
            throw new InvalidInputException("who5", "WHO-5 registreres kun for børn");
        }
        CaseRules.notInFuture(screening.screenedOn(), today(), "screenedOn", "Screeningsdatoen");
        Set<ScreeningDomain> domains = new HashSet<>();
        for (int i = 0; i < screening.scores().size(); i++) {
            if (!domains.add(screening.scores().get(i).domain())) {
                throw new InvalidInputException("scores[" + i + "].domain", "Samme område er scoret to gange");
            }
        }
        if (scores.existsByMemberIdAndScreenedOn(screening.memberId(), screening.screenedOn())) {
            throw new InvalidInputException("screenedOn", "Medlemmet er allerede screenet på denne dato");
        }
        Map<ScreeningDomain, Integer> stored = new EnumMap<>(ScreeningDomain.class);
        for (NewScreening.Score score : screening.scores()) {
            scores.save(new ScreeningScore(
                    c.getId(), screening.memberId(), score.domain(), score.score(), screening.screenedOn()));
            stored.put(score.domain(), score.score());
        }
        if (screening.who5() != null) {
            List<Integer> a = screening.who5();
            jdbc.update(
                    """
                    INSERT INTO who5_score (case_id, member_id, screened_on, item1, item2, item3, item4, item5)
                    VALUES (:caseId, :memberId, :on, :i1, :i2, :i3, :i4, :i5)
                    """,
                    new MapSqlParameterSource()
                            .addValue("caseId", c.getId())
                            .addValue("memberId", screening.memberId())
                            .addValue("on", screening.screenedOn())
                            .addValue("i1", a.get(0))
                            .addValue("i2", a.get(1))
                            .addValue("i3", a.get(2))
                            .addValue("i4", a.get(3))
                            .addValue("i5", a.get(4)));
        }
        return new CaseRecordView.Screening(
                screening.memberId(), screening.screenedOn(), stored, screening.who5Index());
    }

    /** Replaces the joint action plan: its goals and the family's consents. */
    @Transactional
    public CaseRecordView.Plan replacePlan(String caseNumber, NewPlan plan) {
        FamilyCase c = findForWriting(caseNumber);
        LocalDate today = today();
        CaseRules.notInFuture(plan.agreedOn(), today, "agreedOn", "Datoen for aftalen");
        Map<Long, CaseMember> family = members.findByCaseIdOrderById(c.getId()).stream()
                .collect(Collectors.toMap(CaseMember::getId, Function.identity()));
        for (int i = 0; i < plan.goals().size(); i++) {
            member(family, plan.goals().get(i).memberId(), "goals[" + i + "].memberId");
        }
        Set<Long> consented = new HashSet<>();
        for (int i = 0; i < plan.consents().size(); i++) {
            NewPlan.Consent consent = plan.consents().get(i);
            String field = "consents[" + i + "].";
            CaseMember member = member(family, consent.memberId(), field + "memberId");
            CaseRules.notInFuture(consent.consentedOn(), today, field + "consentedOn", "Samtykkedatoen");
            if (!CaseRules.mayConsent(member.getRole(), member.getDateOfBirth(), consent.consentedOn(), ages)) {
                throw new InvalidInputException(field + "memberId", CaseRules.consentRefusal(ages));
            }
            if (!consented.add(consent.memberId())) {
                throw new InvalidInputException(field + "memberId", "Medlemmet har allerede givet samtykke");
            }
        }
        goals.deleteByCase(c.getId());
        consents.deleteByCase(c.getId());
        ActionPlan stored = plans.findById(c.getId()).orElseGet(() -> new ActionPlan(c.getId(), plan.agreedOn()));
        stored.agreedOn(plan.agreedOn());
        plans.saveAndFlush(stored);
        plan.goals().forEach(goal -> goals.save(new PlanGoal(c.getId(), goal)));
        plan.consents().forEach(consent -> consents.save(new PlanConsent(c.getId(), consent)));
        goals.flush();
        consents.flush();
        // every save is kept as a version: a plan revised at a new family meeting does not overwrite the one before
        planVersions.record(c.getId(), plan.agreedOn(), plan.goals());
        return plan(c.getId());
    }

    /** A member of the case, if the member belongs to it: who the person is, CPR number included. */
    @Transactional(readOnly = true)
    public Optional<MemberIdentity> member(String caseNumber, Long memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return cases.findByCaseNumber(caseNumber)
                .flatMap(c ->
                        members.findById(memberId).filter(m -> m.getCaseId().equals(c.getId())))
                .filter(m -> !m.isAnonymised())
                .map(m -> new MemberIdentity(m.getId(), m.getCaseId(), m.getName(), m.getCpr()));
    }

    /** The ids of the members whom the child investigation is about: role CHILD and under 18 today. */
    @Transactional(readOnly = true)
    public List<Long> childInvestigationSubjects(String caseNumber) {
        LocalDate today = today();
        return members.findByCaseIdOrderById(find(caseNumber).getId()).stream()
                .filter(m ->
                        m.getRole() == MemberRole.CHILD && !m.isAnonymised() && m.ageOn(today) < CaseRules.ADULT_AGE)
                .map(CaseMember::getId)
                .toList();
    }

    /**
     * The ids of the family's young adults (role YOUNG_ADULT, not anonymised), the "store søskende": each is offered
     * the adult path Klar/Parat/Start.
     */
    @Transactional(readOnly = true)
    public List<Long> youngAdults(String caseNumber) {
        return members.findByCaseIdOrderById(find(caseNumber).getId()).stream()
                .filter(m -> m.getRole() == MemberRole.YOUNG_ADULT && !m.isAnonymised())
                .map(CaseMember::getId)
                .toList();
    }

    /**
     * Whether the family has a child or young person registered (not anonymised): what a family case is about, and
     * what the registration of the members must leave behind.
     */
    @Transactional(readOnly = true)
    public boolean hasYoungMember(String caseNumber) {
        return members.findByCaseIdOrderById(find(caseNumber).getId()).stream()
                .anyMatch(m -> m.getRole().isYoung() && !m.isAnonymised());
    }

    /** The administrations (sof, buf, bif, kff) that own goals in the plan, each once; empty without a plan. */
    @Transactional(readOnly = true)
    public List<String> planAdministrations(String caseNumber) {
        return List.copyOf(goals.administrations(find(caseNumber).getId()));
    }

    private CaseRecordView.Plan plan(Long caseId) {
        return plans.findById(caseId)
                .map(p -> new CaseRecordView.Plan(
                        p.getAgreedOn(),
                        goals.findByCaseIdOrderById(caseId).stream()
                                .map(PlanGoal::view)
                                .toList(),
                        consents.findByCaseIdOrderById(caseId).stream()
                                .map(PlanConsent::view)
                                .toList()))
                .orElse(null);
    }

    /** Every screening of the case's members, by member and date, oldest first. */
    @Transactional(readOnly = true)
    public ScreeningHistory screeningHistory(String caseNumber) {
        FamilyCase c = find(caseNumber);
        Map<String, Integer> who5 = who5Indexes(c.getId());
        // member -> day -> domain -> score, members and days in order
        Map<Long, Map<LocalDate, Map<ScreeningDomain, Integer>>> byMember = new java.util.TreeMap<>();
        for (ScreeningScore s : scores.findByCaseIdOrderByScreenedOnAscIdAsc(c.getId())) {
            byMember.computeIfAbsent(s.getMemberId(), m -> new LinkedHashMap<>())
                    .computeIfAbsent(s.getScreenedOn(), d -> new EnumMap<>(ScreeningDomain.class))
                    .put(s.getDomain(), s.getScore());
        }
        List<ScreeningHistory.MemberScreenings> members = new ArrayList<>();
        byMember.forEach((memberId, days) -> members.add(new ScreeningHistory.MemberScreenings(
                memberId,
                days.entrySet().stream()
                        .map(day -> new CaseRecordView.Screening(
                                memberId, day.getKey(), day.getValue(), who5.get(memberId + "/" + day.getKey())))
                        .toList())));
        return new ScreeningHistory(c.getCaseNumber(), ScreeningHistory.LOWEST, ScreeningHistory.HIGHEST, members);
    }

    private List<CaseRecordView.Screening> latestScreenings(Long caseId) {
        // ordered by date: the last date seen per member is the latest screening
        Map<Long, LocalDate> latest = new LinkedHashMap<>();
        List<ScreeningScore> all = scores.findByCaseIdOrderByScreenedOnAscIdAsc(caseId);
        all.forEach(s -> latest.put(s.getMemberId(), s.getScreenedOn()));
        List<CaseRecordView.Screening> result = new ArrayList<>();
        Map<String, Integer> who5 = who5Indexes(caseId);
        latest.forEach((memberId, day) -> {
            Map<ScreeningDomain, Integer> byDomain = new EnumMap<>(ScreeningDomain.class);
            all.stream()
                    .filter(s -> s.getMemberId().equals(memberId)
                            && s.getScreenedOn().equals(day))
                    .forEach(s -> byDomain.put(s.getDomain(), s.getScore()));
            result.add(new CaseRecordView.Screening(memberId, day, byDomain, who5.get(memberId + "/" + day)));
        });
        return result;
    }

    /** The case's WHO-5 indexes (0-100: the raw score 0-25 times 4) by "memberId/day". */
    private Map<String, Integer> who5Indexes(Long caseId) {
        Map<String, Integer> indexes = new java.util.HashMap<>();
        jdbc.query(
                "SELECT member_id, screened_on, item1 + item2 + item3 + item4 + item5 FROM who5_score"
                        + " WHERE case_id = :caseId",
                new MapSqlParameterSource("caseId", caseId),
                rs -> {
                    indexes.put(rs.getLong(1) + "/" + rs.getDate(2).toLocalDate(), rs.getInt(3) * 4);
                });
        return indexes;
    }

    private CaseMember memberOf(Long caseId, Long memberId, String field) {
        return members.findById(memberId)
                .filter(m -> m.getCaseId().equals(caseId))
                .orElseThrow(() -> new InvalidInputException(field, "Medlemmet hører ikke til sagen"));
    }

    private static CaseMember member(Map<Long, CaseMember> family, Long memberId, String field) {
        CaseMember member = family.get(memberId);
        if (member == null) {
            throw new InvalidInputException(field, "Medlemmet hører ikke til sagen");
        }
        return member;
    }

    private FamilyCase find(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException(caseNumber));
    }

    /** The case, unless retention has anonymised it: personal data never enter an anonymised case again. */
    private FamilyCase findForWriting(String caseNumber) {
        FamilyCase c = find(caseNumber);
        if (c.getAnonymisedAt() != null) {
            throw new InvalidInputException("caseNumber", "Sagen er anonymiseret efter opbevaringsperioden");
        }
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
