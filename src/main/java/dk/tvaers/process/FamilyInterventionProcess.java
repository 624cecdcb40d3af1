package dk.tvaers.process;

/**
 * Constants of bpmn/family-intervention.bpmn: its key, element ids and variables. No other class spells these.
 */
public final class FamilyInterventionProcess {

    public static final String KEY = "family-intervention";

    /** Element ids. */
    public static final class Elements {
        public static final String START_REFERRAL_RECEIVED = "start_referral_received";
        public static final String SERVICE_OPEN_CASE = "service_open_case";
        public static final String USER_REGISTER_MEMBERS = "user_register_members";
        public static final String END_CASE_REGISTERED = "end_case_registered";

        private Elements() {}
    }

    /** Form ids (camunda:formRef). */
    public static final class Forms {
        public static final String REFERRAL = "form_referral";
        public static final String REGISTER_MEMBERS = "form_register_members";

        private Forms() {}
    }

    /** Variable names. The case itself lives in the case tables; variables hold ids, choices and dates. */
    public static final class Variables {
        public static final String CASE_NUMBER = "caseNumber";
        public static final String DISTRICT = "district";
        public static final String REFERRAL_SOURCE = "referralSource";
        public static final String SSP_CATEGORY = "sspCategory";
        public static final String AWARENESS_DATE = "awarenessDate";
        public static final String MEMBERS_REGISTERED = "membersRegistered";

        private Variables() {}
    }

    private FamilyInterventionProcess() {}
}
