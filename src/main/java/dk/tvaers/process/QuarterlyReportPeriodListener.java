package dk.tvaers.process;

import dk.tvaers.kernel.ReportPeriod;
import java.time.Clock;
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

    /** Danish dates as the users read them (d.M.yyyy); the ISO ones stay for the report's link. */
    private static final java.time.format.DateTimeFormatter DANISH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy");

    private final ProcessDeadlines deadlines;
    private final Clock clock;

    QuarterlyReportPeriodListener(ProcessDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ReportPeriod period = ReportPeriod.cycleEndedBefore(
                task.getCreateTime().toInstant(), deadlines.getQuarterlyReportCycle(), clock.getZone());
        FamilyInterventionProcess.REPORT_FROM.setLocal(task, period.from().toString());
        FamilyInterventionProcess.REPORT_TO.setLocal(task, period.to().toString());
        FamilyInterventionProcess.REPORT_PERIOD.setLocal(
                task, DANISH_DATE.format(period.from()) + " – " + DANISH_DATE.format(period.to()));
    }
}
