package dk.tvaers.process;

/**
 * Test-side ids of bpmn/support-follow-up.bpmn that process tests drive and the forms name. {@link
 * SupportFollowUpProcess} holds what the application uses.
 */
public final class SupportFollowUpIds {

    public static final class Elements {
        public static final String TIMER_FOLLOW_UP_DUE = "timer_follow_up_due";
        public static final String USER_FOLLOW_UP_SUPPORT = SupportFollowUpProcess.USER_FOLLOW_UP_SUPPORT;
        public static final String TIMER_FOLLOW_UP_SUPPORT_OVERDUE = "timer_follow_up_support_overdue";
        public static final String USER_FOLLOWUP_FOLLOW_UP_SUPPORT = "user_followup_follow_up_support";
        public static final String END_FOLLOWUP_FOLLOW_UP_SUPPORT = "end_followup_follow_up_support";
        public static final String END_SUPPORT_ENDED = "end_support_ended";
        public static final String EVT_FOLLOW_UP = "evt_follow_up";
        public static final String MSG_INVESTIGATIONS_FINISHED = "msg_investigations_finished";
        public static final String MSG_INVESTIGATIONS_FINISHED_WHILE_OPEN = "msg_investigations_finished_while_open";

        private Elements() {}
    }

    public static final class Variables {
        /** The case number, also the business key. */
        public static final String CASE_NUMBER = "caseNumber";
        /** The coordinator followed up the support and recorded the conversations. */
        public static final String SUPPORT_FOLLOWED_UP = "supportFollowedUp";
        /** The coordinator's date of the next follow-up (empty: the municipality's interval). */
        public static final String NEXT_FOLLOW_UP_DATE = "nextFollowUpDate";
        /** The overdue follow-up's form. */
        public static final String OVERDUE_FOLLOWED_UP = "overdueFollowedUp";

        private Variables() {}
    }

    private SupportFollowUpIds() {}
}
