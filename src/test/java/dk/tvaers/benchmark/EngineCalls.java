package dk.tvaers.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/** Engine calls the benchmarks make on a caseworker's behalf. */
final class EngineCalls {

    /** Completes a task as the user with her groups: the engine guard, the form check and authorization apply. */
    static void completeAs(
            ProcessEngine engine, String user, List<String> groups, String taskId, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            engine.getTaskService().complete(taskId, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private EngineCalls() {}
}
