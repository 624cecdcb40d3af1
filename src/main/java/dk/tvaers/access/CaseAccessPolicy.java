package dk.tvaers.access;

import dk.tvaers.kernel.Roles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Need-to-know: who may open which case record. A caseworker (of an administration, or as coordinator, team chief or
 * mentor) opens the cases on which one of her groups, or she herself, has or had a task, and only those; team leads
 * and administrators open every case; the steering group sees figures only (the board and reports), not records.
 * The access log and the records export are for the data protection officer alone. Documented with every role and
 * resource in docs/authorization.md; the role sets are kernel/Roles.
 */
@Component
public class CaseAccessPolicy {

    /** The decision on one record. */
    public enum Decision {
        GRANTED,
        DENIED,
        /** No such record: answered 404 by the operation itself. Case numbers are sequential, so not a secret. */
        NOT_FOUND
    }

    private final CaseWork work;
    private final Map<RecordType, RecordDirectory> directories = new EnumMap<>(RecordType.class);

    public CaseAccessPolicy(CaseWork work, List<RecordDirectory> directories) {
        this.work = work;
        for (RecordDirectory directory : directories) {
            for (RecordType type : directory.types()) {
                if (this.directories.put(type, directory) != null) {
                    throw new IllegalStateException("Two record directories answer for " + type);
                }
            }
        }
        for (RecordType type : RecordType.values()) {
            if (!this.directories.containsKey(type)) {
                throw new IllegalStateException("No record directory answers for " + type);
            }
        }
    }

    public Decision decide(Viewer viewer, RecordType type, String key, Purpose purpose) {
        if (!exists(type, key)) {
            return Decision.NOT_FOUND;
        }
        return allowed(viewer, type, key, purpose) ? Decision.GRANTED : Decision.DENIED;
    }

    /** Whether the viewer may open this record for this purpose; the record is assumed to exist. */
    public boolean allowed(Viewer viewer, RecordType type, String key, Purpose purpose) {
        if (!viewer.authenticated()) {
            return false;
        }
        return switch (purpose) {
            case ACCESS_LOG, RECORDS_EXPORT -> viewer.audits();
            case REPORTS -> viewer.readsReports();
            // reports of concern are received and assessed by SOF, team chiefs and team leads, whoever has the task
            case CASE_WORK ->
                type == RecordType.REPORT_OF_CONCERN
                        ? Roles.receivesConcerns(viewer.groups())
                        : viewer.opensEveryCase() || (type != RecordType.PERSON && workedOn(viewer, key));
        };
    }

    /** Her groups or she herself had a task on the case (see {@link CaseWork#workedOn}). */
    private boolean workedOn(Viewer viewer, String businessKey) {
        return work.workedOn(businessKey, viewer.userId(), viewer.groups());
    }

    private boolean exists(RecordType type, String key) {
        return directories.get(type).exists(type, key);
    }
}
