package dk.tvaers.process;

/**
 * Test-side ids of the model that process tests drive and the forms name (every variable a form may use): what
 * the application does not need. {@link ChildInvestigationProcess} holds what it uses.
 */
public final class ChildInvestigationIds {

    public static final class Elements {
        public static final String USER_CHILD_INVESTIGATION = ChildInvestigationProcess.USER_CHILD_INVESTIGATION;
        public static final String TIMER_INVESTIGATION_WARNING = "timer_investigation_warning";
        public static final String TIMER_PRELIMINARY_ASSESSMENT = "timer_preliminary_assessment";
        public static final String TIMER_LATE_INVESTIGATION = "timer_late_investigation";
        public static final String USER_FOLLOW_UP_LATE_INVESTIGATION = "user_follow_up_late_investigation";
        public static final String END_LATE_INVESTIGATION_FOLLOWED_UP = "end_late_investigation_followed_up";
        public static final String END_INVESTIGATION_FINISHED = "end_investigation_finished";
        public static final String USER_WARN_TEAM_CHIEF = "user_warn_team_chief";
        public static final String USER_PRELIMINARY_ASSESSMENT = "user_preliminary_assessment";
        public static final String END_PRELIMINARY_ASSESSMENT_MADE = "end_preliminary_assessment_made";
        public static final String END_INVESTIGATION_HANDED_OVER = "end_investigation_handed_over";
        public static final String END_INVESTIGATION_ENDED_AFTER_ASSESSMENT =
                "end_investigation_ended_after_assessment";

        private Elements() {}
    }

    public static final class Variables {
        /** The case number, also the business key. */
        public static final String CASE_NUMBER = "caseNumber";
        /** The day the municipality became aware (yyyy-MM-dd). */
        public static final String AWARENESS_DATE = "awarenessDate";
        /** The conclusion. */
        public static final String INVESTIGATION_CONCLUSION = "investigationConclusion";
        /** The investigation is finished. */
        public static final String INVESTIGATION_FINISHED = "investigationFinished";
        /** The team chief followed up the warning. */
        public static final String WARNING_HANDLED = "warningHandled";
        /** The preliminary assessment. */
        public static final String PRELIMINARY_ASSESSMENT = "preliminaryAssessment";

        /** The day the team chief expects the late investigation finished. */
        public static final String EXPECTED_FINISH = "expectedFinish";
        /** The team chief followed up the late investigation. */
        public static final String LATE_INVESTIGATION_FOLLOWED_UP = "lateInvestigationFollowedUp";

        /** The member id of the child. */
        public static final String CHILD_ID = "childId";
        /** The preliminary assessment is written. */
        public static final String PRELIMINARY_ASSESSMENT_MADE = "preliminaryAssessmentMade";

        private Variables() {}
    }

    private ChildInvestigationIds() {}
}
