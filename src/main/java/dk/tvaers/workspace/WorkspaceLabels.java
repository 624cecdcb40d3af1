package dk.tvaers.workspace;

import dk.tvaers.adult.AdultOutcome;
import dk.tvaers.adult.AdultPhase;
import dk.tvaers.adult.MovementReason;
import dk.tvaers.adult.OffenceKind;
import dk.tvaers.board.DisplayNames;
import dk.tvaers.family.CasePhase;
import dk.tvaers.family.CloseReason;
import dk.tvaers.family.ConversationOccasion;
import dk.tvaers.family.DecisionStatus;
import dk.tvaers.family.GoalStatus;
import dk.tvaers.family.HearingStatus;
import dk.tvaers.family.JournalKind;
import dk.tvaers.family.LegalAges;
import dk.tvaers.family.MemberRole;
import dk.tvaers.family.ReferralSource;
import dk.tvaers.family.ScreeningDomain;
import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.Groups;
import dk.tvaers.process.EndReason;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Danish display names for the workspace's pages ({@code @workspaceLabels} in the templates); never ids. */
@Component("workspaceLabels")
public class WorkspaceLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH.mm");

    static final Map<MemberRole, String> ROLES = labels(
            MemberRole.class,
            Map.of(
                    MemberRole.PARENT, "Forælder",
                    MemberRole.GUARDIAN, "Værge",
                    MemberRole.CHILD, "Barn (under 18 år)",
                    MemberRole.YOUNG_ADULT, "Ung (18 år eller derover)"));

    static final Map<JournalKind, String> KINDS = labels(
            JournalKind.class, Map.of(JournalKind.NOTE, "Journalnotat", JournalKind.MEETING_MINUTES, "Mødereferat"));

    static final Map<GoalStatus, String> GOAL_STATUSES = fromBoard(GoalStatus.class);

    /** The screening's domains as the screening screen shows them, with what each is grounded in. */
    static final Map<ScreeningDomain, String> DOMAINS = labels(
            ScreeningDomain.class,
            Map.ofEntries(
                    Map.entry(ScreeningDomain.SCHOOL_EDUCATION, "Skole, dagtilbud og uddannelse (ICS, VUM)"),
                    Map.entry(ScreeningDomain.EMPLOYMENT, "Beskæftigelse (beskæftigelsesparametrene)"),
                    Map.entry(ScreeningDomain.HEALTH, "Fysisk helbred (ICS, VUM)"),
                    Map.entry(ScreeningDomain.MENTAL_HEALTH, "Psykisk helbred og trivsel (ICS, VUM)"),
                    Map.entry(ScreeningDomain.SUBSTANCE_ABUSE, "Misbrug (VUM, ICS)"),
                    Map.entry(ScreeningDomain.HOUSING, "Bolig (ICS, VUM)"),
                    Map.entry(ScreeningDomain.ECONOMY_DEBT, "Økonomi og gæld (ICS, VUM)"),
                    Map.entry(ScreeningDomain.PARENTING_CAPACITY, "Forældreevne (ICS)"),
                    Map.entry(ScreeningDomain.FAMILY_RELATIONS, "Familie og relationer (ICS, VUM)"),
                    Map.entry(ScreeningDomain.LEISURE_NETWORK, "Fritid og netværk (ICS, VUM)"),
                    Map.entry(
                            ScreeningDomain.SOCIETAL_PARTICIPATION,
                            "Evne til at agere i samfundet: sprog, mobilitet (VUM; Odense)"),
                    Map.entry(ScreeningDomain.MEASURES, "Omfang af foranstaltninger eller risiko for dem (Odense)"),
                    Map.entry(ScreeningDomain.CRIME_RISK, "Kriminalitet og tilknytning til kriminelt netværk (Odense)"),
                    Map.entry(ScreeningDomain.NETWORK_CRIME, "Netværkets og familiens kriminalitet (Odense)")));

    /** The five steps of the screening's one scale, shown wherever a score is entered. */
    static final Map<Integer, String> SCALE = Map.of(
            1, "1 – meget stort behov",
            2, "2 – stort behov",
            3, "3 – noget behov",
            4, "4 – lille behov",
            5, "5 – intet behov");

    static final Map<EndReason, String> END_REASONS = labels(
            EndReason.class,
            Map.of(
                    EndReason.MOVED_AWAY, "Familien er flyttet fra kommunen",
                    EndReason.CONSENT_WITHDRAWN, "Familien har trukket sit samtykke tilbage"));

    static final Map<String, String> ADMINISTRATIONS = administrationsOf();

    static final Map<dk.tvaers.family.UrgentSupportDecisions.Support, String> URGENT_SUPPORTS = labels(
            dk.tvaers.family.UrgentSupportDecisions.Support.class,
            Map.of(
                    dk.tvaers.family.UrgentSupportDecisions.Support.FAMILY_TREATMENT, "Familiebehandling nu",
                    dk.tvaers.family.UrgentSupportDecisions.Support.MENTOR, "Mentor nu",
                    dk.tvaers.family.UrgentSupportDecisions.Support.OTHER, "Anden støtte nu"));

    static final Map<ConversationOccasion, String> OCCASIONS = labels(
            ConversationOccasion.class,
            Map.of(
                    ConversationOccasion.INVESTIGATION, "I den børnefaglige undersøgelse",
                    ConversationOccasion.DECISION, "Før en afgørelse",
                    ConversationOccasion.FOLLOW_UP, "Ved opfølgning på støtten",
                    ConversationOccasion.PLAN, "Til handleplanen",
                    ConversationOccasion.OTHER, "Anden samtale"));

    static final Map<DecisionStatus, String> DECISION_STATUSES = labels(
            DecisionStatus.class,
            Map.of(
                    DecisionStatus.DRAFT, "Udkast",
                    DecisionStatus.HEARING, "I partshøring",
                    DecisionStatus.FINAL, "Endelig"));

    static final Map<HearingStatus, String> HEARING_STATUSES = labels(
            HearingStatus.class,
            Map.of(
                    HearingStatus.AWAITING, "Afventer svar",
                    HearingStatus.ANSWERED, "Har svaret",
                    HearingStatus.NO_ANSWER, "Intet svar inden fristen"));

    private static final Map<CloseReason, String> CLOSE_REASONS = labels(
            CloseReason.class,
            Map.of(
                    CloseReason.COMPLETED, "Forløbet er gennemført",
                    CloseReason.NOT_VISITED, "Familien blev ikke visiteret",
                    CloseReason.ENDED_EARLY, "Afsluttet før tid"));

    /** The SSP concern levels (SSP category 1-4, lower is better), with what the ends mean. */
    static final Map<Integer, String> SSP_LEVELS = Map.of(
            1, "1 – mindst bekymring",
            2, "2",
            3, "3",
            4, "4 – gentagen eller personfarlig kriminalitet");

    /** Charged and prosecuted kept apart; the success criterion counts the prosecuted ("tiltales"). */
    static final Map<OffenceKind, String> OFFENCE_KINDS = labels(
            OffenceKind.class,
            Map.of(
                    OffenceKind.PROSECUTED, "Tiltalt – anklagemyndigheden har rejst tiltale (tæller i succeskriteriet)",
                    OffenceKind.CHARGED, "Sigtet – politiet har rejst sigtelse"));

    static final Map<MovementReason, String> MOVEMENT_REASONS = labels(
            MovementReason.class,
            Map.of(
                    MovementReason.ACTIVITY_TO_EDUCATION_READY, "Fra aktivitetsparat til uddannelsesparat",
                    MovementReason.STARTED_EDUCATION, "Har startet uddannelse",
                    MovementReason.JOB, "Har fået job",
                    MovementReason.VOLUNTEERING, "Stabilt frivilligt arbejde",
                    MovementReason.ABUSE_TREATMENT, "Er gået i misbrugsbehandling"));

    /** The answer to "has the young adult moved in a significantly positive direction?", yes first. */
    static final Map<String, String> SIGNIFICANT_POSITIVE =
            yesNo("Ja, den unge har bevæget sig markant i positiv retning", "Nej, ikke markant");

    static final Map<String, String> CONVERSATION_HELD =
            yesNo("Ja, samtalen blev holdt", "Nej, samtalen blev ikke holdt");

    /** How a course ended; "sigtet" (CHARGED) only on courses discharged before offences were recorded as events. */
    static final Map<AdultOutcome, String> ADULT_OUTCOMES = labels(
            AdultOutcome.class,
            Map.of(
                    AdultOutcome.COMPLETED, "Har gennemført forløbet",
                    AdultOutcome.MOVED_TO_EDUCATION, "Er gået i uddannelse",
                    AdultOutcome.MOVED_TO_EMPLOYMENT, "Er kommet i beskæftigelse",
                    AdultOutcome.DROPPED_OUT, "Er faldet fra",
                    AdultOutcome.CHARGED, "Sigtet under forløbet (tidligere udskrivningsresultat)"));

    private final ZoneId zone;
    private final LegalAges ages;

    private final dk.tvaers.process.LegalBasis legalBasis;

    WorkspaceLabels(ZoneId timeZone, LegalAges ages, dk.tvaers.process.LegalBasis legalBasis) {
        this.zone = timeZone;
        this.ages = ages;
        this.legalBasis = legalBasis;
    }

    /**
     * An investigation as the registration planned it, in Danish: whom it covers ("Fælles undersøgelse af Ida og Otto
     * (Barnets Lov §21, stk. 4)") and how far it goes ("Børnefaglig undersøgelse (Barnets Lov §20)" or "Afdækning
     * (Barnets Lov §19)"). Names come from the case's members; an anonymised member is "anonymiseret".
     */
    public String investigationCovers(
            dk.tvaers.family.CaseRecordView record, dk.tvaers.family.CaseRecordView.Investigation investigation) {
        List<String> names = investigation.memberIds().stream()
                .map(id -> record.members().stream()
                        .filter(m -> id.equals(m.id()))
                        .map(m -> m.name() == null ? "anonymiseret" : m.name())
                        .findFirst()
                        .orElse("anonymiseret"))
                .toList();
        String joined = names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " og " + names.get(names.size() - 1);
        return investigation.shared()
                ? "Fælles undersøgelse af " + joined + " (" + legalBasis.getSharedInvestigation() + ")"
                : "Undersøgelse af " + joined;
    }

    /** How far an investigation goes, with its legal-basis label. */
    public String investigationExtent(dk.tvaers.family.CaseRecordView.Investigation investigation) {
        return investigation.extent() == dk.tvaers.family.InvestigationPlan.Extent.CLARIFICATION
                ? "Afdækning (" + legalBasis.getClarification() + ")"
                : "Børnefaglig undersøgelse (" + legalBasis.getChildInvestigation() + ")";
    }

    /** The age from which a young person consents herself (tvaers.ages.own-consent). */
    public int ownConsentAge() {
        return ages.ownConsent();
    }

    /** The age from which a child is a party to its case (tvaers.ages.party-rights). */
    public int partyRightsAge() {
        return ages.partyRights();
    }

    public Map<ConversationOccasion, String> occasions() {
        return OCCASIONS;
    }

    public String urgentSupport(dk.tvaers.family.UrgentSupportDecisions.Support support) {
        return URGENT_SUPPORTS.get(support);
    }

    public String occasion(ConversationOccasion occasion) {
        return occasion == null ? "" : OCCASIONS.get(occasion);
    }

    public String decisionStatus(DecisionStatus status) {
        return status == null ? "" : DECISION_STATUSES.get(status);
    }

    public String hearingStatus(HearingStatus status) {
        return status == null ? "" : HEARING_STATUSES.get(status);
    }

    public String role(MemberRole role) {
        return role == null ? "" : ROLES.get(role);
    }

    public String kind(JournalKind kind) {
        return kind == null ? "" : KINDS.get(kind);
    }

    public String goalStatus(GoalStatus status) {
        return status == null ? "" : GOAL_STATUSES.get(status);
    }

    public String domain(ScreeningDomain domain) {
        return domain == null ? "" : DOMAINS.get(domain);
    }

    public String phase(CasePhase phase) {
        return phase == null ? "" : DisplayNames.casePhase(phase.name());
    }

    public String source(ReferralSource source) {
        return source == null ? "" : DisplayNames.of(source.name()).orElse(source.name());
    }

    public String closeReason(CloseReason reason) {
        return reason == null ? "" : CLOSE_REASONS.get(reason);
    }

    public String status(CaseStatus status) {
        if (status == null) {
            return "";
        }
        return status == CaseStatus.CLOSED ? "Afsluttet" : "Kører";
    }

    public String administration(String id) {
        return id == null ? "" : ADMINISTRATIONS.getOrDefault(id, id);
    }

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(zone));
    }

    public Map<MemberRole, String> roles() {
        return ROLES;
    }

    public Map<JournalKind, String> kinds() {
        return KINDS;
    }

    public Map<GoalStatus, String> goalStatuses() {
        return GOAL_STATUSES;
    }

    public Map<ScreeningDomain, String> domains() {
        return DOMAINS;
    }

    public Map<Integer, String> scale() {
        return SCALE;
    }

    /** The WHO-5 statements, in order. */
    public List<String> who5Items() {
        return dk.tvaers.family.Who5.ITEMS;
    }

    /** The WHO-5 answers as a choice: 0 to 5, each with its words. */
    public Map<Integer, String> who5Scale() {
        Map<Integer, String> scale = new LinkedHashMap<>();
        List<String> answers = dk.tvaers.family.Who5.ANSWERS;
        for (int i = 0; i < answers.size(); i++) {
            scale.put(i, i + " – " + answers.get(i));
        }
        return scale;
    }

    /** Whether a conversation with the child was held. */
    public Map<String, String> conversationHeld() {
        return CONVERSATION_HELD;
    }

    public Map<Integer, String> sspLevels() {
        return new java.util.TreeMap<>(SSP_LEVELS);
    }

    public Map<OffenceKind, String> offenceKinds() {
        return OFFENCE_KINDS;
    }

    public String offenceKind(OffenceKind kind) {
        return kind == null ? "" : OFFENCE_KINDS.get(kind);
    }

    /** The kind in a table: "Tiltalt" or "Sigtet". */
    public String offenceKindShort(OffenceKind kind) {
        return kind == null ? "" : kind == OffenceKind.PROSECUTED ? "Tiltalt" : "Sigtet";
    }

    public Map<MovementReason, String> movementReasons() {
        return MOVEMENT_REASONS;
    }

    public String movementReason(MovementReason reason) {
        return reason == null ? "" : MOVEMENT_REASONS.get(reason);
    }

    public Map<String, String> significantPositive() {
        return SIGNIFICANT_POSITIVE;
    }

    public String adultPhase(AdultPhase phase) {
        return phase == null ? "" : DisplayNames.of(phase.name()).orElse(phase.name());
    }

    public String adultOutcome(AdultOutcome outcome) {
        return outcome == null ? "" : ADULT_OUTCOMES.get(outcome);
    }

    public String dateTime(java.time.Instant time) {
        return time == null ? "" : DATE_TIME.format(time.atZone(zone));
    }

    public Map<EndReason, String> endReasons() {
        return END_REASONS;
    }

    public Map<String, String> administrations() {
        return ADMINISTRATIONS;
    }

    private static Map<String, String> administrationsOf() {
        Map<String, String> names = new LinkedHashMap<>();
        Groups.ADMINISTRATIONS.forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    private static Map<String, String> yesNo(String yes, String no) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("true", yes);
        answers.put("false", no);
        return java.util.Collections.unmodifiableMap(answers);
    }

    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, Map<E, String> names) {
        Map<E, String> ordered = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            if (!names.containsKey(value)) {
                throw new IllegalStateException("No Danish name for " + value);
            }
            ordered.put(value, names.get(value));
        }
        return ordered;
    }

    /** Every value of the type by the board's Danish name for it (one vocabulary for board, workspace and "Sag" tab). */
    private static <E extends Enum<E>> Map<E, String> fromBoard(Class<E> type) {
        Map<E, String> names = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            names.put(
                    value,
                    DisplayNames.of(value.name())
                            .orElseThrow(() -> new IllegalStateException("No Danish name for " + value)));
        }
        return names;
    }
}
