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

    private ChildInvestigationProcess() {}
}
