package dk.tvaers.kernel;

import java.util.List;
import java.util.stream.Stream;

/** The Camunda groups Tværs routes work to: four administrations and the roles across them. */
public final class Groups {

    public static final String SOF = "sof";
    public static final String BUF = "buf";
    public static final String BIF = "bif";
    public static final String KFF = "kff";

    public static final String COORDINATOR = "coordinator";
    public static final String TEAM_CHIEF = "team-chief";
    public static final String MENTOR = "mentor";
    public static final String TEAM_LEAD = "team-lead";
    public static final String STEERING_GROUP = "steering-group";
    public static final String PROCESS_DESIGNER = "process-designer";
    /**
     * The prison and probation service (Kriminalforsorgen): an outside partner of the adult path (Ishøj: "eksterne
     * samarbejdspartnere såsom Kriminalforsorgen ifbm. fodlænkeordninger"), which commits to its part of the plan.
     */
    public static final String PRISON_PROBATION = "prison-probation";
    /** The data protection officer: reads the access log, answers requests for access (aktindsigt). */
    public static final String DPO = "dpo";

    /** Camunda's built-in administrator group. */
    public static final String ADMIN = "camunda-admin";

    public static final String TYPE_ADMINISTRATION = "administration";
    public static final String TYPE_ROLE = "role";
    public static final String TYPE_PARTNER = "partner";

    /** A group with its Danish display name and its type. */
    public record Definition(String id, String name, String type) {}

    public static final List<Definition> ADMINISTRATIONS = List.of(
            new Definition(SOF, "Socialforvaltningen (SOF)", TYPE_ADMINISTRATION),
            new Definition(BUF, "Børne- og Ungdomsforvaltningen (BUF)", TYPE_ADMINISTRATION),
            new Definition(BIF, "Beskæftigelses- og Integrationsforvaltningen (BIF)", TYPE_ADMINISTRATION),
            new Definition(KFF, "Kultur- og Fritidsforvaltningen (KFF)", TYPE_ADMINISTRATION));

    public static final List<Definition> ROLES = List.of(
            new Definition(COORDINATOR, "Koordinator", TYPE_ROLE),
            new Definition(TEAM_CHIEF, "Teamchef", TYPE_ROLE),
            new Definition(MENTOR, "Mentor", TYPE_ROLE),
            new Definition(TEAM_LEAD, "Teamleder", TYPE_ROLE),
            new Definition(STEERING_GROUP, "Styregruppe", TYPE_ROLE),
            new Definition(PROCESS_DESIGNER, "Procesdesigner", TYPE_ROLE),
            new Definition(DPO, "Databeskyttelsesrådgiver", TYPE_ROLE));

    /** Outside partners who get tasks of their own. */
    public static final List<Definition> PARTNERS =
            List.of(new Definition(PRISON_PROBATION, "Kriminalforsorgen", TYPE_PARTNER));

    public static List<Definition> all() {
        return Stream.of(ADMINISTRATIONS, ROLES, PARTNERS).flatMap(List::stream).toList();
    }

    private Groups() {}
}
