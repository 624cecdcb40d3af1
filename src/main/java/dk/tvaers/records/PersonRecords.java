package dk.tvaers.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything Tværs holds on one person, for a request for access (aktindsigt): her family cases and adult courses,
 * with their phases, referral, plan goals, consents and screenings about her, the journals and the tasks worked.
 * Other persons' names and CPR numbers are redacted.
 */
public record PersonRecords(
        OffsetDateTime generatedAt,
        String generatedBy,
        Person person,
        List<FamilyCase> familyCases,
        List<AdultCourse> adultCourses,
        List<ReportOfConcern> reportsOfConcern,
        String redaction) {

    public record Person(String name, String cpr, LocalDate dateOfBirth) {}

    /** A report of concern about the person (an underretning): the content with other persons redacted. */
    public record ReportOfConcern(
            String reportNumber,
            OffsetDateTime receivedAt,
            String reporter,
            String content,
            String outcome,
            OffsetDateTime assessedAt,
            OffsetDateTime receiptSentAt,
            String familyCaseNumber) {}

    public record FamilyCase(
            String caseNumber,
            String district,
            String role,
            String status,
            String phase,
            OffsetDateTime openedAt,
            OffsetDateTime closedAt,
            String closeReason,
            String outcome,
            Referral referral,
            List<OtherMember> otherMembers,
            List<Phase> phases,
            List<Goal> goals,
            List<LocalDate> consents,
            List<Screening> screenings,
            List<Who5> who5,
            List<SspConcern> sspConcerns,
            List<Visitation> visitations,
            List<PlanVersion> planVersions,
            List<UrgentSupportDecision> urgentSupportDecisions,
            List<Journal> journal,
            List<Task> tasks) {}

    /**
     * The team chief's decision on support while the child investigation ran (urgent support): the support (FAMILY_
     * TREATMENT, MENTOR, OTHER) and what it is, the reasons, the legal basis and appeal guidance as they stood, who
     * decided and when, and the text of the letter sent to the parties; other persons redacted in every text.
     */
    public record UrgentSupportDecision(
            OffsetDateTime decidedAt,
            String decidedBy,
            String support,
            String description,
            String reasons,
            String legalBasis,
            String appealGuidance,
            String letter) {}

    public record Referral(String source, String concern, Integer sspCategory, LocalDate awarenessDate) {}

    /** Another member of the family: only her role. */
    public record OtherMember(String role, String name) {}

    public record Phase(String phase, OffsetDateTime startedAt) {}

    public record Goal(String administration, String description, String status) {}

    /**
     * A screening score about the person (1-5, higher is better); atIntake when screened before the visitation was
     * decided (the screening at intake that the visitation builds on).
     */
    public record Screening(LocalDate screenedOn, String domain, int score, boolean atIntake) {}

    /** The person's WHO-5 answers (0-5 each) on a day and the index 0-100 they give (higher is better). */
    public record Who5(LocalDate screenedOn, List<Integer> answers, int index) {}

    /** The SSP concern about the person on a day: SSP category 1-4, lower is better. */
    public record SspConcern(LocalDate assessedOn, int level, String recordedBy) {}

    /** The family's visitation: burden grade, recommendation with its reasons, and the team chief's decision. */
    public record Visitation(
            OffsetDateTime assessedAt,
            Integer sspCategory,
            int problemCount,
            int burdenGrade,
            String recommendation,
            String reasons,
            String decision,
            String decidedBy,
            OffsetDateTime decidedAt) {}

    /** A version of the family's plan with the person's goals in it; goals null when the version kept none. */
    public record PlanVersion(
            int version, LocalDate agreedOn, String savedBy, OffsetDateTime savedAt, List<Goal> goals) {}

    /** An offence while enrolled in the adult course: charged (sigtet) or prosecuted (tiltalt). */
    public record Offence(LocalDate occurredOn, String kind, String recordedBy) {}

    /** An involved professional's assessment of the course. */
    public record Assessment(
            String professional, boolean significantPositive, String movementReason, LocalDate assessedOn) {}

    public record Journal(LocalDate date, String kind, String author, String text, String attendance) {}

    public record Task(
            String name,
            List<String> groups,
            String assignee,
            OffsetDateTime created,
            OffsetDateTime due,
            OffsetDateTime completed,
            String state) {}

    public record AdultCourse(
            String courseNumber,
            String referralSource,
            String district,
            String status,
            String phase,
            String mentor,
            OffsetDateTime startedAt,
            LocalDate dischargedOn,
            String outcome,
            String movementReason,
            List<Phase> phases,
            OffsetDateTime enrolledAt,
            OffsetDateTime droppedOutAt,
            List<Offence> offences,
            List<Assessment> assessments,
            List<Task> tasks) {}
}
