package dk.tvaers.process;

/**
 * A child investigation, bpmn/child-investigation.bpmn, called by the family's case process once per child: its key
 * and what the application reads of it. Nothing starts it but its caller; the ids the process tests need besides sit
 * on the test side.
 */
public final class ChildInvestigationProcess {

    public static final String KEY = "child-investigation";

    /** The investigation's user task, whose due date the outcome report measures. */
    public static final String USER_CHILD_INVESTIGATION = "user_child_investigation";

    /** The member id of the child the investigation is about. */
    public static final Var<Long> CHILD_ID = Var.of("childId", Long.class);

    /** The message that ends a running investigation early with an explicit outcome. */
    public static final String MESSAGE_ENDED_EARLY = "InvestigationEndedEarly";

    /** How the investigation ends early (sent with {@link #MESSAGE_ENDED_EARLY}): an {@link Ending} name. */
    public static final Var<String> INVESTIGATION_ENDING = Var.of("investigationEnding", String.class);

    /** The values of {@link #INVESTIGATION_ENDING}. */
    public enum Ending {
        /** Handed over to the municipality the family moved to. */
        HANDED_OVER,
        /** Ended after the team chief's assessment that support does not continue without consent. */
        ENDED_AFTER_ASSESSMENT
    }

    private ChildInvestigationProcess() {}
}
