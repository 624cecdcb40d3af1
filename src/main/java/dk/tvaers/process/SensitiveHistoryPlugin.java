package dk.tvaers.process;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data that passes through a process out of the engine's history: no variable instance
 * (ACT_HI_VARINST), variable update or form property (ACT_HI_DETAIL) of a {@link #SENSITIVE} variable is written,
 * whatever the history level. A start form's concern (and a report of concern's child, reporter and content) is such a variable: {@link OpenCaseDelegate} moves it into the
 * case tables and removes it in the same transaction, so it is in no engine table afterwards; the family meeting's
 * child's wishes likewise ({@link ChildVoiceListeners#planWishes}).
 *
 * <p>The filter sits around the engine's history event handler rather than in a custom history level: a history level
 * sees a form property event without the property's name, so it could only drop all of them, and a level of its own
 * would no longer match the level stored in a database made with {@code full}.
 */
@Component
public class SensitiveHistoryPlugin extends AbstractProcessEnginePlugin {

    /** The process variables that never enter history. */
    public static final Set<String> SENSITIVE = sensitive();

    private static Set<String> sensitive() {
        Set<String> names = new java.util.HashSet<>(ReportOfConcernProcess.PERSONAL_FIELDS);
        names.add(FamilyInterventionProcess.CONCERN.name());
        names.add(FamilyInterventionProcess.INVESTIGATION_EXTENT_REASON.name());
        names.add(FamilyInterventionProcess.CHILD_WISHES.name());
        names.add(FamilyInterventionProcess.YOUNG_PERSONS_VIEW.name());
        return Set.copyOf(names);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
    }

    /** Whether the history event names a sensitive variable or form field. */
    static boolean isSensitive(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return SENSITIVE.contains(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity property) {
            return SENSITIVE.contains(property.getPropertyId());
        }
        return false;
    }

    /** Passes every other event on to the engine's own handler. */
    record Filter(HistoryEventHandler next) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isSensitive(event)) {
                next.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            List<HistoryEvent> kept =
                    events.stream().filter(e -> !isSensitive(e)).toList();
            if (!kept.isEmpty()) {
                next.handleEvents(kept);
            }
        }
    }
}
