package dk.tvaers.board;

import dk.tvaers.kernel.Groups;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Danish names users see for the ids the API speaks: groups (from {@link Groups}), case and adult phases, plan
 * goal statuses, member roles, referral sources and journal kinds, and the Danish date format (d.M.yyyy). The board's
 * pages read them from /api/board/names, the PDF and the CSV from here, so each name is written once.
 */
public final class DisplayNames {

    /** Danish dates as users write them: 12.3.2027. */
    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d.M.yyyy", Locale.forLanguageTag("da-DK"));

    static final Map<String, String> CASE_PHASES = ordered(
            "REFERRAL", "Henvisning",
            "INVESTIGATION", "Undersøgelse",
            "VISITATION", "Visitation",
            "QUEUED", "I kø",
            "PLANNING", "Handleplan",
            "INTENSIVE", "Intensiv fase",
            "PHASE_OUT", "Udfasning",
            "AFTERCARE", "Efterforløb",
            "CLOSED", "Afsluttet");

    static final Map<String, String> ADULT_PHASES = ordered(
            "KLAR", "Klar",
            "PARAT", "Parat",
            "START", "Start",
            "DISCHARGED", "Udskrevet",
            "NOT_VISITED", "Ikke visiteret");

    static final Map<String, String> GOAL_STATUSES = ordered(
            "PLANNED", "Planlagt",
            "IN_PROGRESS", "I gang",
            "ACHIEVED", "Nået",
            "DROPPED", "Opgivet");

    static final Map<String, String> MEMBER_ROLES = ordered(
            "PARENT", "Forælder",
            "GUARDIAN", "Værge",
            "CHILD", "Barn",
            "YOUNG_ADULT", "Ung");

    static final Map<String, String> REFERRAL_SOURCES = ordered(
            "SSP", "SSP",
            "POLICE", "Politiet",
            "SCHOOL", "Skolen",
            "HOUSING_SOCIAL_PLAN", "Boligsocial helhedsplan",
            "CASEWORKER", "Sagsbehandler",
            "SELF", "Familien selv");

    static final Map<String, String> JOURNAL_KINDS = ordered("NOTE", "Notat", "MEETING_MINUTES", "Mødereferat");

    /** Group id to display name; administrations by their short name (SOF), with the full name in {@link #GROUP_TITLES}. */
    static final Map<String, String> GROUPS = Groups.all().stream()
            .collect(Collectors.toMap(
                    Groups.Definition::id,
                    d -> Groups.TYPE_ADMINISTRATION.equals(d.type()) ? d.id().toUpperCase(Locale.ROOT) : d.name(),
                    (a, b) -> a,
                    LinkedHashMap::new));

    /** Group id to its full name: "Socialforvaltningen (SOF)", "Koordinator". */
    static final Map<String, String> GROUP_TITLES = Groups.all().stream()
            .collect(Collectors.toMap(Groups.Definition::id, Groups.Definition::name, (a, b) -> a, LinkedHashMap::new));

    private DisplayNames() {}

    public static String casePhase(String phase) {
        return CASE_PHASES.getOrDefault(phase, phase);
    }

    public static String group(String id) {
        return GROUPS.getOrDefault(id, id);
    }

    public static String groupTitle(String id) {
        return GROUP_TITLES.getOrDefault(id, id);
    }

    public static String memberRole(String role) {
        return MEMBER_ROLES.getOrDefault(role, role);
    }

    /**
     * The Danish name of a value of the case record (a phase of either course, a goal status, a member role, a referral
     * source, a journal kind), if this class names it; the workspace and the "Sag" tab use the same words.
     */
    public static java.util.Optional<String> of(String value) {
        for (Map<String, String> names :
                List.of(CASE_PHASES, ADULT_PHASES, GOAL_STATUSES, MEMBER_ROLES, REFERRAL_SOURCES, JOURNAL_KINDS)) {
            if (names.containsKey(value)) {
                return java.util.Optional.of(names.get(value));
            }
        }
        return java.util.Optional.empty();
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Everything the pages need, for /api/board/names. */
    static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put("groups", GROUPS);
        all.put("groupTitles", GROUP_TITLES);
        all.put("casePhases", CASE_PHASES);
        all.put("adultPhases", ADULT_PHASES);
        all.put("goalStatuses", GOAL_STATUSES);
        all.put("memberRoles", MEMBER_ROLES);
        all.put("referralSources", REFERRAL_SOURCES);
        all.put("journalKinds", JOURNAL_KINDS);
        return all;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
