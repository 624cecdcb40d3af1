package dk.tvaers.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;

/** The Camunda Form deployed for a task, resolved as Tasklist resolves it (camunda:formRef and its binding). */
public class TaskForms {

    private final Supplier<FormService> forms;
    private final ObjectMapper json = new ObjectMapper();

    /** @param forms the engine's form service, looked up when first needed (the engine may not exist yet) */
    public TaskForms(Supplier<FormService> forms) {
        this.forms = forms;
    }

    /** The process definition's start form, or empty when it has none. */
    public Optional<FormSchema> ofStart(String processDefinitionId) {
        try (InputStream in = forms.get().getDeployedStartForm(processDefinitionId)) {
            return Optional.of(FormSchema.of(json.readTree(in)));
        } catch (ProcessEngineException | IOException e) {
            return Optional.empty();
        }
    }

    /** The task's form, or empty when the task has none (or is not there: the engine will say so itself). */
    public Optional<FormSchema> of(String taskId) {
        try (InputStream in = forms.get().getDeployedTaskForm(taskId)) {
            return Optional.of(FormSchema.of(json.readTree(in)));
        } catch (ProcessEngineException | IOException e) {
            return Optional.empty();
        }
    }
}
