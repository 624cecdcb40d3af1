package dk.tvaers.security.guard;

import dk.tvaers.forms.FormSchema;
import dk.tvaers.kernel.ConcurrentChange;
import dk.tvaers.kernel.EngineDates;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A task is worked as Tasklist works it: completed with the fields of its form (read-only ones unchanged), claimed
 * for oneself, handed on only to a user of its candidate groups, its dates moved only by the team chief or team lead
 * and never past a statutory deadline, and read only as far as its form shows.
 */
class TaskRules {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Who had a task before the running command changed its holder: their access goes with it. */
    private record Former(String taskId, String assignee, String owner) {}

    private static final ThreadLocal<List<Former>> FORMER = ThreadLocal.withInitial(ArrayList::new);

    private final GuardProperties properties;

    TaskRules(GuardProperties properties) {
        this.properties = properties;
    }

    /** The task, or 404 when it is not there or not hers to see (the same answer: ids are not a way in). */
    private static TaskEntity task(CommandContext context, String taskId) {
        FORMER.get().clear();
        if (taskId == null || taskId.isBlank()) {
            throw Refusal.Invalid.field("taskId", "Opgavens id mangler");
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null && endedForHer(context, taskId)) {
            // two people at one task: the other one completed it a moment ago
            throw new Refusal.Invalid(409, null, ConcurrentChange.DETAIL);
        }
        if (task == null || !context.getAuthorizationManager().isAuthorized(Permissions.READ, Resources.TASK, taskId)) {
            throw new Refusal.Invalid(404, null, "Opgaven findes ikke eller er allerede afsluttet");
        }
        return task;
    }

    /**
     * Whether the task existed, has ended, and was hers to work (her own or one of her groups'): then it was completed
     * or changed by someone else. Anyone else learns nothing about it (404).
     */
    static boolean endedForHer(CommandContext context, String taskId) {
        Caller caller = Caller.of(context);
        if (caller == null) {
            return false;
        }
        return context.runWithoutAuthorization(() -> {
            HistoryService history = context.getProcessEngineConfiguration().getHistoryService();
            HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery()
                    .taskId(taskId)
                    .finished()
                    .singleResult();
            if (ended == null) {
                return false;
            }
            if (caller.userId().equals(ended.getAssignee()) || caller.admin()) {
                return true;
            }
            return history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                            && (caller.userId().equals(link.getUserId())
                                    || caller.groups().contains(link.getGroupId())));
        });
    }

    /**
     * A read through a task that may have ended a moment ago (Tasklist opening its form): 409 when it ended and was
     * hers to work, 404 when it is not there at all; a task that is there is left to the engine's own checks.
     */
    void checkStillThere(CommandContext context, String taskId) {
        if (taskId != null && context.getTaskManager().findTaskById(taskId) == null) {
            task(context, taskId);
        }
    }

    /** A read of a task: 404 when it is not there or not hers to see. */
    void checkRead(CommandContext context, String taskId) {
        task(context, taskId);
    }

    void checkCompletion(CommandContext context, Caller caller, String taskId, Map<String, Object> submitted) {
        TaskEntity task = task(context, taskId);
        VariableMap values = VariableRules.plain(submitted);
        Optional<FormSchema> form = ModelFacts.taskForm(context, taskId);
        if (form.isEmpty()) {
            if (!values.isEmpty()) {
                String name = values.keySet().iterator().next();
                throw Refusal.Invalid.field(name, "Opgaven har ingen formular; den afsluttes uden felter");
            }
            return;
        }
        FormSchema schema = form.get();
        for (String name : values.keySet()) {
            FormSchema.Field field = schema.allFields().get(name);
            if (field == null) {
                throw Refusal.Invalid.field(name, "'" + name + "' er ikke et felt i opgavens formular");
            }
            if (field.readonly() && !same(task.getVariable(name), values.get(name))) {
                throw Refusal.Invalid.field(name, "'" + field.label() + "' vises kun og kan ikke ændres");
            }
        }
        VariableRules.checkValues(values);
        Map<String, Object> existing = task.getVariables();
        List<FormSchema.Violation> violations = schema.check(values, existing);
        if (!violations.isEmpty()) {
            throw new Refusal.Invalid(
                    "Formularen er ikke udfyldt korrekt: "
                            + violations.stream()
                                    .map(FormSchema.Violation::message)
                                    .collect(Collectors.joining("; ")),
                    violations.stream()
                            .map(v -> Map.of("field", v.field(), "message", v.message()))
                            .toList());
        }
        // a checkbox left out is not ticked, as Tasklist sends it: the models' conditions can rely on a value
        if (submitted != null) {
            for (FormSchema.Field field : schema.fields().values()) {
                if ("checkbox".equals(field.type())
                        && !values.containsKey(field.key())
                        && existing.get(field.key()) == null) {
                    try {
                        submitted.put(field.key(), false);
                    } catch (UnsupportedOperationException e) {
                        // an immutable map from Java code: the model's own default applies
                    }
                }
            }
        }
    }

    /** A read-only field comes back as it was shown: the same text, whatever type the client chose. */
    private static boolean same(Object current, Object submitted) {
        String a = current == null ? "" : current.toString();
        String b = submitted == null ? "" : submitted.toString();
        return a.equals(b);
    }

    void checkThrow(CommandContext context, Caller caller, String taskId, String code) {
        TaskEntity task = task(context, taskId);
        String declared = ModelFacts.property(
                context, task.getProcessDefinitionId(), task.getTaskDefinitionKey(), ModelFacts.USER_MAY_THROW);
        if (declared == null
                || code == null
                || Arrays.stream(declared.split(",")).map(String::trim).noneMatch(code::equals)) {
            throw new Refusal.Forbidden(
                    "Opgaven kan ikke afbrydes med en fejl eller eskalering udefra; afslut den med dens formular");
        }
    }

    void checkClaim(CommandContext context, Caller caller, String taskId, String userId) {
        TaskEntity task = task(context, taskId);
        if (userId == null) {
            checkRelease(caller, task);
        } else {
            if (!userId.equals(caller.userId())) {
                throw new Refusal.Forbidden("Du kan kun tage en opgave til dig selv");
            }
            if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
                throw new Refusal.Invalid(409, null, "Opgaven er allerede taget af en anden");
            }
        }
        remember(task);
    }

    private void checkRelease(Caller caller, TaskEntity task) {
        if (task.getAssignee() != null
                && !task.getAssignee().equals(caller.userId())
                && !caller.inAny(properties.getDateRoles())) {
            throw new Refusal.Forbidden("Kun den, der har opgaven, eller teamchef og teamleder kan lægge den tilbage");
        }
    }

    /** Assign, delegate or set the owner: only to a user of one of the task's candidate groups. */
    void checkHandOver(CommandContext context, Caller caller, String taskId, String userId, boolean mayRelease) {
        TaskEntity task = task(context, taskId);
        checkHandOver(context, caller, task, userId, mayRelease);
    }

    private void checkHandOver(
            CommandContext context, Caller caller, TaskEntity task, String userId, boolean mayRelease) {
        if (userId == null || userId.isBlank()) {
            if (!mayRelease) {
                throw Refusal.Invalid.field("userId", "Angiv hvem opgaven gives videre til");
            }
            checkRelease(caller, task);
        } else if (!candidate(context, task, userId)) {
            throw Refusal.Invalid.field("userId", "Opgaven kan kun gives til en bruger i en af opgavens grupper");
        }
        remember(task);
    }

    private static boolean candidate(CommandContext context, TaskEntity task, String userId) {
        List<String> groups = new ArrayList<>();
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (userId.equals(link.getUserId())) {
                    return true;
                }
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        if (groups.isEmpty()) {
            return false;
        }
        List<Group> memberships = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
                .getIdentityService()
                .createGroupQuery()
                .groupMember(userId)
                .groupIdIn(groups.toArray(new String[0]))
                .list());
        return !memberships.isEmpty();
    }

    void checkDates(CommandContext context, Caller caller, String taskId, boolean due, Date value) {
        checkDates(context, caller, task(context, taskId), due, value);
    }

    private void checkDates(CommandContext context, Caller caller, TaskEntity task, boolean due, Date value) {
        String field = due ? "due" : "followUp";
        if (!caller.inAny(properties.getDateRoles())) {
            throw new Refusal.Forbidden("Kun teamchef og teamleder kan flytte en opgaves frister");
        }
        Date current = due ? task.getDueDate() : task.getFollowUpDate();
        if (value == null) {
            if (current != null) {
                throw Refusal.Invalid.field(field, "En frist kan ikke fjernes");
            }
            return;
        }
        Date limit = statutoryLimit(context, task);
        if (limit != null && value.after(limit)) {
            throw Refusal.Invalid.field(
                    field,
                    "Fristen kan ikke lægges efter den lovbestemte frist "
                            + DANISH_DATE.format(EngineDates.day(limit)));
        }
    }

    /** The statutory deadline of a task whose model marks its due date so, evaluated as the model sets it. */
    private static Date statutoryLimit(CommandContext context, TaskEntity task) {
        String statutory = ModelFacts.property(
                context, task.getProcessDefinitionId(), task.getTaskDefinitionKey(), ModelFacts.STATUTORY_DEADLINE);
        if (!"true".equals(statutory)) {
            return null;
        }
        TaskDefinition definition = task.getTaskDefinition();
        Expression expression = definition == null ? null : definition.getDueDateExpression();
        if (expression == null || task.getExecution() == null) {
            return task.getDueDate();
        }
        Object value = expression.getValue(task.getExecution());
        return value instanceof Date date ? date : task.getDueDate();
    }

    /** Tasklist's "save task" (PUT /task/{id}): each changed property by its own rule. */
    void checkSave(CommandContext context, Caller caller, TaskEntity changed) {
        FORMER.get().clear();
        TaskEntity current =
                changed.getId() == null ? null : context.getTaskManager().findTaskById(changed.getId());
        if (current == null) {
            if (!caller.admin()) {
                throw new Refusal.Forbidden("Opgaver oprettes af processen, ikke af en bruger");
            }
            return;
        }
        task(context, current.getId());
        if (!caller.admin()
                && (!Objects.equals(current.getName(), changed.getName())
                        || !Objects.equals(current.getDescription(), changed.getDescription())
                        || current.getPriority() != changed.getPriority()
                        || !Objects.equals(current.getParentTaskId(), changed.getParentTaskId())
                        || !Objects.equals(current.getCaseInstanceId(), changed.getCaseInstanceId())
                        || !Objects.equals(current.getTenantId(), changed.getTenantId())
                        || !Objects.equals(current.getDelegationState(), changed.getDelegationState()))) {
            throw new Refusal.Forbidden("Opgavens navn, beskrivelse, prioritet og placering ændres ikke af brugere");
        }
        if (!Objects.equals(current.getAssignee(), changed.getAssignee())) {
            String assignee = changed.getAssignee();
            if (assignee == null) {
                checkRelease(caller, current);
            } else if (!assignee.equals(caller.userId())) {
                checkHandOver(context, caller, current, assignee, true);
            } else if (current.getAssignee() != null) {
                throw new Refusal.Invalid(409, null, "Opgaven er allerede taget af en anden");
            }
        }
        if (!Objects.equals(current.getOwner(), changed.getOwner())) {
            checkHandOver(context, caller, current, changed.getOwner(), caller.admin());
        }
        if (!sameInstant(current.getDueDate(), changed.getDueDate())) {
            checkDates(context, caller, current, true, changed.getDueDate());
        }
        if (!sameInstant(current.getFollowUpDate(), changed.getFollowUpDate())) {
            checkDates(context, caller, current, false, changed.getFollowUpDate());
        }
        remember(current);
    }

    private static boolean sameInstant(Date a, Date b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a.getTime() - b.getTime()) < 1000;
    }

    private static void remember(TaskEntity task) {
        FORMER.get().add(new Former(task.getId(), task.getAssignee(), task.getOwner()));
    }

    /** After a task changed hands: whoever no longer holds it loses the grants that holding it gave her. */
    void revokeFormerHolders(CommandContext context) {
        List<Former> formers = List.copyOf(FORMER.get());
        FORMER.get().clear();
        AuthorizationManager authorizations = context.getAuthorizationManager();
        for (Former former : formers) {
            TaskEntity now = context.getTaskManager().findTaskById(former.taskId());
            if (now == null) {
                continue;
            }
            for (String user : new String[] {former.assignee(), former.owner()}) {
                if (user != null && !user.equals(now.getAssignee()) && !user.equals(now.getOwner())) {
                    authorizations.deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, former.taskId(), user);
                    authorizations.deleteAuthorizationsByResourceIdAndUserId(
                            Resources.HISTORIC_TASK, former.taskId(), user);
                }
            }
        }
    }

    /** A task's variables as far as its form shows them, unless she may read the whole process instance. */
    @SuppressWarnings("unchecked")
    <T> T shownOnly(CommandContext context, Caller caller, String taskId, T result) {
        Set<String> shown = shown(context, caller, taskId);
        if (shown == null || !(result instanceof VariableMap all)) {
            return result;
        }
        VariableMap filtered = Variables.createVariables();
        for (String name : all.keySet()) {
            if (shown.contains(name)) {
                filtered.putValueTyped(name, all.getValueTyped(name));
            }
        }
        return (T) filtered;
    }

    <T> T shownOrNull(CommandContext context, Caller caller, String taskId, String name, T result) {
        Set<String> shown = shown(context, caller, taskId);
        return shown == null || shown.contains(name) ? result : null;
    }

    /** The variables she may read through the task, or null when she may read them all. */
    private static Set<String> shown(CommandContext context, Caller caller, String taskId) {
        if (caller.admin() || taskId == null) {
            return null;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessInstanceId() == null) {
            return null;
        }
        AuthorizationManager authorizations = context.getAuthorizationManager();
        if (authorizations.isAuthorized(Permissions.READ, Resources.PROCESS_INSTANCE, task.getProcessInstanceId())
                || authorizations.isAuthorized(
                        ProcessDefinitionPermissions.READ_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        task.getProcessDefinition().getKey())) {
            return null;
        }
        return ModelFacts.taskForm(context, taskId)
                .map(FormSchema::shownVariables)
                .orElse(Set.of());
    }
}
