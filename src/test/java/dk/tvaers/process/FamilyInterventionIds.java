package dk.tvaers.process;

/**
 * Test-side ids of the model that process tests drive and the forms name (every variable a form may use): what
 * the application does not need. {@link FamilyInterventionProcess} holds what it uses.
 */
public final class FamilyInterventionIds {

    public static final class Elements {
        public static final String USER_REGISTER_MEMBERS = "user_register_members";
        public static final String CALL_CHILD_INVESTIGATION = "call_child_investigation";
        public static final String CALL_SUPPORT_DECISION = "call_support_decision";
        public static final String USER_DECIDE_VISITATION = "user_decide_visitation";
        public static final String MSG_URGENT_SUPPORT_REQUESTED = "msg_urgent_support_requested";
        public static final String USER_DECIDE_URGENT_SUPPORT = "user_decide_urgent_support";
        public static final String USER_START_URGENT_SUPPORT = "user_start_urgent_support";
        public static final String END_URGENT_SUPPORT_STARTED = "end_urgent_support_started";
        public static final String END_URGENT_SUPPORT_NOT_NEEDED = "end_urgent_support_not_needed";
        public static final String USER_HANDOVER_ORDINARY_SUPPORT = "user_handover_ordinary_support";
        public static final String SERVICE_CLOSE_NOT_VISITED = "service_close_not_visited";
        public static final String END_NOT_VISITED = "end_not_visited";
        public static final String SERVICE_CHECK_CAPACITY = "service_check_capacity";
        public static final String MSG_PLACE_OFFERED = "msg_place_offered";
        public static final String XOR_INTAKE_SCREENED = "xor_intake_screened";
        public static final String USER_SCREEN_FAMILY = "user_screen_family";
        public static final String SERVICE_RECOMMEND_VISITATION = "service_recommend_visitation";
        public static final String USER_FAMILY_MEETING_PLAN = "user_family_meeting_plan";
        public static final String USER_ACCEPT_GOALS_SOF = "user_accept_goals_sof";
        public static final String USER_ACCEPT_GOALS_BUF = "user_accept_goals_buf";
        public static final String USER_ACCEPT_GOALS_BIF = "user_accept_goals_bif";
        public static final String USER_ACCEPT_GOALS_KFF = "user_accept_goals_kff";
        public static final String SUB_COURSE = "sub_course";
        public static final String SUB_INTENSIVE_PHASE = "sub_intensive_phase";
        public static final String TIMER_PROGRESS_REVIEW = "timer_progress_review";
        public static final String USER_DECIDE_PROGRESS = "user_decide_progress";
        public static final String TIMER_DECIDE_PROGRESS_OVERDUE = "timer_decide_progress_overdue";
        public static final String END_COURSE_CLOSED_AFTER_INTENSIVE = "end_course_closed_after_intensive";
        public static final String USER_END_PHASE_OUT = "user_end_phase_out";
        public static final String TIMER_END_PHASE_OUT_OVERDUE = "timer_end_phase_out_overdue";
        public static final String END_AFTERCARE_DECLINED = "end_aftercare_declined";
        public static final String END_COURSE_COMPLETED = "end_course_completed";
        public static final String START_FAMILY_MEETING_CALLED = "start_family_meeting_called";
        public static final String USER_REVISE_PLAN = "user_revise_plan";
        public static final String END_PLAN_REVISED = "end_plan_revised";
        public static final String USER_OFFER_SOF = "user_offer_sof";
        public static final String USER_OFFER_BUF = "user_offer_buf";
        public static final String USER_OFFER_BIF = "user_offer_bif";
        public static final String USER_OFFER_KFF = "user_offer_kff";
        public static final String END_INTENSIVE_PHASE = "end_intensive_phase";
        public static final String START_COORDINATION_MEETING = "start_coordination_meeting";
        public static final String USER_HOLD_COORDINATION_MEETING = "user_hold_coordination_meeting";
        public static final String USER_MEETING_TASK_SOF = "user_meeting_task_sof";
        public static final String USER_MEETING_TASK_BUF = "user_meeting_task_buf";
        public static final String USER_MEETING_TASK_BIF = "user_meeting_task_bif";
        public static final String USER_MEETING_TASK_KFF = "user_meeting_task_kff";
        public static final String END_COORDINATION_MEETING = "end_coordination_meeting";
        public static final String START_QUARTERLY_REPORT = "start_quarterly_report";
        public static final String USER_QUARTERLY_REPORT = "user_quarterly_report";
        public static final String USER_RESCREENING = "user_rescreening";
        public static final String USER_PLAN_PHASE_OUT = "user_plan_phase_out";
        public static final String USER_PLAN_AFTERCARE = "user_plan_aftercare";
        public static final String TIMER_AFTERCARE_OVER = "timer_aftercare_over";
        public static final String USER_AFTERCARE_FOLLOW_UP = "user_aftercare_follow_up";
        public static final String USER_CLOSE_CASE = "user_close_case";
        public static final String SERVICE_CLOSE_CASE = "service_close_case";
        public static final String END_CASE_CLOSED = "end_case_closed";
        public static final String TIMER_EIGHTEENTH_BIRTHDAY = "timer_eighteenth_birthday";
        public static final String USER_DECIDE_HANDOVER_AT_18 = "user_decide_handover_at_18";
        public static final String SERVICE_START_ADULT_PATH = "service_start_adult_path";
        public static final String END_ADULT_PATH_STARTED = "end_adult_path_started";
        public static final String USER_HANDOVER_ADULT_SUPPORT = "user_handover_adult_support";
        public static final String END_ADULT_SUPPORT_HANDED_OVER = "end_adult_support_handed_over";
        public static final String END_CONTINUES_IN_FAMILY_COURSE = "end_continues_in_family_course";
        public static final String END_BIRTHDAYS_WATCHED = "end_birthdays_watched";
        public static final String SERVICE_CLOSE_ENDED_EARLY = "service_close_ended_early";
        public static final String END_CASE_ENDED_EARLY = "end_case_ended_early";
        public static final String XOR_END_REASON = "xor_end_reason";
        public static final String USER_TRANSFER_CASE = FamilyInterventionProcess.USER_TRANSFER_CASE;
        public static final String SERVICE_HAND_OVER_INVESTIGATIONS = "service_hand_over_investigations";
        public static final String USER_ASSESS_SUPPORT_WITHOUT_CONSENT =
                FamilyInterventionProcess.USER_ASSESS_SUPPORT_WITHOUT_CONSENT;
        public static final String END_SUPPORT_CONTINUES_WITHOUT_CONSENT = "end_support_continues_without_consent";
        public static final String SERVICE_END_INVESTIGATIONS_AFTER_ASSESSMENT =
                "service_end_investigations_after_assessment";
        public static final String END_CASE_CLOSED_EARLY = "end_case_closed_early";
        public static final String USER_OFFER_ADULT_PATH = FamilyInterventionProcess.USER_OFFER_ADULT_PATH;
        public static final String SERVICE_START_OFFERED_ADULT_PATH = "service_start_offered_adult_path";
        public static final String END_OFFERED_ADULT_PATH_STARTED = "end_offered_adult_path_started";
        public static final String END_ADULT_PATH_DECLINED = "end_adult_path_declined";
        public static final String END_YOUNG_ADULTS_OFFERED = "end_young_adults_offered";

        private Elements() {}
    }

    public static final class Variables {
        /** The case number, also the business key. */
        public static final String CASE_NUMBER = FamilyInterventionProcess.CASE_NUMBER.name();
        /** The family's district. */
        public static final String DISTRICT = FamilyInterventionProcess.DISTRICT.name();
        /** Who referred the family (ReferralSource name). */
        public static final String REFERRAL_SOURCE = FamilyInterventionProcess.REFERRAL_SOURCE.name();
        /** SSP category 1-4, as text. */
        public static final String SSP_CATEGORY = FamilyInterventionProcess.SSP_CATEGORY.name();
        /** The day the municipality became aware (yyyy-MM-dd): the statutory clock starts here. */
        public static final String AWARENESS_DATE = FamilyInterventionProcess.AWARENESS_DATE.name();
        /** What the referrer is concerned about (start form; moved into the case's referral, never kept). */
        public static final String CONCERN = FamilyInterventionProcess.CONCERN.name();
        /** The coordinator confirmed the members are registered. */
        public static final String MEMBERS_REGISTERED = "membersRegistered";
        /** The member id of the child whose 18th birthday is watched. */
        public static final String MEMBER_ID = FamilyInterventionProcess.MEMBER_ID.name();
        /** The coordinator's hand-over decision for a child who turned 18: ADULT_PATH, ADULT_SUPPORT, CONTINUE. */
        public static final String HANDOVER_AT18 = "handoverAt18";
        /** The decision on support after 18: GRANTED, NOT_NEEDED, DECLINED. */
        public static final String SUPPORT_AFTER18 = FamilyInterventionProcess.SUPPORT_AFTER18.name();
        /** The young person's own view (moved into the journal, never kept). */
        public static final String YOUNG_PERSONS_VIEW = FamilyInterventionProcess.YOUNG_PERSONS_VIEW.name();
        /** The team chief's assessment after withdrawn consent: SUPPORT_CONTINUES or CLOSE. */
        public static final String CONSENT_ASSESSMENT = FamilyInterventionProcess.CONSENT_ASSESSMENT.name();
        /** A young adult's answer to the offer of Klar/Parat/Start: ACCEPTED or DECLINED. */
        public static final String ADULT_PATH_OFFER = FamilyInterventionProcess.ADULT_PATH_OFFER.name();
        /** The municipality the family moves to (moved into the case record). */
        public static final String RECEIVING_MUNICIPALITY = FamilyInterventionProcess.RECEIVING_MUNICIPALITY.name();
        /** The day the material was sent. */
        public static final String TRANSFER_SENT_ON = FamilyInterventionProcess.TRANSFER_SENT_ON.name();
        /** The transfer form's material checkboxes. */
        public static final String MATERIAL_SUMMARY = FamilyInterventionProcess.MATERIAL_SUMMARY.name();

        public static final String MATERIAL_INVESTIGATIONS = FamilyInterventionProcess.MATERIAL_INVESTIGATIONS.name();
        public static final String MATERIAL_PLAN = FamilyInterventionProcess.MATERIAL_PLAN.name();
        public static final String MATERIAL_DECISIONS = FamilyInterventionProcess.MATERIAL_DECISIONS.name();
        public static final String MATERIAL_JOURNAL = FamilyInterventionProcess.MATERIAL_JOURNAL.name();
        /** The team chief's decision: VISITED or NOT_VISITED. */
        public static final String VISITATION_DECISION = FamilyInterventionProcess.VISITATION_DECISION.name();
        /** The team chief's reason. */
        public static final String VISITATION_REASON = "visitationReason";
        /** The intake screening form's confirmation. */
        public static final String INTAKE_SCREENED = "intakeScreened";
        /** The burden grade and recommendation bpmn/visitation.dmn gave, shown on the visitation form. */
        public static final String BURDEN_GRADE = FamilyInterventionProcess.BURDEN_GRADE.name();

        public static final String VISITATION_RECOMMENDATION =
                FamilyInterventionProcess.VISITATION_RECOMMENDATION.name();
        /** Where the case is handed over to at closing: ORDINARY_SUPPORT, ADULT_PATH, NONE. */
        public static final String HANDOVER_TO = "handoverTo";
        /** The team or unit a family that was not visited is handed over to. */
        public static final String HANDOVER_UNIT = "handoverUnit";
        /** The handover is done. */
        public static final String HANDOVER_DONE = "handoverDone";
        /** Whether the district has room for one more running family. */
        public static final String CAPACITY_AVAILABLE = FamilyInterventionProcess.CAPACITY_AVAILABLE.name();
        /** The joint plan is recorded in the case. */
        public static final String PLAN_RECORDED = "planRecorded";
        /** The consents are recorded in the case. */
        public static final String CONSENT_RECORDED = "consentRecorded";
        /** The child's own wishes to the plan: moved into the case tables on completion, never kept in the process. */
        public static final String CHILD_WISHES = "childWishes";
        /** BUF has goals in the plan. */
        public static final String PLAN_BUF = "planBuf";
        /** BIF has goals in the plan. */
        public static final String PLAN_BIF = "planBif";
        /** KFF has goals in the plan. */
        public static final String PLAN_KFF = "planKff";
        /** An administration accepted its goals. */
        public static final String GOALS_ACCEPTED = "goalsAccepted";
        /** The day an administration's offer starts. */
        public static final String OFFER_START_DATE = "offerStartDate";
        /** An administration's offer is established. */
        public static final String OFFER_ESTABLISHED = "offerEstablished";
        /** The coordination meeting's minutes are recorded. */
        public static final String MINUTES_RECORDED = "minutesRecorded";
        /** The meeting gave SOF a task. */
        public static final String MEETING_TASK_SOF = "meetingTaskSof";
        /** The meeting gave BUF a task. */
        public static final String MEETING_TASK_BUF = "meetingTaskBuf";
        /** The meeting gave BIF a task. */
        public static final String MEETING_TASK_BIF = "meetingTaskBif";
        /** The meeting gave KFF a task. */
        public static final String MEETING_TASK_KFF = "meetingTaskKff";
        /** What the meeting's task is. */
        public static final String MEETING_TASK_DESCRIPTION = "meetingTaskDescription";
        /** A meeting task is done. */
        public static final String MEETING_TASK_DONE = "meetingTaskDone";
        /** The quarterly report is sent. */
        public static final String REPORT_SENT = "reportSent";
        /** First day of the quarter a quarterly report covers (yyyy-MM-dd), local to the report's task. */
        public static final String REPORT_FROM = FamilyInterventionProcess.REPORT_FROM.name();
        /** Last day of the quarter a quarterly report covers (yyyy-MM-dd), local to the report's task. */
        public static final String REPORT_TO = FamilyInterventionProcess.REPORT_TO.name();

        public static final String REPORT_PERIOD = FamilyInterventionProcess.REPORT_PERIOD.name();
        /** The re-screening is recorded. */
        public static final String RESCREENING_RECORDED = "rescreeningRecorded";
        /** The coordinator's decision after the re-screening: EXTEND, PHASE_OUT, CLOSE. */
        public static final String PROGRESS_DECISION = FamilyInterventionProcess.PROGRESS_DECISION.name();
        /** The planned end of the intensive phase (a Date): the decision is due then. */
        public static final String INTENSIVE_PHASE_ENDS = FamilyInterventionProcess.INTENSIVE_PHASE_ENDS.name();
        /** When the re-screening before the decision is asked for (a Date). */
        public static final String PROGRESS_REVIEW_START = FamilyInterventionProcess.PROGRESS_REVIEW_START.name();
        /** How often the intensive phase was extended. */
        public static final String INTENSIVE_EXTENSIONS = FamilyInterventionProcess.INTENSIVE_EXTENSIONS.name();
        /** The re-screening against the intake screening, local to the decision task. */
        public static final String SCREENING_COMPARISON = FamilyInterventionProcess.SCREENING_COMPARISON.name();
        /** The coordinator ended the phase-out. */
        public static final String PHASE_OUT_ENDED = "phaseOutEnded";
        /** The family's answer to the offer of aftercare: ACCEPTED or DECLINED. */
        public static final String AFTERCARE_OFFER = FamilyInterventionProcess.AFTERCARE_OFFER.name();
        /** A family meeting during the course: REVISED (a new plan version is saved) or UNCHANGED. */
        public static final String PLAN_REVISED = FamilyInterventionProcess.PLAN_REVISION.name();
        /** Phase-out is planned. */
        public static final String PHASE_OUT_PLANNED = "phaseOutPlanned";
        /** Aftercare is planned. */
        public static final String AFTERCARE_PLANNED = "aftercarePlanned";
        /** The aftercare follow-up is done. */
        public static final String FOLLOW_UP_DONE = "followUpDone";
        /** The outcome at closing: GOALS_MET, PARTLY_MET, NOT_MET. */
        public static final String OUTCOME = FamilyInterventionProcess.OUTCOME.name();
        /** An overdue task was followed up. */
        public static final String OVERDUE_FOLLOWED_UP = "overdueFollowedUp";
        /** Why the case closes (local to the closing service task): COMPLETED, NOT_VISITED, ENDED_EARLY. */
        public static final String CLOSE_REASON = FamilyInterventionProcess.CLOSE_REASON.name();
        /** Why a case ended early (sent with the CaseEnded message). */
        public static final String END_REASON = FamilyInterventionProcess.END_REASON.name();
        /** A child investigation's conclusion. */
        public static final String INVESTIGATION_CONCLUSION = "investigationConclusion";
        /** A child investigation is finished. */
        public static final String INVESTIGATION_FINISHED = "investigationFinished";
        /** The team chief followed up the investigation warning. */
        public static final String WARNING_HANDLED = "warningHandled";
        /** The preliminary assessment at the statutory deadline. */
        public static final String PRELIMINARY_ASSESSMENT = "preliminaryAssessment";

        /** At registration: one investigation per child (PER_CHILD) or one shared by the siblings (SHARED). */
        public static final String INVESTIGATION_SCOPE = FamilyInterventionProcess.INVESTIGATION_SCOPE.name();
        /** At registration: FULL child investigation or the lighter CLARIFICATION (afdækning). */
        public static final String INVESTIGATION_EXTENT = FamilyInterventionProcess.INVESTIGATION_EXTENT.name();
        /** At registration: why a clarification suffices (moved into the case tables at once). */
        public static final String INVESTIGATION_EXTENT_REASON =
                FamilyInterventionProcess.INVESTIGATION_EXTENT_REASON.name();
        /** The team chief's decision on urgent support while investigating: FAMILY_TREATMENT, MENTOR, OTHER, NOT_NEEDED. */
        public static final String URGENT_SUPPORT = "urgentSupport";
        /** The decision on urgent support is written in the journal. */
        public static final String URGENT_SUPPORT_DECIDED = "urgentSupportDecided";
        /** The day the urgent support starts. */
        public static final String URGENT_SUPPORT_START_DATE = "urgentSupportStartDate";
        /** The urgent support is started. */
        public static final String URGENT_SUPPORT_STARTED = "urgentSupportStarted";

        /** The member id of the child an investigation is about. */
        public static final String CHILD_ID = "childId";
        /** The handover strategy for a case that cannot be closed fully. */
        public static final String HANDOVER_STRATEGY = "handoverStrategy";
        /** The preliminary assessment is written. */
        public static final String PRELIMINARY_ASSESSMENT_MADE = "preliminaryAssessmentMade";

        private Variables() {}
    }

    private FamilyInterventionIds() {}
}
