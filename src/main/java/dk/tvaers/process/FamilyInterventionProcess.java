package dk.tvaers.process;

/**
 * Constants of bpmn/family-intervention.bpmn: its key, element ids, forms, variables and their allowed values. No other class
 * spells these.
 */
public final class FamilyInterventionProcess {

    public static final String KEY = "family-intervention";

    /** Element ids. */
    public static final class Elements {
        public static final String FAMILY_INTERVENTION = "family-intervention";
        public static final String START_REFERRAL_RECEIVED = "start_referral_received";
        public static final String SERVICE_OPEN_CASE = "service_open_case";
        public static final String USER_REGISTER_MEMBERS = "user_register_members";
        public static final String TIMER_REGISTER_MEMBERS_OVERDUE = "timer_register_members_overdue";
        public static final String USER_FOLLOWUP_REGISTER_MEMBERS = "user_followup_register_members";
        public static final String END_FOLLOWUP_REGISTER_MEMBERS = "end_followup_register_members";
        public static final String PAR_REGISTERED = "par_registered";
        public static final String CALL_CHILD_INVESTIGATION = "call_child_investigation";
        public static final String USER_DECIDE_VISITATION = "user_decide_visitation";
        public static final String TIMER_DECIDE_VISITATION_OVERDUE = "timer_decide_visitation_overdue";
        public static final String USER_FOLLOWUP_DECIDE_VISITATION = "user_followup_decide_visitation";
        public static final String END_FOLLOWUP_DECIDE_VISITATION = "end_followup_decide_visitation";
        public static final String XOR_VISITED = "xor_visited";
        public static final String USER_HANDOVER_ORDINARY_SUPPORT = "user_handover_ordinary_support";
        public static final String TIMER_HANDOVER_ORDINARY_SUPPORT_OVERDUE = "timer_handover_ordinary_support_overdue";
        public static final String USER_FOLLOWUP_HANDOVER_ORDINARY_SUPPORT = "user_followup_handover_ordinary_support";
        public static final String END_FOLLOWUP_HANDOVER_ORDINARY_SUPPORT = "end_followup_handover_ordinary_support";
        public static final String SERVICE_CLOSE_NOT_VISITED = "service_close_not_visited";
        public static final String END_NOT_VISITED = "end_not_visited";
        public static final String XOR_CAPACITY_MERGE = "xor_capacity_merge";
        public static final String SERVICE_CHECK_CAPACITY = "service_check_capacity";
        public static final String XOR_CAPACITY = "xor_capacity";
        public static final String TIMER_CAPACITY_RECHECK = "timer_capacity_recheck";
        public static final String USER_FAMILY_MEETING_PLAN = "user_family_meeting_plan";
        public static final String TIMER_FAMILY_MEETING_PLAN_OVERDUE = "timer_family_meeting_plan_overdue";
        public static final String USER_FOLLOWUP_FAMILY_MEETING_PLAN = "user_followup_family_meeting_plan";
        public static final String END_FOLLOWUP_FAMILY_MEETING_PLAN = "end_followup_family_meeting_plan";
        public static final String INCL_PLAN_SPLIT = "incl_plan_split";
        public static final String USER_ACCEPT_GOALS_SOF = "user_accept_goals_sof";
        public static final String TIMER_ACCEPT_GOALS_SOF_OVERDUE = "timer_accept_goals_sof_overdue";
        public static final String USER_FOLLOWUP_ACCEPT_GOALS_SOF = "user_followup_accept_goals_sof";
        public static final String END_FOLLOWUP_ACCEPT_GOALS_SOF = "end_followup_accept_goals_sof";
        public static final String USER_ACCEPT_GOALS_BUF = "user_accept_goals_buf";
        public static final String TIMER_ACCEPT_GOALS_BUF_OVERDUE = "timer_accept_goals_buf_overdue";
        public static final String USER_FOLLOWUP_ACCEPT_GOALS_BUF = "user_followup_accept_goals_buf";
        public static final String END_FOLLOWUP_ACCEPT_GOALS_BUF = "end_followup_accept_goals_buf";
        public static final String USER_ACCEPT_GOALS_BIF = "user_accept_goals_bif";
        public static final String TIMER_ACCEPT_GOALS_BIF_OVERDUE = "timer_accept_goals_bif_overdue";
        public static final String USER_FOLLOWUP_ACCEPT_GOALS_BIF = "user_followup_accept_goals_bif";
        public static final String END_FOLLOWUP_ACCEPT_GOALS_BIF = "end_followup_accept_goals_bif";
        public static final String USER_ACCEPT_GOALS_KFF = "user_accept_goals_kff";
        public static final String TIMER_ACCEPT_GOALS_KFF_OVERDUE = "timer_accept_goals_kff_overdue";
        public static final String USER_FOLLOWUP_ACCEPT_GOALS_KFF = "user_followup_accept_goals_kff";
        public static final String END_FOLLOWUP_ACCEPT_GOALS_KFF = "end_followup_accept_goals_kff";
        public static final String INCL_PLAN_JOIN = "incl_plan_join";
        public static final String SUB_INTENSIVE_PHASE = "sub_intensive_phase";
        public static final String START_INTENSIVE_PHASE = "start_intensive_phase";
        public static final String PAR_INTENSIVE_SPLIT = "par_intensive_split";
        public static final String TIMER_INTENSIVE_PHASE_OVER = "timer_intensive_phase_over";
        public static final String INCL_OFFERS_SPLIT = "incl_offers_split";
        public static final String USER_OFFER_SOF = "user_offer_sof";
        public static final String TIMER_OFFER_SOF_OVERDUE = "timer_offer_sof_overdue";
        public static final String USER_FOLLOWUP_OFFER_SOF = "user_followup_offer_sof";
        public static final String END_FOLLOWUP_OFFER_SOF = "end_followup_offer_sof";
        public static final String USER_OFFER_BUF = "user_offer_buf";
        public static final String TIMER_OFFER_BUF_OVERDUE = "timer_offer_buf_overdue";
        public static final String USER_FOLLOWUP_OFFER_BUF = "user_followup_offer_buf";
        public static final String END_FOLLOWUP_OFFER_BUF = "end_followup_offer_buf";
        public static final String USER_OFFER_BIF = "user_offer_bif";
        public static final String TIMER_OFFER_BIF_OVERDUE = "timer_offer_bif_overdue";
        public static final String USER_FOLLOWUP_OFFER_BIF = "user_followup_offer_bif";
        public static final String END_FOLLOWUP_OFFER_BIF = "end_followup_offer_bif";
        public static final String USER_OFFER_KFF = "user_offer_kff";
        public static final String TIMER_OFFER_KFF_OVERDUE = "timer_offer_kff_overdue";
        public static final String USER_FOLLOWUP_OFFER_KFF = "user_followup_offer_kff";
        public static final String END_FOLLOWUP_OFFER_KFF = "end_followup_offer_kff";
        public static final String INCL_OFFERS_JOIN = "incl_offers_join";
        public static final String PAR_INTENSIVE_JOIN = "par_intensive_join";
        public static final String END_INTENSIVE_PHASE = "end_intensive_phase";
        public static final String SUB_COORDINATION_MEETING = "sub_coordination_meeting";
        public static final String START_COORDINATION_MEETING = "start_coordination_meeting";
        public static final String USER_HOLD_COORDINATION_MEETING = "user_hold_coordination_meeting";
        public static final String TIMER_HOLD_COORDINATION_MEETING_OVERDUE = "timer_hold_coordination_meeting_overdue";
        public static final String USER_FOLLOWUP_HOLD_COORDINATION_MEETING = "user_followup_hold_coordination_meeting";
        public static final String END_FOLLOWUP_HOLD_COORDINATION_MEETING = "end_followup_hold_coordination_meeting";
        public static final String INCL_FOLLOWUPS_SPLIT = "incl_followups_split";
        public static final String USER_MEETING_TASK_SOF = "user_meeting_task_sof";
        public static final String USER_MEETING_TASK_BUF = "user_meeting_task_buf";
        public static final String USER_MEETING_TASK_BIF = "user_meeting_task_bif";
        public static final String USER_MEETING_TASK_KFF = "user_meeting_task_kff";
        public static final String INCL_FOLLOWUPS_JOIN = "incl_followups_join";
        public static final String END_COORDINATION_MEETING = "end_coordination_meeting";
        public static final String FLOW_TIMER_HOLD_COORDINATION_MEETING_OVERDUE_TO_FOLLOWUP =
                "flow_timer_hold_coordination_meeting_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_HOLD_COORDINATION_MEETING_DONE =
                "flow_user_followup_hold_coordination_meeting_done";
        public static final String FLOW_TO_MEETING = "flow_to_meeting";
        public static final String FLOW_TO_FOLLOWUPS_SPLIT = "flow_to_followups_split";
        public static final String FLOW_MEETING_TASK_SOF = "flow_meeting_task_sof";
        public static final String FLOW_MEETING_TASK_DONE_SOF = "flow_meeting_task_done_sof";
        public static final String FLOW_MEETING_TASK_BUF = "flow_meeting_task_buf";
        public static final String FLOW_MEETING_TASK_DONE_BUF = "flow_meeting_task_done_buf";
        public static final String FLOW_MEETING_TASK_BIF = "flow_meeting_task_bif";
        public static final String FLOW_MEETING_TASK_DONE_BIF = "flow_meeting_task_done_bif";
        public static final String FLOW_MEETING_TASK_KFF = "flow_meeting_task_kff";
        public static final String FLOW_MEETING_TASK_DONE_KFF = "flow_meeting_task_done_kff";
        public static final String FLOW_NO_MEETING_TASKS = "flow_no_meeting_tasks";
        public static final String FLOW_MEETING_DONE = "flow_meeting_done";
        public static final String SUB_QUARTERLY_REPORT = "sub_quarterly_report";
        public static final String START_QUARTERLY_REPORT = "start_quarterly_report";
        public static final String USER_QUARTERLY_REPORT = "user_quarterly_report";
        public static final String END_QUARTERLY_REPORT = "end_quarterly_report";
        public static final String FLOW_TO_QUARTERLY_REPORT = "flow_to_quarterly_report";
        public static final String FLOW_QUARTERLY_REPORT_DONE = "flow_quarterly_report_done";
        public static final String FLOW_TIMER_OFFER_SOF_OVERDUE_TO_FOLLOWUP =
                "flow_timer_offer_sof_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_OFFER_SOF_DONE = "flow_user_followup_offer_sof_done";
        public static final String FLOW_TIMER_OFFER_BUF_OVERDUE_TO_FOLLOWUP =
                "flow_timer_offer_buf_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_OFFER_BUF_DONE = "flow_user_followup_offer_buf_done";
        public static final String FLOW_TIMER_OFFER_BIF_OVERDUE_TO_FOLLOWUP =
                "flow_timer_offer_bif_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_OFFER_BIF_DONE = "flow_user_followup_offer_bif_done";
        public static final String FLOW_TIMER_OFFER_KFF_OVERDUE_TO_FOLLOWUP =
                "flow_timer_offer_kff_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_OFFER_KFF_DONE = "flow_user_followup_offer_kff_done";
        public static final String FLOW_INTENSIVE_SPLIT = "flow_intensive_split";
        public static final String FLOW_TO_INTENSIVE_TIMER = "flow_to_intensive_timer";
        public static final String FLOW_TO_OFFERS = "flow_to_offers";
        public static final String FLOW_OFFER_SOF = "flow_offer_sof";
        public static final String FLOW_OFFER_ESTABLISHED_SOF = "flow_offer_established_sof";
        public static final String FLOW_OFFER_BUF = "flow_offer_buf";
        public static final String FLOW_OFFER_ESTABLISHED_BUF = "flow_offer_established_buf";
        public static final String FLOW_OFFER_BIF = "flow_offer_bif";
        public static final String FLOW_OFFER_ESTABLISHED_BIF = "flow_offer_established_bif";
        public static final String FLOW_OFFER_KFF = "flow_offer_kff";
        public static final String FLOW_OFFER_ESTABLISHED_KFF = "flow_offer_established_kff";
        public static final String FLOW_OFFERS_ESTABLISHED = "flow_offers_established";
        public static final String FLOW_INTENSIVE_PERIOD_OVER = "flow_intensive_period_over";
        public static final String FLOW_TO_END_INTENSIVE = "flow_to_end_intensive";
        public static final String USER_RESCREENING = "user_rescreening";
        public static final String TIMER_RESCREENING_OVERDUE = "timer_rescreening_overdue";
        public static final String USER_FOLLOWUP_RESCREENING = "user_followup_rescreening";
        public static final String END_FOLLOWUP_RESCREENING = "end_followup_rescreening";
        public static final String USER_PLAN_PHASE_OUT = "user_plan_phase_out";
        public static final String TIMER_PLAN_PHASE_OUT_OVERDUE = "timer_plan_phase_out_overdue";
        public static final String USER_FOLLOWUP_PLAN_PHASE_OUT = "user_followup_plan_phase_out";
        public static final String END_FOLLOWUP_PLAN_PHASE_OUT = "end_followup_plan_phase_out";
        public static final String TIMER_PHASE_OUT_OVER = "timer_phase_out_over";
        public static final String USER_PLAN_AFTERCARE = "user_plan_aftercare";
        public static final String TIMER_PLAN_AFTERCARE_OVERDUE = "timer_plan_aftercare_overdue";
        public static final String USER_FOLLOWUP_PLAN_AFTERCARE = "user_followup_plan_aftercare";
        public static final String END_FOLLOWUP_PLAN_AFTERCARE = "end_followup_plan_aftercare";
        public static final String TIMER_AFTERCARE_OVER = "timer_aftercare_over";
        public static final String USER_AFTERCARE_FOLLOW_UP = "user_aftercare_follow_up";
        public static final String TIMER_AFTERCARE_FOLLOW_UP_OVERDUE = "timer_aftercare_follow_up_overdue";
        public static final String USER_FOLLOWUP_AFTERCARE_FOLLOW_UP = "user_followup_aftercare_follow_up";
        public static final String END_FOLLOWUP_AFTERCARE_FOLLOW_UP = "end_followup_aftercare_follow_up";
        public static final String USER_CLOSE_CASE = "user_close_case";
        public static final String TIMER_CLOSE_CASE_OVERDUE = "timer_close_case_overdue";
        public static final String USER_FOLLOWUP_CLOSE_CASE = "user_followup_close_case";
        public static final String END_FOLLOWUP_CLOSE_CASE = "end_followup_close_case";
        public static final String SERVICE_CLOSE_CASE = "service_close_case";
        public static final String END_CASE_CLOSED = "end_case_closed";
        public static final String SUB_TURNING_18 = "sub_turning_18";
        public static final String START_TURNING_18 = "start_turning_18";
        public static final String TIMER_EIGHTEENTH_BIRTHDAY = "timer_eighteenth_birthday";
        public static final String USER_DECIDE_HANDOVER_AT_18 = "user_decide_handover_at_18";
        public static final String TIMER_DECIDE_HANDOVER_AT_18_OVERDUE = "timer_decide_handover_at_18_overdue";
        public static final String USER_FOLLOWUP_DECIDE_HANDOVER_AT_18 = "user_followup_decide_handover_at_18";
        public static final String END_FOLLOWUP_DECIDE_HANDOVER_AT_18 = "end_followup_decide_handover_at_18";
        public static final String XOR_HANDOVER_AT_18 = "xor_handover_at_18";
        public static final String SERVICE_START_ADULT_PATH = "service_start_adult_path";
        public static final String END_ADULT_PATH_STARTED = "end_adult_path_started";
        public static final String USER_HANDOVER_ADULT_SUPPORT = "user_handover_adult_support";
        public static final String TIMER_HANDOVER_ADULT_SUPPORT_OVERDUE = "timer_handover_adult_support_overdue";
        public static final String USER_FOLLOWUP_HANDOVER_ADULT_SUPPORT = "user_followup_handover_adult_support";
        public static final String END_FOLLOWUP_HANDOVER_ADULT_SUPPORT = "end_followup_handover_adult_support";
        public static final String END_ADULT_SUPPORT_HANDED_OVER = "end_adult_support_handed_over";
        public static final String END_CONTINUES_IN_FAMILY_COURSE = "end_continues_in_family_course";
        public static final String FLOW_TIMER_DECIDE_HANDOVER_AT_18_OVERDUE_TO_FOLLOWUP =
                "flow_timer_decide_handover_at_18_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_DECIDE_HANDOVER_AT_18_DONE =
                "flow_user_followup_decide_handover_at_18_done";
        public static final String FLOW_TIMER_HANDOVER_ADULT_SUPPORT_OVERDUE_TO_FOLLOWUP =
                "flow_timer_handover_adult_support_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_HANDOVER_ADULT_SUPPORT_DONE =
                "flow_user_followup_handover_adult_support_done";
        public static final String FLOW_TO_BIRTHDAY = "flow_to_birthday";
        public static final String FLOW_BIRTHDAY_REACHED = "flow_birthday_reached";
        public static final String FLOW_TO_XOR_HANDOVER_AT_18 = "flow_to_xor_handover_at_18";
        public static final String FLOW_HANDOVER_ADULT_PATH = "flow_handover_adult_path";
        public static final String FLOW_ADULT_PATH_STARTED = "flow_adult_path_started";
        public static final String FLOW_HANDOVER_ADULT_SUPPORT = "flow_handover_adult_support";
        public static final String FLOW_ADULT_SUPPORT_HANDED_OVER = "flow_adult_support_handed_over";
        public static final String FLOW_CONTINUE_FAMILY_COURSE = "flow_continue_family_course";
        public static final String END_BIRTHDAYS_WATCHED = "end_birthdays_watched";
        public static final String SUB_CASE_ENDED = "sub_case_ended";
        public static final String START_CASE_ENDED = "start_case_ended";
        public static final String SERVICE_CLOSE_ENDED_EARLY = "service_close_ended_early";
        public static final String END_CASE_ENDED_EARLY = "end_case_ended_early";
        public static final String FLOW_TO_CLOSE_ENDED_EARLY = "flow_to_close_ended_early";
        public static final String FLOW_TO_END_ENDED_EARLY = "flow_to_end_ended_early";
        public static final String FLOW_TIMER_REGISTER_MEMBERS_OVERDUE_TO_FOLLOWUP =
                "flow_timer_register_members_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_REGISTER_MEMBERS_DONE =
                "flow_user_followup_register_members_done";
        public static final String FLOW_TIMER_DECIDE_VISITATION_OVERDUE_TO_FOLLOWUP =
                "flow_timer_decide_visitation_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_DECIDE_VISITATION_DONE =
                "flow_user_followup_decide_visitation_done";
        public static final String FLOW_TIMER_HANDOVER_ORDINARY_SUPPORT_OVERDUE_TO_FOLLOWUP =
                "flow_timer_handover_ordinary_support_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_HANDOVER_ORDINARY_SUPPORT_DONE =
                "flow_user_followup_handover_ordinary_support_done";
        public static final String FLOW_TIMER_FAMILY_MEETING_PLAN_OVERDUE_TO_FOLLOWUP =
                "flow_timer_family_meeting_plan_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_FAMILY_MEETING_PLAN_DONE =
                "flow_user_followup_family_meeting_plan_done";
        public static final String FLOW_TIMER_ACCEPT_GOALS_SOF_OVERDUE_TO_FOLLOWUP =
                "flow_timer_accept_goals_sof_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_ACCEPT_GOALS_SOF_DONE =
                "flow_user_followup_accept_goals_sof_done";
        public static final String FLOW_TIMER_ACCEPT_GOALS_BUF_OVERDUE_TO_FOLLOWUP =
                "flow_timer_accept_goals_buf_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_ACCEPT_GOALS_BUF_DONE =
                "flow_user_followup_accept_goals_buf_done";
        public static final String FLOW_TIMER_ACCEPT_GOALS_BIF_OVERDUE_TO_FOLLOWUP =
                "flow_timer_accept_goals_bif_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_ACCEPT_GOALS_BIF_DONE =
                "flow_user_followup_accept_goals_bif_done";
        public static final String FLOW_TIMER_ACCEPT_GOALS_KFF_OVERDUE_TO_FOLLOWUP =
                "flow_timer_accept_goals_kff_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_ACCEPT_GOALS_KFF_DONE =
                "flow_user_followup_accept_goals_kff_done";
        public static final String FLOW_TIMER_RESCREENING_OVERDUE_TO_FOLLOWUP =
                "flow_timer_rescreening_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_RESCREENING_DONE = "flow_user_followup_rescreening_done";
        public static final String FLOW_TIMER_PLAN_PHASE_OUT_OVERDUE_TO_FOLLOWUP =
                "flow_timer_plan_phase_out_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_PLAN_PHASE_OUT_DONE = "flow_user_followup_plan_phase_out_done";
        public static final String FLOW_TIMER_PLAN_AFTERCARE_OVERDUE_TO_FOLLOWUP =
                "flow_timer_plan_aftercare_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_PLAN_AFTERCARE_DONE = "flow_user_followup_plan_aftercare_done";
        public static final String FLOW_TIMER_AFTERCARE_FOLLOW_UP_OVERDUE_TO_FOLLOWUP =
                "flow_timer_aftercare_follow_up_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_AFTERCARE_FOLLOW_UP_DONE =
                "flow_user_followup_aftercare_follow_up_done";
        public static final String FLOW_TIMER_CLOSE_CASE_OVERDUE_TO_FOLLOWUP =
                "flow_timer_close_case_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_CLOSE_CASE_DONE = "flow_user_followup_close_case_done";
        public static final String FLOW_TO_OPEN_CASE = "flow_to_open_case";
        public static final String FLOW_TO_REGISTER_MEMBERS = "flow_to_register_members";
        public static final String FLOW_TO_PAR_REGISTERED = "flow_to_par_registered";
        public static final String FLOW_TO_INVESTIGATIONS = "flow_to_investigations";
        public static final String FLOW_TO_TURNING_18 = "flow_to_turning_18";
        public static final String FLOW_BIRTHDAYS_WATCHED = "flow_birthdays_watched";
        public static final String FLOW_TO_VISITATION = "flow_to_visitation";
        public static final String FLOW_TO_XOR_VISITED = "flow_to_xor_visited";
        public static final String FLOW_NOT_VISITED = "flow_not_visited";
        public static final String FLOW_TO_CLOSE_NOT_VISITED = "flow_to_close_not_visited";
        public static final String FLOW_TO_END_NOT_VISITED = "flow_to_end_not_visited";
        public static final String FLOW_VISITED = "flow_visited";
        public static final String FLOW_TO_CHECK_CAPACITY = "flow_to_check_capacity";
        public static final String FLOW_TO_XOR_CAPACITY = "flow_to_xor_capacity";
        public static final String FLOW_OVER_CAPACITY = "flow_over_capacity";
        public static final String FLOW_RECHECK_CAPACITY = "flow_recheck_capacity";
        public static final String FLOW_CAPACITY_AVAILABLE = "flow_capacity_available";
        public static final String FLOW_TO_PLAN_SPLIT = "flow_to_plan_split";
        public static final String FLOW_PLAN_SOF = "flow_plan_sof";
        public static final String FLOW_GOALS_ACCEPTED_SOF = "flow_goals_accepted_sof";
        public static final String FLOW_PLAN_BUF = "flow_plan_buf";
        public static final String FLOW_GOALS_ACCEPTED_BUF = "flow_goals_accepted_buf";
        public static final String FLOW_PLAN_BIF = "flow_plan_bif";
        public static final String FLOW_GOALS_ACCEPTED_BIF = "flow_goals_accepted_bif";
        public static final String FLOW_PLAN_KFF = "flow_plan_kff";
        public static final String FLOW_GOALS_ACCEPTED_KFF = "flow_goals_accepted_kff";
        public static final String FLOW_TO_INTENSIVE_PHASE = "flow_to_intensive_phase";
        public static final String FLOW_TO_RESCREENING = "flow_to_rescreening";
        public static final String FLOW_TO_PLAN_PHASE_OUT = "flow_to_plan_phase_out";
        public static final String FLOW_TO_PHASE_OUT = "flow_to_phase_out";
        public static final String FLOW_TO_PLAN_AFTERCARE = "flow_to_plan_aftercare";
        public static final String FLOW_TO_AFTERCARE = "flow_to_aftercare";
        public static final String FLOW_TO_AFTERCARE_FOLLOW_UP = "flow_to_aftercare_follow_up";
        public static final String FLOW_TO_CLOSE_CASE = "flow_to_close_case";
        public static final String FLOW_TO_SERVICE_CLOSE_CASE = "flow_to_service_close_case";
        public static final String FLOW_TO_END_CASE_CLOSED = "flow_to_end_case_closed";

        private Elements() {}
    }

    /** Form ids (camunda:formRef). */
    public static final class Forms {
        public static final String FORM_ACCEPT_GOALS = "form_accept_goals";
        public static final String FORM_AFTERCARE_FOLLOW_UP = "form_aftercare_follow_up";
        public static final String FORM_CLOSE_CASE = "form_close_case";
        public static final String FORM_COORDINATION_MEETING = "form_coordination_meeting";
        public static final String FORM_DECIDE_HANDOVER_AT_18 = "form_decide_handover_at_18";
        public static final String FORM_DECIDE_VISITATION = "form_decide_visitation";
        public static final String FORM_FAMILY_MEETING_PLAN = "form_family_meeting_plan";
        public static final String FORM_HANDOVER_ADULT_SUPPORT = "form_handover_adult_support";
        public static final String FORM_HANDOVER_ORDINARY_SUPPORT = "form_handover_ordinary_support";
        public static final String FORM_MEETING_TASK = "form_meeting_task";
        public static final String FORM_OFFER_BIF = "form_offer_bif";
        public static final String FORM_OFFER_BUF = "form_offer_buf";
        public static final String FORM_OFFER_KFF = "form_offer_kff";
        public static final String FORM_OFFER_SOF = "form_offer_sof";
        public static final String FORM_OVERDUE_FOLLOWUP = "form_overdue_followup";
        public static final String FORM_PLAN_AFTERCARE = "form_plan_aftercare";
        public static final String FORM_PLAN_PHASE_OUT = "form_plan_phase_out";
        public static final String FORM_QUARTERLY_REPORT = "form_quarterly_report";
        public static final String FORM_REFERRAL = "form_referral";
        public static final String FORM_REGISTER_MEMBERS = "form_register_members";
        public static final String FORM_RESCREENING = "form_rescreening";

        private Forms() {}
    }

    /** Variable names. The case itself lives in the case tables; variables hold ids, choices and dates. */
    public static final class Variables {
        /** The case number, also the business key. */
        public static final String CASE_NUMBER = "caseNumber";
        /** The family's district. */
        public static final String DISTRICT = "district";
        /** Who referred the family (ReferralSource name). */
        public static final String REFERRAL_SOURCE = "referralSource";
        /** SSP category 1-4, as text. */
        public static final String SSP_CATEGORY = "sspCategory";
        /** The day the municipality became aware (yyyy-MM-dd): the statutory clock starts here. */
        public static final String AWARENESS_DATE = "awarenessDate";
        /** The coordinator confirmed the members are registered. */
        public static final String MEMBERS_REGISTERED = "membersRegistered";
        /** The member id of the child an investigation is about. */
        public static final String CHILD_ID = "childId";
        /** The member id of the child whose 18th birthday is watched. */
        public static final String MEMBER_ID = "memberId";
        /** The coordinator's hand-over decision for a child who turned 18: ADULT_PATH, ADULT_SUPPORT, CONTINUE. */
        public static final String HANDOVER_AT18 = "handoverAt18";
        /** The team chief's decision: VISITED or NOT_VISITED. */
        public static final String VISITATION_DECISION = "visitationDecision";
        /** The team chief's reason. */
        public static final String VISITATION_REASON = "visitationReason";
        /** Where the case is handed over to at closing: ORDINARY_SUPPORT, ADULT_PATH, NONE. */
        public static final String HANDOVER_TO = "handoverTo";
        /** The team or unit a family that was not visited is handed over to. */
        public static final String HANDOVER_UNIT = "handoverUnit";
        /** The handover is done. */
        public static final String HANDOVER_DONE = "handoverDone";
        /** Whether the district has room for one more running family. */
        public static final String CAPACITY_AVAILABLE = "capacityAvailable";
        /** The joint plan is recorded in the case. */
        public static final String PLAN_RECORDED = "planRecorded";
        /** The consents are recorded in the case. */
        public static final String CONSENT_RECORDED = "consentRecorded";
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
        public static final String REPORT_FROM = "reportFrom";
        /** Last day of the quarter a quarterly report covers (yyyy-MM-dd), local to the report's task. */
        public static final String REPORT_TO = "reportTo";
        /** The re-screening is recorded. */
        public static final String RESCREENING_RECORDED = "rescreeningRecorded";
        /** Phase-out is planned. */
        public static final String PHASE_OUT_PLANNED = "phaseOutPlanned";
        /** Aftercare is planned. */
        public static final String AFTERCARE_PLANNED = "aftercarePlanned";
        /** The aftercare follow-up is done. */
        public static final String FOLLOW_UP_DONE = "followUpDone";
        /** The outcome at closing: GOALS_MET, PARTLY_MET, NOT_MET. */
        public static final String OUTCOME = "outcome";
        /** The handover strategy for a case that cannot be closed fully. */
        public static final String HANDOVER_STRATEGY = "handoverStrategy";
        /** An overdue task was followed up. */
        public static final String OVERDUE_FOLLOWED_UP = "overdueFollowedUp";
        /** Why the case closes (local to the closing service task): COMPLETED, NOT_VISITED, ENDED_EARLY. */
        public static final String CLOSE_REASON = "closeReason";
        /** Why a case ended early (sent with the CaseEnded message). */
        public static final String END_REASON = "endReason";
        /** A child investigation's conclusion. */
        public static final String INVESTIGATION_CONCLUSION = "investigationConclusion";
        /** A child investigation is finished. */
        public static final String INVESTIGATION_FINISHED = "investigationFinished";
        /** The team chief followed up the investigation warning. */
        public static final String WARNING_HANDLED = "warningHandled";
        /** The preliminary assessment at the statutory deadline. */
        public static final String PRELIMINARY_ASSESSMENT = "preliminaryAssessment";
        /** The preliminary assessment is written. */
        public static final String PRELIMINARY_ASSESSMENT_MADE = "preliminaryAssessmentMade";

        private Variables() {}
    }

    /** The team chief's decisions. */
    public static final String VISITED = "VISITED";

    public static final String NOT_VISITED = "NOT_VISITED";

    /** The message that ends a case early from any phase; carries {@link Variables#END_REASON}. */
    public static final String MESSAGE_CASE_ENDED = "CaseEnded";

    private FamilyInterventionProcess() {}
}
