package dk.tvaers.process;

/**
 * A decision on support in writing with hearing of the parties, bpmn/support-decision.bpmn, called by the family's
 * case process right after the visitation decided "visited": its key and what the application reads of it. The
 * decision's texts, parties and answers live in the case tables (family/SupportDecisionService); the process holds
 * only the decision's id.
 */
public final class SupportDecisionProcess {

    public static final String KEY = "support-decision";

    /** The case number, also the business key (from the calling case process). */
    public static final Var<String> CASE_NUMBER = Var.of("caseNumber", String.class);

    /** The id of the decision in the case tables, set when the decision is opened. */
    public static final Var<Long> DECISION_ID = Var.of("decisionId", Long.class);

    /** How many parties the hearing has (parents, guardians, children from the age of party rights). */
    public static final Var<Integer> HEARING_PARTIES = Var.of("hearingParties", Integer.class);

    /** The caseworker writes the draft. */
    public static final String USER_DRAFT_DECISION = "user_draft_decision";

    /** The caseworker registers the parties' answers until the hearing deadline. */
    public static final String USER_REGISTER_HEARING = "user_register_hearing";

    /** The team chief makes the decision final; the letter is stored. */
    public static final String USER_FINAL_DECISION = "user_final_decision";

    private SupportDecisionProcess() {}
}
