package dk.tvaers.support;

import dk.tvaers.process.FamilyInterventionProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * What a refused write must leave as it was in a family case's process: its open tasks (of the case and its called
 * processes), the case process's variables, its event subscriptions and its activity history. Compared before and after
 * the refusals with {@code isEqualTo}.
 */
public record CaseProcessState(List<String> tasks, Map<String, Object> variables, long subscriptions, long activities) {

    public static CaseProcessState of(ProcessEngine engine, String caseNumber) {
        String instance = familyInstance(engine, caseNumber);
        return new CaseProcessState(
                engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
                        .map(t -> t.getTaskDefinitionKey() + "/" + t.getId())
                        .sorted()
                        .toList(),
                engine.getRuntimeService().getVariables(instance),
                engine.getRuntimeService()
                        .createEventSubscriptionQuery()
                        .processInstanceId(instance)
                        .count(),
                engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .count());
    }

    /** The running family-intervention instance of the case. */
    public static String familyInstance(ProcessEngine engine, String caseNumber) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .singleResult()
                .getId();
    }
}
