package dk.tvaers.security.guard;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What a user may do through the engine: the shape her own work in Tasklist needs (start a referral, claim, save
 * and complete her group's tasks with the fields of their forms, comment), nothing else. Each rule is a row of
 * docs/authorization.md's write table. Reads pass (the engine's authorization checks decide them), except that a
 * task's variables show only what its form shows.
 */
class EngineRules {

    private final GuardProperties properties;
    private final StartRules starts;
    private final TaskRules tasks;
    private final VariableRules variables;

    EngineRules(GuardProperties properties) {
        this.properties = properties;
        this.variables = new VariableRules(properties);
        this.starts = new StartRules(properties);
        this.tasks = new TaskRules(properties);
    }

    void before(Command<?> command, Caller caller, CommandContext context) {
        if (command instanceof AbstractQuery<?, ?>) {
            checkOrQueryExpressions(context, command);
            return;
        }
        if (command instanceof AbstractExecuteFilterCmd filter) {
            checkOrQueryExpressions(context, Fields.read(filter, "extendingQuery"));
        }
        // starting a process
        if (command instanceof StartProcessInstanceAtActivitiesCmd || command instanceof RestartProcessInstancesCmd) {
            throw new Refusal.Forbidden(
                    "En proces startes ved sin starthændelse; start ved en bestemt aktivitet er" + " ikke tilladt");
        }
        if (command instanceof StartProcessInstanceCmd start) {
            ProcessInstantiationBuilderImpl builder = Fields.read(start, "instantiationBuilder");
            starts.check(
                    context,
                    builder.getProcessDefinitionId(),
                    builder.getProcessDefinitionKey(),
                    builder.getBusinessKey(),
                    builder.getCaseInstanceId(),
                    builder.getVariables());
            return;
        }
        if (command instanceof SubmitStartFormCmd submit) {
            starts.check(
                    context,
                    Fields.read(submit, "processDefinitionId"),
                    null,
                    Fields.read(submit, "businessKey"),
                    null,
                    Fields.read(submit, "variables"));
            return;
        }
        // events from outside
        if (command instanceof CorrelateMessageCmd
                || command instanceof CorrelateAllMessageCmd
                || command instanceof MessageEventReceivedCmd
                || command instanceof SignalCmd
                || command instanceof SignalEventReceivedCmd
                || command instanceof EvaluateStartConditionCmd) {
            throw new Refusal.Forbidden(
                    "Beskeder, signaler og betingelser udløses af Tværs selv, ikke gennem procesmotorens API");
        }
        if (command instanceof HandleTaskBpmnErrorCmd error) {
            tasks.checkThrow(context, caller, Fields.read(error, "taskId"), Fields.read(error, "errorCode"));
            return;
        }
        if (command instanceof HandleTaskEscalationCmd escalation) {
            tasks.checkThrow(
                    context, caller, Fields.read(escalation, "taskId"), Fields.read(escalation, "escalationCode"));
            return;
        }
        // Camunda's authorization check of a deployed task form fails on a task that is not there (500): 404
        if (command instanceof GetDeployedTaskFormCmd form) {
            tasks.checkRead(context, Fields.read(form, "taskId"));
            return;
        }
        // Tasklist reads a task's form variables right after another user completed it: 409, not "Cannot find task"
        if (command instanceof GetTaskFormVariablesCmd) {
            tasks.checkStillThere(context, Fields.read(command, "resourceId"));
        }
        // completing
        if (command instanceof CompleteTaskCmd complete) {
            tasks.checkCompletion(context, caller, Fields.read(complete, "taskId"), Fields.read(complete, "variables"));
            return;
        }
        if (command instanceof SubmitTaskFormCmd submit) {
            tasks.checkCompletion(context, caller, Fields.read(submit, "taskId"), Fields.read(submit, "properties"));
            return;
        }
        // who has the task
        if (command instanceof ClaimTaskCmd claim) {
            tasks.checkClaim(context, caller, Fields.read(claim, "taskId"), Fields.read(claim, "userId"));
            return;
        }
        if (command instanceof DelegateTaskCmd delegate) {
            tasks.checkHandOver(
                    context, caller, Fields.read(delegate, "taskId"), Fields.read(delegate, "userId"), false);
            return;
        }
        if (command instanceof AssignTaskCmd assign) {
            tasks.checkHandOver(context, caller, Fields.read(assign, "taskId"), Fields.read(assign, "userId"), true);
            return;
        }
        if (command instanceof SetTaskOwnerCmd owner) {
            tasks.checkHandOver(context, caller, Fields.read(owner, "taskId"), Fields.read(owner, "userId"), true);
            return;
        }
        if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd) {
            // administrators too: the candidates decide who sees the case (need-to-know)
            throw new Refusal.Forbidden("En opgaves kandidater bestemmes af modellen og kan ikke ændres");
        }
        // dates and texts of a task
        if (command instanceof SetTaskDueDateCmd due) {
            tasks.checkDates(context, caller, Fields.read(due, "taskId"), true, Fields.read(due, "value"));
            return;
        }
        if (command instanceof SetTaskFollowUpDateCmd followUp) {
            tasks.checkDates(context, caller, Fields.read(followUp, "taskId"), false, Fields.read(followUp, "value"));
            return;
        }
        if (command instanceof SaveTaskCmd save) {
            tasks.checkSave(context, caller, Fields.read(save, "task"));
            return;
        }
        if (command instanceof SetTaskNameCmd
                || command instanceof SetTaskDescriptionCmd
                || command instanceof SetTaskPriorityCmd
                || command instanceof CreateTaskCmd
                || command instanceof DeleteTaskCmd
                || command instanceof CreateAttachmentCmd
                || command instanceof SaveAttachmentCmd
                || command instanceof DeleteAttachmentCmd
                || command instanceof UpdateCommentCmd
                || command instanceof DeleteTaskCommentCmd
                || command instanceof DeleteProcessInstanceCommentCmd) {
            if (!caller.admin()) {
                throw new Refusal.Forbidden("Opgavens navn, beskrivelse, prioritet, bilag og andres kommentarer"
                        + " ændres ikke gennem procesmotoren");
            }
            return;
        }
        if (command instanceof AddCommentCmd) {
            return;
        }
        // variables outside a task's form
        if (command instanceof AbstractSetVariableCmd set) {
            variables.checkWrite(
                    caller, ((Map<String, ?>) Fields.read(set, "variables")).keySet(), Fields.read(set, "variables"));
            return;
        }
        if (command instanceof AbstractRemoveVariableCmd remove) {
            variables.checkWrite(caller, Fields.read(remove, "variableNames"), Map.of());
            return;
        }
        if (command instanceof AbstractPatchVariablesCmd patch) {
            Map<String, ?> modifications = Fields.read(patch, "variables");
            Collection<String> deletions = Fields.read(patch, "deletions");
            if (modifications != null) {
                variables.checkWrite(caller, modifications.keySet(), modifications);
            }
            if (deletions != null) {
                variables.checkWrite(caller, deletions, Map.of());
            }
            return;
        }
        if (command instanceof SetVariablesToProcessInstancesBatchCmd batch) {
            Map<String, ?> values = Fields.read(batch, "variables");
            variables.checkWrite(caller, values.keySet(), values);
            return;
        }
        if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd) {
            ProcessInstanceModificationBuilderImpl builder = Fields.read(command, "builder");
            checkModification(caller, builder.getModificationOperations());
            return;
        }
        if (command instanceof ProcessInstanceModificationBatchCmd) {
            if (!caller.admin()) {
                throw new Refusal.Forbidden("Kun administratorer kan flytte en sag i processen");
            }
        }
    }

    /**
     * Expressions in a query a user sends are refused (enableExpressionsInAdhocQueries: false), but Camunda checks only
     * the query itself and evaluates the expressions of its "or" parts, method calls and all. A stored filter's own
     * query runs inside the filter's command and is not checked here; only what a user sends, alone or as a filter's
     * extension.
     */
    private static void checkOrQueryExpressions(CommandContext context, Object query) {
        if (!(query instanceof TaskQueryImpl task)
                || context.getProcessEngineConfiguration().isEnableExpressionsInAdhocQueries()) {
            return;
        }
        List<TaskQueryImpl> parts = task.getQueries();
        for (int i = 1; i < parts.size(); i++) {
            if (!parts.get(i).getExpressions().isEmpty()) {
                throw Refusal.Invalid.field(
                        "orQueries", "Udtryk (${…}) er ikke tilladt i en forespørgsel; brug et gemt filter");
            }
        }
    }

    private void checkModification(Caller caller, List<AbstractProcessInstanceModificationCommand> operations) {
        if (!caller.admin()) {
            throw new Refusal.Forbidden("Kun administratorer kan flytte en sag i processen");
        }
        for (AbstractProcessInstanceModificationCommand operation : operations) {
            if (operation instanceof AbstractInstantiationCmd instantiation) {
                for (String name : List.of("variables", "variablesLocal")) {
                    VariableMap values = Fields.read(instantiation, name);
                    if (values != null) {
                        variables.checkWrite(caller, values.keySet(), values);
                    }
                }
            }
        }
    }

    <T> T after(Command<T> command, Caller caller, CommandContext context, T result) {
        if (command instanceof AbstractQuery<?, ?>) {
            return result;
        }
        if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd) {
            String taskId = command instanceof GetTaskVariablesCmd
                    ? Fields.read(command, "taskId")
                    : Fields.read(command, "resourceId");
            return tasks.shownOnly(context, caller, taskId, result);
        }
        if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
            return tasks.shownOrNull(
                    context, caller, Fields.read(command, "taskId"), Fields.read(command, "variableName"), result);
        }
        if (command instanceof ClaimTaskCmd
                || command instanceof AssignTaskCmd
                || command instanceof DelegateTaskCmd
                || command instanceof SetTaskOwnerCmd
                || command instanceof SaveTaskCmd) {
            tasks.revokeFormerHolders(context);
        }
        return result;
    }

    /** A command that completes a task: two of them at once are a conflict, not a refusal. */
    boolean isCompletion(Command<?> command) {
        return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
    }

    GuardProperties properties() {
        return properties;
    }
}
