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
            List<Journal> journal,
            List<Task> tasks) {}

    public record Referral(String source, String concern, Integer sspCategory, LocalDate awarenessDate) {}

    /** Another member of the family: only her role. */
    public record OtherMember(String role, String name) {}

    public record Phase(String phase, OffsetDateTime startedAt) {}

    public record Goal(String administration, String description, String status) {}

    public record Screening(LocalDate screenedOn, String domain, int score) {}

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
            List<Task> tasks) {}
}
