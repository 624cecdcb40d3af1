package dk.tvaers.process;

/**
 * Test-side ids of report-of-concern.bpmn that process tests drive and the forms name (every variable a form may use):
 * what the application does not need. {@link ReportOfConcernProcess} holds what it uses.
 */
public final class ReportOfConcernIds {

    public static final class Elements {
        public static final String USER_ASSESS_REPORT = ReportOfConcernProcess.USER_ASSESS_REPORT;
        public static final String USER_REASSESS_REPORT = ReportOfConcernProcess.USER_REASSESS_REPORT;
        public static final String USER_SEND_RECEIPT = ReportOfConcernProcess.USER_SEND_RECEIPT;
        public static final String USER_ESCALATE_ASSESSMENT = "user_escalate_assessment";
        public static final String USER_FOLLOWUP_RECEIPT = "user_followup_receipt";
        public static final String TIMER_ASSESSMENT_OVERDUE = "timer_assessment_overdue";
        public static final String TIMER_REASSESSMENT_OVERDUE = "timer_reassessment_overdue";
        public static final String TIMER_RECEIPT_OVERDUE = "timer_receipt_overdue";
        public static final String END_NO_ACTION = "end_no_action";
        public static final String END_REFERRED = "end_referred";
        public static final String END_ADDED_TO_OPEN_CASE = "end_added_to_open_case";
        public static final String END_REASSESSED = "end_reassessed";
        public static final String END_ESCALATION_HANDLED = "end_escalation_handled";
        public static final String END_RECEIPT_SENT = "end_receipt_sent";
        public static final String END_NO_RECEIPT = "end_no_receipt";
        public static final String END_RECEIPT_FOLLOWED_UP = "end_receipt_followed_up";
        /** The assessment sub-process is done (its terminate end events end an open escalation with it). */
        public static final String END_ASSESSED = "end_assessed";

        private Elements() {}
    }

    public static final class Variables {
        public static final String REPORT_NUMBER = "reportNumber";
        public static final String REPORTER_KIND = "reporterKind";
        public static final String REPORTER_NAME = "reporterName";
        public static final String REPORTER_ORGANISATION = "reporterOrganisation";
        public static final String REPORTER_ROLE = "reporterRole";
        public static final String REPORTER_CONTACT = "reporterContact";
        public static final String CHILD_NAME = "childName";
        public static final String CHILD_CPR = "childCpr";
        public static final String REPORT_CONTENT = "reportContent";
        public static final String RECEIVED_AT = "receivedAt";
        public static final String IN_OPEN_CASE = "inOpenCase";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String ASSESSMENT_OUTCOME = "assessmentOutcome";
        public static final String DISTRICT = "district";
        public static final String REFERRAL_SOURCE = "referralSource";
        public static final String SSP_CATEGORY = "sspCategory";
        /** The re-assessment was made. */
        public static final String REASSESSMENT_MADE = "reassessmentMade";
        /** The receipt was sent. */
        public static final String RECEIPT_SENT = "receiptSent";
        /** The team chief followed up. */
        public static final String ESCALATION_HANDLED = "escalationHandled";

        private Variables() {}
    }

    private ReportOfConcernIds() {}
}
