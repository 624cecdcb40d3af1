package dk.tvaers.process;

import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.MemberRole;
import dk.tvaers.family.ScreeningHistory;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Gives the coordinator's decision on the course (extend, phase out, close) the re-screening against the screening at
 * intake, as its form shows it (plain text in a read-only field) ({@link FamilyInterventionProcess#SCREENING_COMPARISON}, local to the task): for each
 * screened member, by role and number and never by name, each domain's first and latest score on the five-step scale
 * (1 = large need, 5 = no need: higher is better) and the direction.
 */
@Component(ProgressComparisonListener.BEAN)
class ProgressComparisonListener implements TaskListener {

    static final String BEAN = "progressComparisonListener";

    private static final Map<String, String> DOMAINS = Map.of(
            "SCHOOL_EDUCATION", "Skole og uddannelse",
            "EMPLOYMENT", "Beskæftigelse",
            "HEALTH", "Helbred",
            "FAMILY_RELATIONS", "Familierelationer",
            "LEISURE_NETWORK", "Fritid og netværk",
            "CRIME_RISK", "Kriminalitetsrisiko");

    private static final Map<MemberRole, String> ROLES = new EnumMap<>(Map.of(
            MemberRole.PARENT, "Forælder",
            MemberRole.GUARDIAN, "Værge",
            MemberRole.CHILD, "Barn",
            MemberRole.YOUNG_ADULT, "Ung voksen"));

    private final Function<String, String> comparison;

    @Autowired
    ProgressComparisonListener(CaseRecordService record) {
        this(caseNumber -> {
            Map<Long, MemberRole> roles = new LinkedHashMap<>();
            record.view(caseNumber).members().forEach(m -> roles.put(m.id(), m.role()));
            return compare(record.screeningHistory(caseNumber), roles);
        });
    }

    ProgressComparisonListener(Function<String, String> comparison) {
        this.comparison = comparison;
    }

    @Override
    public void notify(DelegateTask task) {
        FamilyInterventionProcess.SCREENING_COMPARISON.setLocal(
                task, comparison.apply(FamilyInterventionProcess.CASE_NUMBER.from(task)));
    }

    /** The comparison as the form shows it: a line per domain. */
    static String compare(ScreeningHistory history, Map<Long, MemberRole> roles) {
        StringBuilder text = new StringBuilder();
        Map<MemberRole, Integer> numbers = new EnumMap<>(MemberRole.class);
        for (ScreeningHistory.MemberScreenings member : history.members()) {
            List<CaseRecordView.Screening> screenings = member.screenings();
            MemberRole role = roles.get(member.memberId());
            int number = numbers.merge(role == null ? MemberRole.CHILD : role, 1, Integer::sum);
            String who = (role == null ? "Medlem" : ROLES.get(role)) + " " + number;
            CaseRecordView.Screening intake = screenings.get(0);
            CaseRecordView.Screening latest = screenings.get(screenings.size() - 1);
            text.append(who)
                    .append(" (indskrivning ")
                    .append(intake.screenedOn())
                    .append(", genscreening ");
            if (screenings.size() < 2) {
                text.append("mangler)\n\n");
                continue;
            }
            text.append(latest.screenedOn()).append(")\n\n");
            intake.scores().forEach((domain, first) -> {
                Integer now = latest.scores().get(domain);
                text.append("- ")
                        .append(DOMAINS.getOrDefault(domain.name(), domain.name()))
                        .append(": ")
                        .append(first)
                        .append(" → ")
                        .append(now == null ? "ikke screenet" : now)
                        .append(now == null ? "" : direction(first, now))
                        .append('\n');
            });
            text.append('\n');
        }
        if (text.isEmpty()) {
            return "Ingen screeninger registreret i sagen endnu.";
        }
        return text.toString().strip();
    }

    private static String direction(int first, int now) {
        return now > first ? " (bedre)" : now < first ? " (værre)" : " (uændret)";
    }
}
