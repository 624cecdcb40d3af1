package dk.tvaers.security.guard;

import dk.tvaers.forms.FormSchema;
import dk.tvaers.forms.TaskForms;
import java.util.Optional;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What the deployed models and forms say about an element, read inside the running command: a user task's
 * {@code camunda:properties} (statutoryDeadline, userMayThrow) and the forms of tasks and start events.
 */
final class ModelFacts {

    /** A task whose due date is a statutory deadline: nobody moves it later. */
    static final String STATUTORY_DEADLINE = "statutoryDeadline";
    /** Error or escalation codes a user may raise on a task, comma-separated. */
    static final String USER_MAY_THROW = "userMayThrow";

    /** The value of a camunda:property of a model element, or null. */
    static String property(CommandContext context, String processDefinitionId, String elementId, String name) {
        if (processDefinitionId == null || elementId == null) {
            return null;
        }
        BpmnModelInstance model = context.getProcessEngineConfiguration()
                .getDeploymentCache()
                .findBpmnModelInstanceForProcessDefinition(processDefinitionId);
        ModelElementInstance element = model == null ? null : model.getModelElementById(elementId);
        if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
            return null;
        }
        for (CamundaProperties properties : base.getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaProperties.class)
                .list()) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (name.equals(property.getCamundaName())) {
                    return property.getCamundaValue();
                }
            }
        }
        return null;
    }

    static Optional<FormSchema> taskForm(CommandContext context, String taskId) {
        TaskForms forms =
                new TaskForms(() -> context.getProcessEngineConfiguration().getFormService());
        return context.runWithoutAuthorization(() -> forms.of(taskId));
    }

    static Optional<FormSchema> startForm(CommandContext context, String processDefinitionId) {
        TaskForms forms =
                new TaskForms(() -> context.getProcessEngineConfiguration().getFormService());
        return context.runWithoutAuthorization(() -> forms.ofStart(processDefinitionId));
    }

    private ModelFacts() {}
}
