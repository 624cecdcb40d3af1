package dk.tvaers.process;

import dk.tvaers.security.EngineGuard;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The young adult's course process (Klar / Parat / Start), bpmn/adult-pathway.bpmn: its key, the variables the
 * application reads and writes, and the one way it starts. The only application code that starts this process; the
 * ids the process tests need besides sit on the test side.
 */
@Component
public class AdultPathwayProcess {

    public static final String KEY = "adult-pathway";
    /** The message that interrupts a running course (bpmn: message_course_interrupted). */
    public static final String MESSAGE_COURSE_INTERRUPTED = "AdultCourseInterrupted";

    /** The course number, also the business key. */
    public static final Var<String> COURSE_NUMBER = Var.of("courseNumber", String.class);
    /** The family case the young adult comes from, if any. */
    public static final Var<String> CASE_NUMBER = Var.of("caseNumber", String.class);
    /** The user id of the young adult's mentor: the assignee of the mentor's tasks. */
    public static final Var<String> MENTOR = Var.of("mentor", String.class);
    /** The outcome at discharge: an {@link dk.tvaers.adult.AdultOutcome} name. */
    public static final Var<String> OUTCOME = Var.of("outcome", String.class);
    /** The professionals judge the movement significantly positive. */
    public static final Var<Boolean> SIGNIFICANT_POSITIVE_MOVEMENT =
            Var.of("significantPositiveMovement", Boolean.class);
    /** What the positive movement was: a {@link dk.tvaers.adult.MovementReason} name. */
    public static final Var<String> MOVEMENT_REASON = Var.of("movementReason", String.class);

    /** The life-conduct plan includes ART ("efter behov"); false until the interview says so. */
    public static final Var<Boolean> ART_NEEDED = Var.of("artNeeded", Boolean.class);
    /** The prison and probation service takes part; false until the interview says so. */
    public static final Var<Boolean> NEED_PRISON_PROBATION = Var.of("needPrisonProbation", Boolean.class);

    private final RuntimeService runtime;

    public AdultPathwayProcess(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Starts the course's process with the course number as business key: from the adult intake and from a family
     * case's hand-over at 18 alike. The variables are ids only; the person and the CPR number stay in the course table.
     *
     * @param familyCaseNumber the family case the young adult comes from, or null
     */
    public void start(String courseNumber, String familyCaseNumber) {
        Map<String, Object> variables = new HashMap<>();
        COURSE_NUMBER.put(variables, courseNumber);
        // what only the plan brings in: absent from the interview's answer, it stays out
        ART_NEEDED.put(variables, false);
        NEED_PRISON_PROBATION.put(variables, false);
        if (familyCaseNumber != null) {
            CASE_NUMBER.put(variables, familyCaseNumber);
        }
        // the course is checked by the course service: Tværs starts the course's process itself (EngineGuard)
        EngineGuard.trusted(() -> runtime.startProcessInstanceByKey(KEY, courseNumber, variables));
    }

    /**
     * Interrupts the course (a drop-out): the course goes to discharge, from Klar (boundary
     * message_klar_interrupted_boundary on sub_klar) as from Parat and Start (message_course_interrupted_boundary on
     * sub_course). Before visitation there is nothing to interrupt (nobody is enrolled); the caller has recorded the
     * drop-out already.
     */
    public void interrupt(String courseNumber) {
        // the caller's role and need-to-know are checked; Tværs interrupts the course itself (EngineGuard)
        EngineGuard.trusted(() -> runtime.createMessageCorrelation(MESSAGE_COURSE_INTERRUPTED)
                .processInstanceBusinessKey(courseNumber)
                .correlateAll());
    }
}
