package dk.tvaers.kernel;

import static dk.tvaers.kernel.Groups.ADMIN;
import static dk.tvaers.kernel.Groups.COORDINATOR;
import static dk.tvaers.kernel.Groups.DPO;
import static dk.tvaers.kernel.Groups.STEERING_GROUP;
import static dk.tvaers.kernel.Groups.TEAM_CHIEF;
import static dk.tvaers.kernel.Groups.TEAM_LEAD;

import java.util.Collection;
import java.util.Set;

/**
 * Who may do what in Tværs's own API: each role set once, with a named check over a user's group ids (a user holds
 * the rights of any of her groups). The rules and their reasons are the tables in docs/authorization.md, which
 * AuthorizationMatrixTest executes; the engine's own grants are in security/GroupAuthorizations.
 *
 * <p>Two sets "see everything", on purpose: {@link #opensEveryCase} (team leads and administrators) opens every case
 * record, names and all, without need-to-know; {@link #seesEveryBoardRow} adds the steering group, which sees every
 * running case on the operations board but as figures only ({@link #seesBoardFiguresOnly}), never a record.
 */
public final class Roles {

    /** Team leads watch all running families; administrators run the system. */
    private static final Set<String> OPEN_EVERY_CASE = Set.of(TEAM_LEAD, ADMIN);

    /** Those who open every case, and the steering group, which sees figures without names. */
    private static final Set<String> SEE_EVERY_BOARD_ROW = Set.of(TEAM_LEAD, STEERING_GROUP, ADMIN);

    /**
     * The outcome reports, figures without names: team leads, the steering group, administrators, and coordinators,
     * who write the quarterly progress report from them.
     */
    private static final Set<String> READ_REPORTS = Set.of(TEAM_LEAD, STEERING_GROUP, COORDINATOR, ADMIN);

    /** Ending a family's case before its course is over. */
    private static final Set<String> END_CASES = Set.of(COORDINATOR, TEAM_CHIEF, TEAM_LEAD);

    /**
     * Asking the team chief for urgent support while the child investigations run: the SOF caseworkers who
     * investigate, the coordinator, the team chief and the team lead (each still needs the case itself: need-to-know).
     */
    private static final Set<String> REQUEST_URGENT_SUPPORT = Set.of(Groups.SOF, COORDINATOR, TEAM_CHIEF, TEAM_LEAD);

    /** Calling a new family meeting during the course (issue 15). */
    private static final Set<String> CALL_FAMILY_MEETING = Set.of(COORDINATOR, TEAM_LEAD);

    /** Running the system: the manual retention run, the deployment log. */
    private static final Set<String> ADMINISTER = Set.of(ADMIN);

    /** Offences while enrolled: the coordinator, the team lead and the prison and probation service. */
    private static final Set<String> RECORD_OFFENCES = Set.of(COORDINATOR, TEAM_LEAD, Groups.PRISON_PROBATION);

    /** Drop-outs as they happen: the coordinator, the mentor and the team lead. */
    private static final Set<String> RECORD_DROP_OUT = Set.of(COORDINATOR, Groups.MENTOR, TEAM_LEAD);

    /** Receive and assess reports of concern: social services (SOF), its team chiefs and team leads. */
    private static final Set<String> RECEIVE_CONCERNS = Set.of(Groups.SOF, TEAM_CHIEF, TEAM_LEAD);

    /**
     * Auditing who looked: the access log and the records export, for the data protection officer alone (not even
     * the administrator, so that the log stays with the one who audits it).
     */
    private static final Set<String> AUDIT = Set.of(DPO);

    private Roles() {}

    /** Opens every case record, whoever worked on it. */
    public static boolean opensEveryCase(Collection<String> groups) {
        return any(groups, OPEN_EVERY_CASE);
    }

    /** Sees every running case on the board (otherwise only the cases her groups have or had a task on). */
    public static boolean seesEveryBoardRow(Collection<String> groups) {
        return any(groups, SEE_EVERY_BOARD_ROW);
    }

    /** Sees the board's rows without coordinators' names: the steering group, unless she also opens every case. */
    public static boolean seesBoardFiguresOnly(Collection<String> groups) {
        return seesEveryBoardRow(groups) && !opensEveryCase(groups);
    }

    public static boolean readsReports(Collection<String> groups) {
        return any(groups, READ_REPORTS);
    }

    /** Whether the groups may receive and assess reports of concern (SOF, its team chiefs and team leads). */
    public static boolean receivesConcerns(Collection<String> groups) {
        return any(groups, RECEIVE_CONCERNS);
    }

    public static boolean mayEndCases(Collection<String> groups) {
        return any(groups, END_CASES);
    }

    /** Asks for urgent support while investigating: those who work the family's case, never a process designer. */
    public static boolean mayRequestUrgentSupport(Collection<String> groups) {
        return any(groups, REQUEST_URGENT_SUPPORT);
    }

    /**
     * Calls a new family meeting (CM-stormøde) during the course: the coordinator, who owns the plan, or the team lead
     * who watches the course. Not a process designer, whatever other groups she is in.
     */
    /**
     * Deciding urgent support while the child investigations run, in writing with its letter: the team chief alone
     * (Barnets Lov §32, stk. 4), never a process designer.
     */
    public static boolean mayDecideUrgentSupport(Collection<String> groups) {
        return groups.contains(TEAM_CHIEF) && !groups.contains(Groups.PROCESS_DESIGNER);
    }

    public static boolean mayCallFamilyMeeting(Collection<String> groups) {
        return any(groups, CALL_FAMILY_MEETING) && !groups.contains(Groups.PROCESS_DESIGNER);
    }

    /**
     * Records a measure of the method on a case or course she may open (SSP concern, a professional's assessment): any
     * group with need-to-know, never a process designer.
     */
    public static boolean mayRecordMeasures(Collection<String> groups) {
        return !groups.isEmpty() && !groups.contains(Groups.PROCESS_DESIGNER);
    }

    /** Records an offence while enrolled in the adult course (from the police's registers via KSP/SSP). */
    public static boolean mayRecordOffences(Collection<String> groups) {
        return any(groups, RECORD_OFFENCES) && !groups.contains(Groups.PROCESS_DESIGNER);
    }

    /** Records that a young adult drops out of the adult course, when it happens. */
    public static boolean mayRecordDropOut(Collection<String> groups) {
        return any(groups, RECORD_DROP_OUT) && !groups.contains(Groups.PROCESS_DESIGNER);
    }

    public static boolean mayRunRetention(Collection<String> groups) {
        return any(groups, ADMINISTER);
    }

    public static boolean readsDeploymentLog(Collection<String> groups) {
        return any(groups, ADMINISTER);
    }

    /** Reads a case's access log and exports a person's records. */
    public static boolean audits(Collection<String> groups) {
        return any(groups, AUDIT);
    }

    private static boolean any(Collection<String> groups, Set<String> roles) {
        return groups != null && groups.stream().anyMatch(roles::contains);
    }
}
