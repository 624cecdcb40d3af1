package dk.tvaers.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Adds the {@link FormCompletionListener} to every user task of every model the engine deploys. */
@Component
public class FormCompletionPlugin extends AbstractProcessEnginePlugin {

    private final FormCompletionListener listener = new FormCompletionListener(
            new TaskForms(() -> Context.getProcessEngineConfiguration().getFormService()));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(parseListener(listener));
    }

    static BpmnParseListener parseListener(TaskListener listener) {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                // first: a completion that does not fill in the form goes no further
                List<TaskListener> complete = task.getTaskListeners().get(TaskListener.EVENTNAME_COMPLETE);
                if (complete == null || complete.isEmpty()) {
                    task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
                } else {
                    complete.add(0, listener);
                }
            }
        };
    }
}
