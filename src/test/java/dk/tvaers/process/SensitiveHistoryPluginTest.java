package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.FamilyInterventionIds.Variables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

class SensitiveHistoryPluginTest {

    private final List<HistoryEvent> written = new ArrayList<>();
    private final HistoryEventHandler filter = new SensitiveHistoryPlugin.Filter(new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
            written.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            written.addAll(events);
        }
    });

    @Test
    void theConcernIsNeitherAVariableInHistoryNorAFormPropertyWhileOtherEventsPass() {
        HistoricVariableUpdateEventEntity concern = variable(Variables.CONCERN);
        HistoricVariableUpdateEventEntity district = variable(Variables.DISTRICT);
        HistoricFormPropertyEventEntity concernField = new HistoricFormPropertyEventEntity();
        concernField.setPropertyId(Variables.CONCERN);
        HistoricFormPropertyEventEntity districtField = new HistoricFormPropertyEventEntity();
        districtField.setPropertyId(Variables.DISTRICT);
        HistoricProcessInstanceEventEntity start = new HistoricProcessInstanceEventEntity();

        filter.handleEvent(concern);
        filter.handleEvent(concernField);
        filter.handleEvents(List.of(concern, concernField));
        assertThat(written).isEmpty();

        filter.handleEvent(district);
        filter.handleEvents(List.of(concern, districtField, start));
        assertThat(written).containsExactly(district, districtField, start);
    }

    private static HistoricVariableUpdateEventEntity variable(String name) {
        HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
        event.setVariableName(name);
        return event;
    }
}
