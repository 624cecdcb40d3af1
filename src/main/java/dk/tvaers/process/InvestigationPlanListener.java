package dk.tvaers.process;

import dk.tvaers.family.InvestigationPlan;
import dk.tvaers.kernel.InvalidInputException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On "Registrér familiens medlemmer": records how the children are investigated (one investigation each or one
 * shared by the siblings; a full child investigation or the lighter clarification with its reason) in the case
 * tables, before the investigations start. The reason is personal data: it is moved into the case record and removed
 * from the process at once ({@link SensitiveHistoryPlugin} keeps it out of history). Without a choice (an older form,
 * a Java caller) every child gets a full investigation of its own, as before.
 */
@Component(InvestigationPlanListener.BEAN)
class InvestigationPlanListener implements TaskListener {

    static final String BEAN = "investigationPlanListener";

    private final InvestigationPlan plan;

    InvestigationPlanListener(InvestigationPlan plan) {
        this.plan = plan;
    }

    @Override
    public void notify(DelegateTask task) {
        String scope = FamilyInterventionProcess.INVESTIGATION_SCOPE.from(task);
        String extent = FamilyInterventionProcess.INVESTIGATION_EXTENT.from(task);
        String reason = FamilyInterventionProcess.INVESTIGATION_EXTENT_REASON.from(task);
        String field = FamilyInterventionProcess.INVESTIGATION_EXTENT_REASON.name();
        try {
            plan.decide(
                    FamilyInterventionProcess.CASE_NUMBER.from(task),
                    FamilyInterventionProcess.Scope.SHARED.name().equals(scope),
                    extent == null ? InvestigationPlan.Extent.FULL : InvestigationPlan.Extent.valueOf(extent),
                    reason,
                    decidedBy(task),
                    field);
        } catch (InvalidInputException e) {
            // the engine wraps what a task listener throws; the REST API answers the cause: 400 naming the field
            throw new BadUserRequestException(e.getMessage() + " (" + field + ")", e);
        }
        task.getExecution().removeVariable(field);
    }

    private static String decidedBy(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        var current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
