package dk.tvaers.process;

/**
 * Test-side ids of bpmn/support-decision.bpmn that process tests drive and the forms name. {@link SupportDecisionProcess}
 * holds what the application uses.
 */
public final class SupportDecisionIds {

    public static final class Elements {
        public static final String SERVICE_OPEN_DECISION = "service_open_decision";
        public static final String USER_DRAFT_DECISION = SupportDecisionProcess.USER_DRAFT_DECISION;
        public static final String SERVICE_OPEN_HEARING = "service_open_hearing";
        public static final String USER_REGISTER_HEARING = SupportDecisionProcess.USER_REGISTER_HEARING;
        public static final String TIMER_HEARING_DEADLINE = "timer_hearing_deadline";
        public static final String SERVICE_CLOSE_HEARING = "service_close_hearing";
        public static final String USER_FINAL_DECISION = SupportDecisionProcess.USER_FINAL_DECISION;
        public static final String END_DECISION_MADE = "end_decision_made";
        public static final String TIMER_DRAFT_DECISION_OVERDUE = "timer_draft_decision_overdue";
        public static final String USER_FOLLOWUP_DRAFT_DECISION = "user_followup_draft_decision";
        public static final String TIMER_FINAL_DECISION_OVERDUE = "timer_final_decision_overdue";
        public static final String USER_FOLLOWUP_FINAL_DECISION = "user_followup_final_decision";

        private Elements() {}
    }

    public static final class Variables {
        /** The case number, also the business key. */
        public static final String CASE_NUMBER = "caseNumber";
        /** The draft is written in the case. */
        public static final String DECISION_DRAFTED = "decisionDrafted";
        /** Every party's answer is registered. */
        public static final String HEARING_ANSWERS_REGISTERED = "hearingAnswersRegistered";
        /** The decision is final. */
        public static final String DECISION_FINAL = "decisionFinal";
        /** The coordinator followed up an overdue task (form_overdue_followup). */
        public static final String OVERDUE_FOLLOWED_UP = "overdueFollowedUp";

        private Variables() {}
    }

    private SupportDecisionIds() {}
}
