package dk.tvaers.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a quarterly report task the quarter it reports on, as task-local variables {@code reportFrom} and
 * {@code reportTo} (yyyy-MM-dd) that its form links to the outcome report with. The quarter is the report cycle that
 * has just ended: the report comes every {@code tvaers.deadlines.quarterly-report-cycle} from the start of the intensive
 * phase, not on calendar quarters, so a task created on 15 October (Danish date) with a cycle of P3M covers 15 July to
 * 14 October, and consecutive reports' periods meet without overlap.
 */
@Component(QuarterlyReportPeriodListener.BEAN)
class QuarterlyReportPeriodListener implements TaskListener {

    static final String BEAN = "quarterlyReportPeriodListener";

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private final ProcessDeadlines deadlines;

    QuarterlyReportPeriodListener(ProcessDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        ReportPeriod period = period(task.getCreateTime().toInstant(), deadlines.getQuarterlyReportCycle());
        FamilyInterventionProcess.REPORT_FROM.setLocal(task, period.from().toString());
        FamilyInterventionProcess.REPORT_TO.setLocal(task, period.to().toString());
    }

    /** The cycle that ended on the (Danish) day before the task was created. */
    static ReportPeriod period(Instant created, String cycle) {
        LocalDate day = created.atZone(DANISH).toLocalDate();
        LocalDate from = cycle.contains("T")
                ? created.minus(Duration.parse(cycle)).atZone(DANISH).toLocalDate()
                : day.minus(Period.parse(cycle));
        return new ReportPeriod(from, day.minusDays(1));
    }

    /** A report's period, both days included. */
    record ReportPeriod(LocalDate from, LocalDate to) {}
}
