package dk.tvaers.process;

/** Test-side ids of incident-follow-up.bpmn: every variable its form may use. */
public final class IncidentFollowUpIds {

    public static final class Elements {
        public static final String START_STEP_FAILED = "start_step_failed";
        public static final String USER_FOLLOW_UP_INCIDENT = IncidentFollowUpProcess.USER_FOLLOW_UP_INCIDENT;
        public static final String END_INCIDENT_FOLLOWED_UP = "end_incident_followed_up";

        private Elements() {}
    }

    public static final class Variables {
        public static final String CASE_NUMBER = IncidentFollowUpProcess.CASE_NUMBER.name();
        public static final String FAILED_STEP = IncidentFollowUpProcess.FAILED_STEP.name();
        public static final String INCIDENT_ID = IncidentFollowUpProcess.INCIDENT_ID.name();
        public static final String INCIDENT_NOTE = "incidentNote";
        public static final String INCIDENT_FOLLOWED_UP = "incidentFollowedUp";

        private Variables() {}
    }

    private IncidentFollowUpIds() {}
}
