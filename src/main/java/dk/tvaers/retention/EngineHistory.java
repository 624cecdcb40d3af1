package dk.tvaers.retention;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * The engine's history of a case or course: every historic process instance with its business key, and the instances
 * they called (child investigations), with their tasks, variables, form fields, identity links, comments,
 * attachments, activity and job logs and incidents, which the engine deletes along with each instance, and the user
 * operation log entries that name them, which it does not.
 */
@Component
class EngineHistory {

    /** Stays under the engine's and PostgreSQL's limits for one IN list. */
    private static final int CHUNK = 500;

    private final HistoryService history;

    EngineHistory(HistoryService history) {
        this.history = history;
    }

    /** The historic process instances of the business key and every instance they called, at any depth. */
    Set<String> instancesOf(String businessKey) {
        Set<String> ids = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>();
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).unlimitedList().stream()
                .map(HistoricProcessInstance::getId)
                .forEach(open::add);
        while (!open.isEmpty()) {
            String id = open.pop();
            if (ids.add(id)) {
                history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).unlimitedList().stream()
                        .map(HistoricProcessInstance::getId)
                        .forEach(open::add);
            }
        }
        return ids;
    }

    /** Whether any of the instances still runs: its history cannot be deleted yet. */
    boolean anyRunning(Set<String> ids) {
        for (List<String> chunk : chunks(ids)) {
            if (history.createHistoricProcessInstanceQuery()
                            .processInstanceIds(new LinkedHashSet<>(chunk))
                            .unfinished()
                            .count()
                    > 0) {
                return true;
            }
        }
        return false;
    }

    /** Deletes the finished instances' history; an instance deleted already is skipped. */
    void delete(Set<String> ids) {
        for (List<String> chunk : chunks(ids)) {
            for (String id : chunk) {
                for (UserOperationLogEntry entry : history.createUserOperationLogQuery()
                        .processInstanceId(id)
                        .unlimitedList()) {
                    history.deleteUserOperationLogEntry(entry.getId());
                }
            }
            history.deleteHistoricProcessInstancesIfExists(chunk);
        }
    }

    private static List<List<String>> chunks(Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
