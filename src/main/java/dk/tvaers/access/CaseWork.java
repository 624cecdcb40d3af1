package dk.tvaers.access;

import java.util.List;

/**
 * Who worked on a case or course, as need-to-know asks it: implemented by the module that owns the engine's task
 * history (process), so that access reads no other module's tables.
 */
public interface CaseWork {

    /**
     * Whether one of the groups, or the user herself, had a task on the process instances with this business key: a
     * candidate group or candidate user of it, or its assignee (now, or when it was completed).
     */
    boolean workedOn(String businessKey, String userId, List<String> groups);
}
