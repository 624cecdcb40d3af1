package dk.tvaers.process;

import dk.tvaers.concern.ConcernOutcome;
import dk.tvaers.concern.ConcernService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Writes what the tasks of a report of concern decided onto the report, when each task completes: the assessment's
 * outcome (a referral is written by {@link ReferReportDelegate} with the case it opened), the new assessment of a
 * report on a child in an open case, and the receipt sent to a professional reporter.
 */
@Component(ConcernTaskListener.BEAN)
class ConcernTaskListener implements TaskListener {

    static final String BEAN = "concernTaskListener";

    private final ConcernService concerns;
    private final IdentityService identity;

    ConcernTaskListener(ConcernService concerns, IdentityService identity) {
        this.concerns = concerns;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String reportNumber = ReportOfConcernProcess.REPORT_NUMBER.from(task);
        String user = CompletingUser.of(task, identity, "Opgaven skal udføres af en bruger, der er logget ind");
        switch (task.getTaskDefinitionKey()) {
            case ReportOfConcernProcess.USER_ASSESS_REPORT -> {
                ConcernOutcome outcome = ConcernOutcome.valueOf(ReportOfConcernProcess.ASSESSMENT_OUTCOME.from(task));
                if (outcome != ConcernOutcome.REFER) {
                    concerns.assessed(reportNumber, outcome, user, null);
                }
            }
            case ReportOfConcernProcess.USER_REASSESS_REPORT ->
                concerns.assessed(reportNumber, ConcernOutcome.REASSESSED, user, null);
            case ReportOfConcernProcess.USER_SEND_RECEIPT -> concerns.receiptSent(reportNumber);
            default -> {
                // no other task writes onto the report
            }
        }
    }
}
