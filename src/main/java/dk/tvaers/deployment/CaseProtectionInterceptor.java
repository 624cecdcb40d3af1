package dk.tvaers.deployment;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendJobDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;

/**
 * Guards the running and past cases against changes to their models, for commands made on a user's behalf (REST API,
 * webapps, Java with an authenticated user); the engine's own and the application's commands without a user pass.
 *
 * <ul>
 *   <li>Deleting a deployment or process definitions with cascade: someone who is not an administrator may do so only
 *       when nothing would be deleted with it (no running or finished process instance, no decision instance); an
 *       administrator only when no running process instance would be lost (their history she may remove).
 *   <li>Suspending a process definition or a job definition: administrators only. Suspending a definition suspends
 *       its job definitions, and the engine creates every later job of a suspended job definition suspended: the
 *       running cases' timers and follow-ups would silently stop.
 *   <li>Shortening a process or decision definition's history time to live: administrators only. The nightly history
 *       cleanup would delete the cases' history sooner.
 * </ul>
 *
 * Refusals are {@link CaseProtectionException} (403) with a Danish message. Runs inside the command's context and
 * transaction; its own look-ups skip authorization checks (a process designer may not read instances, but they count).
 */
final class CaseProtectionInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        if (guarded(command)) {
            CommandContext context = Context.getCommandContext();
            Authentication authentication = context == null ? null : context.getAuthentication();
            if (authentication != null && authentication.getUserId() != null) {
                boolean administrator = context.getAuthorizationManager().isCamundaAdmin(authentication);
                context.runWithoutAuthorization(() -> {
                    check(command, context, administrator);
                    return null;
                });
            }
        }
        return next.execute(command);
    }

    private static boolean guarded(Command<?> command) {
        return command instanceof DeleteDeploymentCmd
                || command instanceof DeleteProcessDefinitionsByIdsCmd
                || command instanceof DeleteProcessDefinitionsByKeyCmd
                || command instanceof SuspendProcessDefinitionCmd
                || command instanceof SuspendJobDefinitionCmd
                || command instanceof UpdateProcessDefinitionHistoryTimeToLiveCmd
                || command instanceof UpdateDecisionDefinitionHistoryTimeToLiveCmd;
    }

    private static void check(Command<?> command, CommandContext context, boolean administrator) {
        ProcessEngineConfigurationImpl engine = context.getProcessEngineConfiguration();
        if (command instanceof DeleteDeploymentCmd delete) {
            if (Boolean.TRUE.equals(field(delete, "cascade"))) {
                String id = (String) field(delete, "deploymentId");
                List<String> processes = ids(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .deploymentId(id)
                        .list());
                List<String> decisions =
                        engine.getRepositoryService().createDecisionDefinitionQuery().deploymentId(id).list().stream()
                                .map(DecisionDefinition::getId)
                                .toList();
                cascade(engine, "udrulningen '" + id + "'", processes, decisions, administrator);
            }
        } else if (command instanceof DeleteProcessDefinitionsByIdsCmd delete) {
            if (Boolean.TRUE.equals(field(delete, "cascadeToHistory"))
                    || Boolean.TRUE.equals(field(delete, "cascadeToInstances"))) {
                @SuppressWarnings("unchecked")
                Collection<String> ids = (Collection<String>) field(delete, "processDefinitionIds");
                cascade(engine, "procesdefinitionen " + ids, List.copyOf(ids), List.of(), administrator);
            }
        } else if (command instanceof DeleteProcessDefinitionsByKeyCmd delete) {
            if (Boolean.TRUE.equals(field(delete, "cascade"))) {
                String key = (String) field(delete, "processDefinitionKey");
                ProcessDefinitionQuery query = engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key);
                if (Boolean.TRUE.equals(field(delete, "isTenantIdSet"))) {
                    String tenant = (String) field(delete, "tenantId");
                    query = tenant == null ? query.withoutTenantId() : query.tenantIdIn(tenant);
                }
                cascade(
                        engine,
                        "procesdefinitionerne med nøglen '" + key + "'",
                        ids(query.list()),
                        List.of(),
                        administrator);
            }
        } else if (command instanceof SuspendProcessDefinitionCmd || command instanceof SuspendJobDefinitionCmd) {
            if (!administrator) {
                throw new CaseProtectionException("Kun en administrator kan suspendere procesdefinitioner og"
                        + " jobdefinitioner: en suspenderet definition standser de kørende sagers timere og"
                        + " opfølgninger.");
            }
        } else if (command instanceof UpdateProcessDefinitionHistoryTimeToLiveCmd update) {
            String id = (String) field(update, "processDefinitionId");
            ProcessDefinition definition = engine.getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionId(id)
                    .singleResult();
            if (definition != null && !administrator) {
                shorter("procesdefinitionen '" + id + "'", definition.getHistoryTimeToLive(), (Integer)
                        field(update, "historyTimeToLive"));
            }
        } else if (command instanceof UpdateDecisionDefinitionHistoryTimeToLiveCmd update) {
            String id = (String) field(update, "decisionDefinitionId");
            DecisionDefinition definition = engine.getRepositoryService()
                    .createDecisionDefinitionQuery()
                    .decisionDefinitionId(id)
                    .singleResult();
            if (definition != null && !administrator) {
                shorter("beslutningsdefinitionen '" + id + "'", definition.getHistoryTimeToLive(), (Integer)
                        field(update, "historyTimeToLive"));
            }
        }
    }

    private static void cascade(
            ProcessEngineConfigurationImpl engine,
            String what,
            List<String> processDefinitions,
            List<String> decisionDefinitions,
            boolean administrator) {
        long running = 0;
        long finished = 0;
        for (String id : processDefinitions) {
            running += engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processDefinitionId(id)
                    .count();
            finished += engine.getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionId(id)
                    .finished()
                    .count();
        }
        long decisions = decisionDefinitions.isEmpty()
                ? 0
                : engine.getHistoryService()
                        .createHistoricDecisionInstanceQuery()
                        .decisionDefinitionIdIn(decisionDefinitions.toArray(new String[0]))
                        .count();
        if (administrator && running > 0) {
            throw new CaseProtectionException("Sletning af " + what + " med cascade er afvist: " + running
                    + " procesinstanser (sager) kører stadig på den og ville gå tabt. Afslut eller migrér dem først.");
        }
        if (!administrator && running + finished + decisions > 0) {
            throw new CaseProtectionException("Sletning af " + what + " med cascade er afvist: den ville slette "
                    + running + " kørende og " + finished + " afsluttede procesinstanser"
                    + (decisions > 0 ? " og " + decisions + " beslutningsinstanser" : "")
                    + " med deres historik. Kun en administrator kan slette modeller, der har sager, og kun når"
                    + " ingen sag kører på dem.");
        }
    }

    private static void shorter(String what, Integer current, Integer wanted) {
        if (wanted != null && (current == null || wanted < current)) {
            throw new CaseProtectionException("Kun en administrator kan forkorte historikkens levetid for " + what
                    + " (fra " + (current == null ? "ubegrænset" : current + " dage") + " til " + wanted
                    + " dage): den natlige oprydning ville slette sagernes historik tidligere.");
        }
    }

    private static List<String> ids(List<ProcessDefinition> definitions) {
        return definitions.stream().map(ProcessDefinition::getId).toList();
    }

    /** A field of one of the engine's commands, which keep their parameters to themselves. */
    static Object field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(
                        "cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(
                "the engine has changed: " + command.getClass().getName() + " has no field " + name);
    }
}
