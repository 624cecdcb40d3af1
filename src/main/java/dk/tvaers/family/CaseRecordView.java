package dk.tvaers.family;

import dk.tvaers.kernel.CaseStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A case with its record as the API shows it. CPR numbers appear only masked (ddmmåå-xxxx). */
public record CaseRecordView(
        String caseNumber,
        String district,
        CaseStatus status,
        CasePhase phase,
        String coordinator,
        OffsetDateTime createdAt,
        @Schema(description = "Forløbet: faserne med startdato, og hvordan sagen blev afsluttet") Course course,
        Referral referral,
        List<Member> members,
        @Schema(description = "Familiehandleplanen; null indtil den er aftalt") Plan plan,
        @Schema(description = "Den seneste screening af hvert medlem") List<Screening> latestScreenings,
        List<Journal> journal,
        @Schema(description = "Samtaler med børnene, eller hvorfor de ikke blev holdt")
                List<Conversation> conversations,
        @Schema(description = "Barnets egne ønsker til handleplanen; null indtil de er registreret") String childWishes,
        @Schema(description = "Afgørelser om støtte med partshøringens svar") List<Decision> decisions,
        @Schema(
                        description =
                                "Hvordan børnene undersøges, som koordinatoren valgte ved registreringen: én undersøgelse"
                                        + " pr. gruppe af børn (fælles for søskende eller én pr. barn), fuld"
                                        + " børnefaglig undersøgelse eller afdækning med begrundelse; tom før valget")
                List<Investigation> investigations) {

    /**
     * One investigation as the registration planned it.
     *
     * @param memberIds the children it covers, the lead child first
     * @param shared whether siblings share it (Barnets Lov §21, stk. 4)
     * @param extent FULL (child investigation, §20) or CLARIFICATION (afdækning, §19)
     * @param extentReason why the lighter afdækning suffices (only for CLARIFICATION)
     */
    public record Investigation(
            List<Long> memberIds,
            boolean shared,
            InvestigationPlan.Extent extent,
            String extentReason,
            String decidedBy,
            LocalDate decidedOn) {}

    public record Course(
            OffsetDateTime phaseStartedAt,
            List<PhaseStart> phases,
            OffsetDateTime closedAt,
            CloseReason closeReason,
            @Schema(description = "Resultatet ved afslutning, eller årsagen til en afslutning før tid")
                    String outcome) {}

    public record PhaseStart(CasePhase phase, OffsetDateTime startedAt) {}

    public record Referral(
            ReferralSource source,
            String concern,
            Integer sspCategory,
            LocalDate awarenessDate,
            OffsetDateTime registeredAt,
            String registeredBy) {}

    /** A member; name, CPR number, date of birth, age and contacts are null once the case is anonymised. */
    public record Member(
            Long id,
            String name,
            @Schema(description = "CPR-nummer, maskeret", example = "010190-xxxx") String cpr,
            LocalDate dateOfBirth,
            Integer age,
            MemberRole role,
            String contacts) {}

    public record Plan(LocalDate agreedOn, List<Goal> goals, List<Consent> consents) {}

    public record Goal(Long id, Long memberId, String administration, String description, GoalStatus status) {}

    public record Consent(Long memberId, LocalDate consentedOn) {}

    /**
     * One member's screening on a day: a score per domain, 1 = very large need, 5 = no need (higher is better); for a
     * child the WHO-5 index 0-100 (higher is better), else null.
     */
    public record Screening(Long memberId, LocalDate screenedOn, Map<ScreeningDomain, Integer> scores, Integer who5) {

        public Screening(Long memberId, LocalDate screenedOn, Map<ScreeningDomain, Integer> scores) {
            this(memberId, screenedOn, scores, null);
        }
    }

    public record Journal(
            Long id,
            JournalKind kind,
            String author,
            String authorRole,
            LocalDate entryDate,
            String text,
            String attendance) {}

    /** A conversation with a child, or why it was not held. */
    public record Conversation(
            Long id,
            Long memberId,
            ConversationOccasion occasion,
            boolean held,
            LocalDate heldOn,
            String present,
            String childViews,
            String parentViews,
            String notHeldReason,
            String recordedBy,
            OffsetDateTime recordedAt) {}

    /** A decision on support: the draft or final text, the hearing and whether the letter is stored. */
    public record Decision(
            Long id,
            DecisionStatus status,
            String decisionText,
            String reasons,
            String legalBasis,
            String appealGuidance,
            String draftedBy,
            LocalDate hearingFrom,
            LocalDate hearingDeadline,
            List<Hearing> hearings,
            String decidedBy,
            LocalDate decidedOn,
            @Schema(description = "Afgørelsesbrevet (PDF) er gemt i sagen") boolean letterStored) {}

    /** A party's hearing on a decision. */
    public record Hearing(
            Long memberId, HearingStatus status, String answer, LocalDate answeredOn, String registeredBy) {}
}
