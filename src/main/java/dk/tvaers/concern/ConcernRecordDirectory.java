package dk.tvaers.concern;

import dk.tvaers.access.RecordDirectory;
import dk.tvaers.access.RecordType;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Need-to-know's question whether a report of concern (by report number) exists. */
@Component
class ConcernRecordDirectory implements RecordDirectory {

    private final ReportOfConcernRepository reports;

    ConcernRecordDirectory(ReportOfConcernRepository reports) {
        this.reports = reports;
    }

    @Override
    public Set<RecordType> types() {
        return Set.of(RecordType.REPORT_OF_CONCERN);
    }

    @Override
    public boolean exists(RecordType type, String key) {
        return key != null && reports.findByReportNumber(key).isPresent();
    }
}
