package dk.tvaers.workspace;

import dk.tvaers.board.DisplayNames;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Danish words for the case record's values, as the "Sag" tab shows them. */
final class TaskContextLabels {

    /** Danish short date, e.g. 12.3.2027. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** Words only the "Sag" tab needs; the case record's own values are the board's {@link DisplayNames}. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            // referral sources of an adult course
            Map.entry("FAMILY_CASE", "Familiesag"),
            Map.entry("JOBCENTER", "Jobcentret"),
            Map.entry("POLICE_SSP", "Politi eller SSP"),
            Map.entry("PRISON_PROBATION", "Kriminalforsorgen"),
            // screening domains
            Map.entry("SCHOOL_EDUCATION", "Skole og uddannelse"),
            Map.entry("EMPLOYMENT", "Beskæftigelse"),
            Map.entry("HEALTH", "Fysisk helbred"),
            Map.entry("MENTAL_HEALTH", "Psykisk helbred"),
            Map.entry("SUBSTANCE_ABUSE", "Misbrug"),
            Map.entry("HOUSING", "Bolig"),
            Map.entry("ECONOMY_DEBT", "Økonomi og gæld"),
            Map.entry("PARENTING_CAPACITY", "Forældreevne"),
            Map.entry("FAMILY_RELATIONS", "Familie"),
            Map.entry("LEISURE_NETWORK", "Fritid og netværk"),
            Map.entry("SOCIETAL_PARTICIPATION", "Evne til at agere i samfundet"),
            Map.entry("MEASURES", "Omfang af foranstaltninger"),
            Map.entry("CRIME_RISK", "Kriminalitet og kriminelt netværk"),
            Map.entry("NETWORK_CRIME", "Netværkets kriminalitet"),
            // the visitation recommendation (bpmn/visitation.dmn)
            Map.entry("TARGET_GROUP", "Målgruppen: visitér"),
            Map.entry("VISITED", "Visiteret"),
            Map.entry("CONSIDER", "Overvej visitation"),
            Map.entry("NOT_TARGET_GROUP", "Ikke målgruppen"),
            // investigation conclusions (forms/child-investigation.form)
            Map.entry("SUPPORT_NEEDED", "Barnet har behov for støtte"),
            Map.entry("NO_SUPPORT_NEEDED", "Barnet har ikke behov for støtte"));

    private TaskContextLabels() {}

    /** The Danish word for an enum value; the value itself when there is none. */
    static String word(Object value) {
        if (value == null) {
            return null;
        }
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        return DisplayNames.of(name).orElseGet(() -> WORDS.getOrDefault(name, name));
    }

    /** A group's display name, e.g. "Socialforvaltningen (SOF)"; the id when it is not one of Tværs's. */
    static String group(String id) {
        return DisplayNames.groupTitle(id);
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** The first of a person's names; null for an anonymised member. */
    static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.trim().split("\\s+")[0];
    }
}
