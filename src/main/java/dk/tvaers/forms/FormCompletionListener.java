package dk.tvaers.forms;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Checks, when a user task completes, that its variables fill in the task's Camunda Form: required fields, allowed
 * values, lengths, dates. The browser checks the same, but a REST client or an old browser tab may not; a task whose
 * form is not filled in stays open and nothing of the completion is stored.
 */
public class FormCompletionListener implements TaskListener {

    private final TaskForms forms;

    public FormCompletionListener(TaskForms forms) {
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        forms.of(task.getId()).ifPresent(form -> {
            List<FormSchema.Violation> violations = form.check(Map.of(), task.getVariables());
            if (!violations.isEmpty()) {
                throw new InvalidFormException(violations);
            }
        });
    }

    /** The form is not filled in; the message names each field and what is wrong. */
    public static class InvalidFormException extends BadUserRequestException {
        private final transient List<FormSchema.Violation> violations;

        public InvalidFormException(List<FormSchema.Violation> violations) {
            super("Formularen er ikke udfyldt korrekt: "
                    + violations.stream().map(FormSchema.Violation::message).collect(Collectors.joining("; ")));
            this.violations = violations;
        }

        public List<FormSchema.Violation> violations() {
            return violations;
        }
    }
}
