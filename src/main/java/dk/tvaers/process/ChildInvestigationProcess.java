package dk.tvaers.process;

/**
 * Constants of bpmn/child-investigation.bpmn: its key, element ids, forms, variables and their allowed values. No other class
 * spells these.
 */
public final class ChildInvestigationProcess {

    public static final String KEY = "child-investigation";

    /** Element ids. */
    public static final class Elements {
        public static final String CHILD_INVESTIGATION = "child-investigation";
        public static final String START_INVESTIGATION_STARTED = "start_investigation_started";
        public static final String USER_CHILD_INVESTIGATION = "user_child_investigation";
        public static final String TIMER_INVESTIGATION_WARNING = "timer_investigation_warning";
        public static final String TIMER_INVESTIGATION_DEADLINE = "timer_investigation_deadline";
        public static final String USER_WARN_TEAM_CHIEF = "user_warn_team_chief";
        public static final String END_WARNING_HANDLED = "end_warning_handled";
        public static final String USER_PRELIMINARY_ASSESSMENT = "user_preliminary_assessment";
        public static final String END_PRELIMINARY_ASSESSMENT_MADE = "end_preliminary_assessment_made";
        public static final String END_INVESTIGATION_FINISHED = "end_investigation_finished";
        public static final String FLOW_TO_INVESTIGATION = "flow_to_investigation";
        public static final String FLOW_INVESTIGATION_FINISHED = "flow_investigation_finished";
        public static final String FLOW_TO_WARNING = "flow_to_warning";
        public static final String FLOW_WARNING_HANDLED = "flow_warning_handled";
        public static final String FLOW_TO_PRELIMINARY_ASSESSMENT = "flow_to_preliminary_assessment";
        public static final String FLOW_PRELIMINARY_ASSESSMENT_MADE = "flow_preliminary_assessment_made";

        private Elements() {}
    }

    /** Form ids (camunda:formRef). */
    public static final class Forms {
        public static final String FORM_CHILD_INVESTIGATION = "form_child_investigation";
        public static final String FORM_INVESTIGATION_WARNING = "form_investigation_warning";
        public static final String FORM_PRELIMINARY_ASSESSMENT = "form_preliminary_assessment";

        private Forms() {}
    }

    /** Variable names. The case itself lives in the case tables; variables hold ids, choices and dates. */
    public static final class Variables {
        /** The case number, also the business key. */
        public static final String CASE_NUMBER = "caseNumber";
        /** The day the municipality became aware (yyyy-MM-dd). */
        public static final String AWARENESS_DATE = "awarenessDate";
        /** The member id of the child. */
        public static final String CHILD_ID = "childId";
        /** The conclusion. */
        public static final String INVESTIGATION_CONCLUSION = "investigationConclusion";
        /** The investigation is finished. */
        public static final String INVESTIGATION_FINISHED = "investigationFinished";
        /** The team chief followed up the warning. */
        public static final String WARNING_HANDLED = "warningHandled";
        /** The preliminary assessment. */
        public static final String PRELIMINARY_ASSESSMENT = "preliminaryAssessment";
        /** The preliminary assessment is written. */
        public static final String PRELIMINARY_ASSESSMENT_MADE = "preliminaryAssessmentMade";

        private Variables() {}
    }

    private ChildInvestigationProcess() {}
}
