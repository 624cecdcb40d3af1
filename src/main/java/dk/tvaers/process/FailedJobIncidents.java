package dk.tvaers.process;

import java.util.ArrayList;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What happens when an automatic step fails (issue 16): every job (a timer's step, an asynchronous service task)
 * that throws is tried again on the back-off {@code tvaers.jobs.retry-cycle} (default {@value #DEFAULT_RETRY_CYCLE}:
 * three more tries a minute apart); after the last it becomes an incident in Cockpit whose message says in Danish
 * which step of which case stands still and what to do, and the team lead gets a follow-up task
 * ({@link IncidentFollowUpProcess}). Retrying the step in Cockpit (its "Retry", {@code PUT /job/{id}/retries}; team
 * leads and administrators may) resolves the incident and the case goes on. The job's own error and stack trace stay
 * on the job for the technician; the incident's message names no person.
 */
@Component
public class FailedJobIncidents extends AbstractProcessEnginePlugin {

    public static final String DEFAULT_RETRY_CYCLE = "R3/PT1M";

    private static final Logger LOG = LoggerFactory.getLogger(FailedJobIncidents.class);
    private static final Pattern CYCLE = Pattern.compile("R\\d+/P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");

    private final String retryCycle;

    public FailedJobIncidents(@Value("${tvaers.jobs.retry-cycle:" + DEFAULT_RETRY_CYCLE + "}") String retryCycle) {
        if (!CYCLE.matcher(retryCycle).matches()) {
            throw new IllegalArgumentException(
                    "tvaers.jobs.retry-cycle must be a repetition of a duration, e.g. R3/PT1M, not " + retryCycle);
        }
        this.retryCycle = retryCycle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobRetryTimeCycle(retryCycle);
        if (configuration.getCustomIncidentHandlers() == null) {
            configuration.setCustomIncidentHandlers(new ArrayList<>());
        }
        configuration.getCustomIncidentHandlers().add(new Handler(retryCycle));
    }

    /** The failed-job incident with a Danish message, and the team lead's follow-up. */
    static final class Handler extends DefaultIncidentHandler {

        private final String retryCycle;

        Handler(String retryCycle) {
            super(Incident.FAILED_JOB_HANDLER_TYPE);
            this.retryCycle = retryCycle;
        }

        @Override
        public Incident handleIncident(IncidentContext context, String technicalMessage) {
            ExecutionEntity execution = context.getExecutionId() == null
                    ? null
                    : Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
            String step = stepName(context);
            String caseNumber = caseNumber(execution);
            Incident incident = super.handleIncident(context, message(step, caseNumber, retryCycle));
            if (execution != null && !IncidentFollowUpProcess.KEY.equals(processKey(context))) {
                IncidentFollowUpProcess.start(caseNumber, step, incident.getId(), execution.getProcessInstanceId());
            }
            LOG.warn(
                    "Step {} of {} failed every try ({}) and is now incident {}; the team lead has a follow-up",
                    step,
                    caseNumber,
                    retryCycle,
                    incident.getId());
            return incident;
        }

        /** The incident's Danish message: which step of which case stands still, and what to do. */
        static String message(String step, String caseNumber, String retryCycle) {
            return "Trinnet «" + step + "» i sag " + caseNumber + " fejlede ved alle forsøg (" + retryCycle
                    + ") og er standset. Teamlederen har fået opgaven «Opfølgning: Et automatisk trin i sagen"
                    + " fejler». Ret årsagen (se fejlens detaljer), og vælg derefter «Retry»; sagen fortsætter, når"
                    + " forsøget lykkes.";
        }

        private static String stepName(IncidentContext context) {
            String activityId =
                    context.getFailedActivityId() != null ? context.getFailedActivityId() : context.getActivityId();
            if (activityId == null || context.getProcessDefinitionId() == null) {
                return "ukendt trin";
            }
            ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration()
                    .getDeploymentCache()
                    .findDeployedProcessDefinitionById(context.getProcessDefinitionId());
            ActivityImpl activity = definition.findActivity(activityId);
            return activity != null && activity.getName() != null ? activity.getName() : activityId;
        }

        private static String processKey(IncidentContext context) {
            return context.getProcessDefinitionId() == null
                    ? null
                    : Context.getProcessEngineConfiguration()
                            .getDeploymentCache()
                            .findDeployedProcessDefinitionById(context.getProcessDefinitionId())
                            .getKey();
        }

        private static String caseNumber(ExecutionEntity execution) {
            if (execution == null) {
                return "(ukendt)";
            }
            if (execution.getProcessBusinessKey() != null) {
                return execution.getProcessBusinessKey();
            }
            Object caseNumber = execution.getVariable(FamilyInterventionProcess.CASE_NUMBER.name());
            return caseNumber != null ? caseNumber.toString() : "(ukendt)";
        }
    }
}
