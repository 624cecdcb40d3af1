package dk.tvaers.process;

import dk.tvaers.security.EngineGuard;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The team lead's follow-up on a step that failed every try, bpmn/incident-follow-up.bpmn: its key, variables and the
 * element ids Java uses. Started by {@link FailedJobIncidents} when a job becomes an incident, with the case number
 * as business key; it holds no personal data, only where the case stands still.
 */
public final class IncidentFollowUpProcess {

    public static final String KEY = "incident-follow-up";

    /** The team lead's task: see that the cause is mended and retry the step in Cockpit. */
    public static final String USER_FOLLOW_UP_INCIDENT = "user_follow_up_incident";

    /** The case (or course, or report) number of the process that stands still; also the business key. */
    public static final Var<String> CASE_NUMBER = Var.of("caseNumber", String.class);
    /** The Danish name of the step that failed, as the model names it. */
    public static final Var<String> FAILED_STEP = Var.of("failedStep", String.class);
    /** The incident's id in Cockpit. */
    public static final Var<String> INCIDENT_ID = Var.of("incidentId", String.class);
    /** The process instance that stands still. */
    public static final Var<String> FAILED_PROCESS_INSTANCE = Var.of("failedProcessInstanceId", String.class);

    /**
     * Starts the team lead's follow-up inside the engine's current command (the failed job's), as Tværs itself.
     */
    static void start(String caseNumber, String failedStep, String incidentId, String processInstanceId) {
        Map<String, Object> variables = new HashMap<>();
        CASE_NUMBER.put(variables, caseNumber);
        FAILED_STEP.put(variables, failedStep);
        INCIDENT_ID.put(variables, incidentId);
        FAILED_PROCESS_INSTANCE.put(variables, processInstanceId);
        EngineGuard.trusted(() -> Context.getProcessEngineConfiguration()
                .getRuntimeService()
                .startProcessInstanceByKey(KEY, caseNumber, variables));
    }

    private IncidentFollowUpProcess() {}
}
