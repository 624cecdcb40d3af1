package dk.tvaers.workspace;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A task's case as Tasklist's "Sag" tab shows it: Danish labels and dates (d.M.yyyy) ready to show, no CPR numbers.
 * Read from the case record under need-to-know, never from process variables.
 */
public record TaskContext(
        String taskId,
        String taskName,
        @Schema(description = "FAMILY_CASE (familiesag) eller ADULT_COURSE (Klar/Parat/Start-forløb)") String kind,
        @Schema(description = "Sagens eller forløbets nummer") String caseNumber,
        String district,
        @Schema(description = "Fasen, på dansk") String phase,
        @Schema(description = "Den person opgaven handler om (barnet, den unge); null for en opgave om hele familien")
                Person person,
        List<Member> members,
        Referral referral,
        @Schema(description = "Frister som datoer med navn, fx \"Lovens frist: 12.3.2027\"") List<Deadline> deadlines,
        @Schema(description = "Hvad beslutningen kræver (visitation, overgang ved 18 år, udskrivning); ellers null")
                Decision decision,
        @Schema(description = "Familiehandleplanen; null indtil den er aftalt") Plan plan,
        List<Screening> screenings,
        @Schema(description = "Journalen, nyeste først (højst 10)") List<JournalNote> journal,
        @Schema(description = "Sagens åbne opgaver på tværs af forvaltninger") List<OpenTask> openTasks,
        @Schema(description = "Sagens arbejdsrum") String workspaceUrl,
        @Schema(
                        description =
                                "Hvordan børnene undersøges (fælles for søskende eller én pr. barn; fuld undersøgelse"
                                        + " eller afdækning med begrundelse), som koordinatoren valgte ved"
                                        + " registreringen; tom før valget og for Klar/Parat/Start")
                List<String> investigations,
        @Schema(
                        description = "For en underretnings opgaver: underretningerne om barnet og søskende, nyeste"
                                + " først; ellers tom")
                List<Report> reports) {

    /** A report of concern on the child or a sibling. */
    public record Report(
            String reportNumber,
            String received,
            String child,
            boolean sibling,
            String reporter,
            String outcome,
            boolean thisReport) {}

    public record Person(String firstName, Integer age, String role) {}

    public record Member(String name, String role, Integer age) {}

    public record Referral(String source, String concern, Integer sspCategory, String awarenessDate) {}

    public record Deadline(String label, LocalDate date, String text) {}

    public record Decision(String heading, List<Fact> facts) {}

    public record Fact(String label, String text) {}

    public record Plan(String agreedOn, List<Goal> goals, List<Consent> consents) {}

    public record Goal(String member, String administration, String description, String status) {}

    public record Consent(String member, String consentedOn) {}

    public record Screening(String member, String screenedOn, List<Score> scores) {}

    public record Score(String domain, int score) {}

    public record JournalNote(String date, String kind, String author, String text, String attendance) {}

    public record OpenTask(String name, List<String> groups, String due, boolean overdue, boolean thisTask) {}
}
