package dk.tvaers.workspace;

import dk.tvaers.kernel.Groups;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** Danish words for the case record's values, as the "Sag" tab shows them. */
final class TaskContextLabels {

    /** Danish short date, e.g. 12.3.2027. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private static final Map<String, String> GROUPS =
            Groups.all().stream().collect(Collectors.toMap(Groups.Definition::id, Groups.Definition::name));

    private static final Map<String, String> WORDS = Map.ofEntries(
            // members
            Map.entry("PARENT", "Forælder"),
            Map.entry("GUARDIAN", "Værge"),
            Map.entry("CHILD", "Barn"),
            Map.entry("YOUNG_ADULT", "Ung voksen"),
            // phases of a family case
            Map.entry("REFERRAL", "Henvisning"),
            Map.entry("INVESTIGATION", "Undersøgelse"),
            Map.entry("VISITATION", "Visitation"),
            Map.entry("QUEUED", "Venteliste"),
            Map.entry("PLANNING", "Planlægning"),
            Map.entry("INTENSIVE", "Intensiv fase"),
            Map.entry("PHASE_OUT", "Udfasning"),
            Map.entry("AFTERCARE", "Efterværn"),
            Map.entry("CLOSED", "Afsluttet"),
            // phases of an adult course
            Map.entry("KLAR", "Klar"),
            Map.entry("PARAT", "Parat"),
            Map.entry("START", "Start"),
            Map.entry("DISCHARGED", "Udskrevet"),
            Map.entry("NOT_VISITED", "Ikke visiteret"),
            // goals
            Map.entry("PLANNED", "Planlagt"),
            Map.entry("IN_PROGRESS", "I gang"),
            Map.entry("ACHIEVED", "Nået"),
            Map.entry("DROPPED", "Opgivet"),
            // journal
            Map.entry("NOTE", "Journalnotat"),
            Map.entry("MEETING_MINUTES", "Mødereferat"),
            // referral sources
            Map.entry("SSP", "SSP"),
            Map.entry("POLICE", "Politiet"),
            Map.entry("SCHOOL", "Skolen"),
            Map.entry("HOUSING_SOCIAL_PLAN", "Boligsocial helhedsplan"),
            Map.entry("CASEWORKER", "Sagsbehandler"),
            Map.entry("SELF", "Familien selv"),
            Map.entry("FAMILY_CASE", "Familiesag"),
            Map.entry("JOBCENTER", "Jobcentret"),
            Map.entry("POLICE_SSP", "Politi eller SSP"),
            Map.entry("PRISON_PROBATION", "Kriminalforsorgen"),
            // screening domains
            Map.entry("SCHOOL_EDUCATION", "Skole og uddannelse"),
            Map.entry("EMPLOYMENT", "Beskæftigelse"),
            Map.entry("HEALTH", "Sundhed"),
            Map.entry("FAMILY_RELATIONS", "Familierelationer"),
            Map.entry("LEISURE_NETWORK", "Fritid og netværk"),
            Map.entry("CRIME_RISK", "Kriminalitet og risiko"),
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
        return WORDS.getOrDefault(name, name);
    }

    /** A group's display name, e.g. "Socialforvaltningen (SOF)"; the id when it is not one of Tværs's. */
    static String group(String id) {
        return GROUPS.getOrDefault(id, id);
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
