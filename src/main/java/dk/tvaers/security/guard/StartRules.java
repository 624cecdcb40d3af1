package dk.tvaers.security.guard;

import dk.tvaers.forms.FormSchema;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A user starts only the processes she may refer to (family-intervention), at the start event, with the start
 * form's fields: no business key (the case number comes from intake), no start instructions, no other variables.
 */
class StartRules {

    private final GuardProperties properties;

    StartRules(GuardProperties properties) {
        this.properties = properties;
    }

    void check(
            CommandContext context,
            String definitionId,
            String definitionKey,
            String businessKey,
            String caseInstanceId,
            Map<String, Object> submitted) {
        ProcessDefinitionEntity definition = definition(context, definitionId, definitionKey);
        if (!properties.getUserStartable().contains(definition.getKey())) {
            throw new Refusal.Forbidden("Processen '" + definition.getKey() + "' startes af Tværs selv, ikke af en"
                    + " bruger; en familie henvises med 'Henvis en familie'");
        }
        if (businessKey != null && !businessKey.isBlank()) {
            throw Refusal.Invalid.field(
                    "businessKey", "Sagsnummeret tildeles af Tværs; en henvisning kan ikke angive sin egen nøgle");
        }
        if (caseInstanceId != null) {
            throw Refusal.Invalid.field("caseInstanceId", "En henvisning kan ikke knyttes til en anden sag");
        }
        VariableMap variables = VariableRules.plain(submitted);
        FormSchema form = ModelFacts.startForm(context, definition.getId())
                .orElseThrow(() -> new Refusal.Forbidden("Processen har ingen startformular"));
        for (String name : variables.keySet()) {
            if (!form.fields().containsKey(name)) {
                throw Refusal.Invalid.field(name, "'" + name + "' er ikke et felt i startformularen");
            }
        }
        VariableRules.checkValues(variables);
        List<FormSchema.Violation> violations = form.check(variables, Map.of());
        if (!violations.isEmpty()) {
            throw new Refusal.Invalid(
                    "Startformularen er ikke udfyldt korrekt: "
                            + violations.stream()
                                    .map(FormSchema.Violation::message)
                                    .collect(Collectors.joining("; ")),
                    violations.stream()
                            .map(v -> Map.of("field", v.field(), "message", v.message()))
                            .toList());
        }
    }

    private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
        DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
        try {
            ProcessDefinitionEntity definition = id != null
                    ? cache.findDeployedProcessDefinitionById(id)
                    : cache.findDeployedLatestProcessDefinitionByKey(key);
            if (definition != null) {
                return definition;
            }
        } catch (ProcessEngineException e) {
            // answered below
        }
        throw new Refusal.Invalid(404, null, "Processen findes ikke");
    }
}
