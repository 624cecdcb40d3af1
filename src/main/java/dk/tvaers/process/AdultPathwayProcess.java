package dk.tvaers.process;

/**
 * Constants of bpmn/adult-pathway.bpmn: its key, element ids, forms, variables and their allowed values. No other class
 * spells these.
 */
public final class AdultPathwayProcess {

    public static final String KEY = "adult-pathway";

    /** Element ids. */
    public static final class Elements {
        public static final String ADULT_PATHWAY = "adult-pathway";
        public static final String START_COURSE_REFERRED = "start_course_referred";
        public static final String USER_VISIT_ADULT = "user_visit_adult";
        public static final String TIMER_VISIT_ADULT_OVERDUE = "timer_visit_adult_overdue";
        public static final String USER_FOLLOWUP_VISIT_ADULT = "user_followup_visit_adult";
        public static final String END_FOLLOWUP_VISIT_ADULT = "end_followup_visit_adult";
        public static final String XOR_ADULT_VISITED = "xor_adult_visited";
        public static final String SERVICE_CLOSE_NOT_VISITED = "service_close_not_visited";
        public static final String END_ADULT_NOT_VISITED = "end_adult_not_visited";
        public static final String USER_ASSIGN_MENTOR = "user_assign_mentor";
        public static final String TIMER_ASSIGN_MENTOR_OVERDUE = "timer_assign_mentor_overdue";
        public static final String USER_FOLLOWUP_ASSIGN_MENTOR = "user_followup_assign_mentor";
        public static final String END_FOLLOWUP_ASSIGN_MENTOR = "end_followup_assign_mentor";
        public static final String USER_LIFE_CONDUCT_INTERVIEW = "user_life_conduct_interview";
        public static final String TIMER_LIFE_CONDUCT_INTERVIEW_OVERDUE = "timer_life_conduct_interview_overdue";
        public static final String USER_FOLLOWUP_LIFE_CONDUCT_INTERVIEW = "user_followup_life_conduct_interview";
        public static final String END_FOLLOWUP_LIFE_CONDUCT_INTERVIEW = "end_followup_life_conduct_interview";
        public static final String INCL_READY_SPLIT = "incl_ready_split";
        public static final String USER_COMMIT_SOCIAL_SERVICES = "user_commit_social_services";
        public static final String TIMER_COMMIT_SOCIAL_SERVICES_OVERDUE = "timer_commit_social_services_overdue";
        public static final String USER_FOLLOWUP_COMMIT_SOCIAL_SERVICES = "user_followup_commit_social_services";
        public static final String END_FOLLOWUP_COMMIT_SOCIAL_SERVICES = "end_followup_commit_social_services";
        public static final String USER_COMMIT_JOBCENTER = "user_commit_jobcenter";
        public static final String TIMER_COMMIT_JOBCENTER_OVERDUE = "timer_commit_jobcenter_overdue";
        public static final String USER_FOLLOWUP_COMMIT_JOBCENTER = "user_followup_commit_jobcenter";
        public static final String END_FOLLOWUP_COMMIT_JOBCENTER = "end_followup_commit_jobcenter";
        public static final String USER_COMMIT_UU = "user_commit_uu";
        public static final String TIMER_COMMIT_UU_OVERDUE = "timer_commit_uu_overdue";
        public static final String USER_FOLLOWUP_COMMIT_UU = "user_followup_commit_uu";
        public static final String END_FOLLOWUP_COMMIT_UU = "end_followup_commit_uu";
        public static final String USER_COMMIT_FAMILY_CENTRE = "user_commit_family_centre";
        public static final String TIMER_COMMIT_FAMILY_CENTRE_OVERDUE = "timer_commit_family_centre_overdue";
        public static final String USER_FOLLOWUP_COMMIT_FAMILY_CENTRE = "user_followup_commit_family_centre";
        public static final String END_FOLLOWUP_COMMIT_FAMILY_CENTRE = "end_followup_commit_family_centre";
        public static final String USER_COMMIT_ABUSE_COORDINATOR = "user_commit_abuse_coordinator";
        public static final String TIMER_COMMIT_ABUSE_COORDINATOR_OVERDUE = "timer_commit_abuse_coordinator_overdue";
        public static final String USER_FOLLOWUP_COMMIT_ABUSE_COORDINATOR = "user_followup_commit_abuse_coordinator";
        public static final String END_FOLLOWUP_COMMIT_ABUSE_COORDINATOR = "end_followup_commit_abuse_coordinator";
        public static final String INCL_READY_JOIN = "incl_ready_join";
        public static final String SUB_COURSE = "sub_course";
        public static final String START_COURSE = "start_course";
        public static final String PAR_COURSE_SPLIT = "par_course_split";
        public static final String PAR_PARAT_SPLIT = "par_parat_split";
        public static final String USER_CITIZENSHIP_EDUCATION = "user_citizenship_education";
        public static final String TIMER_CITIZENSHIP_EDUCATION_OVERDUE = "timer_citizenship_education_overdue";
        public static final String USER_FOLLOWUP_CITIZENSHIP_EDUCATION = "user_followup_citizenship_education";
        public static final String END_FOLLOWUP_CITIZENSHIP_EDUCATION = "end_followup_citizenship_education";
        public static final String USER_ART_TRAINING = "user_art_training";
        public static final String TIMER_ART_TRAINING_OVERDUE = "timer_art_training_overdue";
        public static final String USER_FOLLOWUP_ART_TRAINING = "user_followup_art_training";
        public static final String END_FOLLOWUP_ART_TRAINING = "end_followup_art_training";
        public static final String USER_SPORT_HEALTH = "user_sport_health";
        public static final String TIMER_SPORT_HEALTH_OVERDUE = "timer_sport_health_overdue";
        public static final String USER_FOLLOWUP_SPORT_HEALTH = "user_followup_sport_health";
        public static final String END_FOLLOWUP_SPORT_HEALTH = "end_followup_sport_health";
        public static final String XOR_ABUSE_TREATMENT = "xor_abuse_treatment";
        public static final String USER_START_ABUSE_TREATMENT = "user_start_abuse_treatment";
        public static final String TIMER_START_ABUSE_TREATMENT_OVERDUE = "timer_start_abuse_treatment_overdue";
        public static final String USER_FOLLOWUP_START_ABUSE_TREATMENT = "user_followup_start_abuse_treatment";
        public static final String END_FOLLOWUP_START_ABUSE_TREATMENT = "end_followup_start_abuse_treatment";
        public static final String XOR_ABUSE_TREATMENT_MERGE = "xor_abuse_treatment_merge";
        public static final String PAR_PARAT_JOIN = "par_parat_join";
        public static final String PAR_START_SPLIT = "par_start_split";
        public static final String USER_EDUCATION_GUIDANCE = "user_education_guidance";
        public static final String TIMER_EDUCATION_GUIDANCE_OVERDUE = "timer_education_guidance_overdue";
        public static final String USER_FOLLOWUP_EDUCATION_GUIDANCE = "user_followup_education_guidance";
        public static final String END_FOLLOWUP_EDUCATION_GUIDANCE = "end_followup_education_guidance";
        public static final String USER_EMPLOYMENT = "user_employment";
        public static final String TIMER_EMPLOYMENT_OVERDUE = "timer_employment_overdue";
        public static final String USER_FOLLOWUP_EMPLOYMENT = "user_followup_employment";
        public static final String END_FOLLOWUP_EMPLOYMENT = "end_followup_employment";
        public static final String PAR_START_JOIN = "par_start_join";
        public static final String END_COURSE_DONE = "end_course_done";
        public static final String XOR_LOGBOOK_MERGE = "xor_logbook_merge";
        public static final String USER_WEEKLY_LOGBOOK = "user_weekly_logbook";
        public static final String TIMER_WEEKLY_LOGBOOK_OVERDUE = "timer_weekly_logbook_overdue";
        public static final String USER_FOLLOWUP_WEEKLY_LOGBOOK = "user_followup_weekly_logbook";
        public static final String END_FOLLOWUP_WEEKLY_LOGBOOK = "end_followup_weekly_logbook";
        public static final String TIMER_NEXT_LOGBOOK = "timer_next_logbook";
        public static final String XOR_MI_MERGE = "xor_mi_merge";
        public static final String TIMER_MI_FOLLOW_UP_DUE = "timer_mi_follow_up_due";
        public static final String USER_MI_FOLLOW_UP = "user_mi_follow_up";
        public static final String TIMER_MI_FOLLOW_UP_OVERDUE = "timer_mi_follow_up_overdue";
        public static final String USER_FOLLOWUP_MI_FOLLOW_UP = "user_followup_mi_follow_up";
        public static final String END_FOLLOWUP_MI_FOLLOW_UP = "end_followup_mi_follow_up";
        public static final String FLOW_TIMER_CITIZENSHIP_EDUCATION_OVERDUE_TO_FOLLOWUP =
                "flow_timer_citizenship_education_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_CITIZENSHIP_EDUCATION_DONE =
                "flow_user_followup_citizenship_education_done";
        public static final String FLOW_TIMER_ART_TRAINING_OVERDUE_TO_FOLLOWUP =
                "flow_timer_art_training_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_ART_TRAINING_DONE = "flow_user_followup_art_training_done";
        public static final String FLOW_TIMER_SPORT_HEALTH_OVERDUE_TO_FOLLOWUP =
                "flow_timer_sport_health_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_SPORT_HEALTH_DONE = "flow_user_followup_sport_health_done";
        public static final String FLOW_TIMER_START_ABUSE_TREATMENT_OVERDUE_TO_FOLLOWUP =
                "flow_timer_start_abuse_treatment_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_START_ABUSE_TREATMENT_DONE =
                "flow_user_followup_start_abuse_treatment_done";
        public static final String FLOW_TIMER_EDUCATION_GUIDANCE_OVERDUE_TO_FOLLOWUP =
                "flow_timer_education_guidance_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_EDUCATION_GUIDANCE_DONE =
                "flow_user_followup_education_guidance_done";
        public static final String FLOW_TIMER_EMPLOYMENT_OVERDUE_TO_FOLLOWUP =
                "flow_timer_employment_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_EMPLOYMENT_DONE = "flow_user_followup_employment_done";
        public static final String FLOW_TIMER_WEEKLY_LOGBOOK_OVERDUE_TO_FOLLOWUP =
                "flow_timer_weekly_logbook_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_WEEKLY_LOGBOOK_DONE = "flow_user_followup_weekly_logbook_done";
        public static final String FLOW_TIMER_MI_FOLLOW_UP_OVERDUE_TO_FOLLOWUP =
                "flow_timer_mi_follow_up_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_MI_FOLLOW_UP_DONE = "flow_user_followup_mi_follow_up_done";
        public static final String FLOW_COURSE_SPLIT = "flow_course_split";
        public static final String FLOW_TO_PARAT = "flow_to_parat";
        public static final String FLOW_TO_LOGBOOK_LOOP = "flow_to_logbook_loop";
        public static final String FLOW_TO_MI_LOOP = "flow_to_mi_loop";
        public static final String FLOW_TO_CITIZENSHIP_EDUCATION = "flow_to_citizenship_education";
        public static final String FLOW_DONE_CITIZENSHIP_EDUCATION = "flow_done_citizenship_education";
        public static final String FLOW_TO_ART_TRAINING = "flow_to_art_training";
        public static final String FLOW_DONE_ART_TRAINING = "flow_done_art_training";
        public static final String FLOW_TO_SPORT_HEALTH = "flow_to_sport_health";
        public static final String FLOW_DONE_SPORT_HEALTH = "flow_done_sport_health";
        public static final String FLOW_TO_XOR_ABUSE_TREATMENT = "flow_to_xor_abuse_treatment";
        public static final String FLOW_ABUSE_TREATMENT_NEEDED = "flow_abuse_treatment_needed";
        public static final String FLOW_NO_ABUSE_TREATMENT = "flow_no_abuse_treatment";
        public static final String FLOW_ABUSE_TREATMENT_STARTED = "flow_abuse_treatment_started";
        public static final String FLOW_ABUSE_DONE = "flow_abuse_done";
        public static final String FLOW_TO_START = "flow_to_start";
        public static final String FLOW_TO_EDUCATION_GUIDANCE = "flow_to_education_guidance";
        public static final String FLOW_TO_EMPLOYMENT = "flow_to_employment";
        public static final String FLOW_EDUCATION_GUIDANCE_DONE = "flow_education_guidance_done";
        public static final String FLOW_EMPLOYMENT_DONE = "flow_employment_done";
        public static final String FLOW_TO_END_COURSE_DONE = "flow_to_end_course_done";
        public static final String FLOW_TO_LOGBOOK = "flow_to_logbook";
        public static final String FLOW_LOGBOOK_WRITTEN = "flow_logbook_written";
        public static final String FLOW_NEXT_LOGBOOK = "flow_next_logbook";
        public static final String FLOW_TO_MI_TIMER = "flow_to_mi_timer";
        public static final String FLOW_TO_MI_FOLLOW_UP = "flow_to_mi_follow_up";
        public static final String FLOW_NEXT_MI_FOLLOW_UP = "flow_next_mi_follow_up";
        public static final String MESSAGE_COURSE_INTERRUPTED_BOUNDARY = "message_course_interrupted_boundary";
        public static final String TIMER_COURSE_LENGTH_REACHED = "timer_course_length_reached";
        public static final String USER_REVIEW_COURSE_LENGTH = "user_review_course_length";
        public static final String END_COURSE_LENGTH_REVIEWED = "end_course_length_reviewed";
        public static final String XOR_DISCHARGE_MERGE = "xor_discharge_merge";
        public static final String USER_DISCHARGE = "user_discharge";
        public static final String TIMER_DISCHARGE_OVERDUE = "timer_discharge_overdue";
        public static final String USER_FOLLOWUP_DISCHARGE = "user_followup_discharge";
        public static final String END_FOLLOWUP_DISCHARGE = "end_followup_discharge";
        public static final String SERVICE_DISCHARGE = "service_discharge";
        public static final String END_DISCHARGED = "end_discharged";
        public static final String FLOW_TIMER_VISIT_ADULT_OVERDUE_TO_FOLLOWUP =
                "flow_timer_visit_adult_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_VISIT_ADULT_DONE = "flow_user_followup_visit_adult_done";
        public static final String FLOW_TIMER_ASSIGN_MENTOR_OVERDUE_TO_FOLLOWUP =
                "flow_timer_assign_mentor_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_ASSIGN_MENTOR_DONE = "flow_user_followup_assign_mentor_done";
        public static final String FLOW_TIMER_LIFE_CONDUCT_INTERVIEW_OVERDUE_TO_FOLLOWUP =
                "flow_timer_life_conduct_interview_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_LIFE_CONDUCT_INTERVIEW_DONE =
                "flow_user_followup_life_conduct_interview_done";
        public static final String FLOW_TIMER_COMMIT_SOCIAL_SERVICES_OVERDUE_TO_FOLLOWUP =
                "flow_timer_commit_social_services_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_COMMIT_SOCIAL_SERVICES_DONE =
                "flow_user_followup_commit_social_services_done";
        public static final String FLOW_TIMER_COMMIT_JOBCENTER_OVERDUE_TO_FOLLOWUP =
                "flow_timer_commit_jobcenter_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_COMMIT_JOBCENTER_DONE =
                "flow_user_followup_commit_jobcenter_done";
        public static final String FLOW_TIMER_COMMIT_UU_OVERDUE_TO_FOLLOWUP =
                "flow_timer_commit_uu_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_COMMIT_UU_DONE = "flow_user_followup_commit_uu_done";
        public static final String FLOW_TIMER_COMMIT_FAMILY_CENTRE_OVERDUE_TO_FOLLOWUP =
                "flow_timer_commit_family_centre_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_COMMIT_FAMILY_CENTRE_DONE =
                "flow_user_followup_commit_family_centre_done";
        public static final String FLOW_TIMER_COMMIT_ABUSE_COORDINATOR_OVERDUE_TO_FOLLOWUP =
                "flow_timer_commit_abuse_coordinator_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_COMMIT_ABUSE_COORDINATOR_DONE =
                "flow_user_followup_commit_abuse_coordinator_done";
        public static final String FLOW_TIMER_DISCHARGE_OVERDUE_TO_FOLLOWUP =
                "flow_timer_discharge_overdue_to_followup";
        public static final String FLOW_USER_FOLLOWUP_DISCHARGE_DONE = "flow_user_followup_discharge_done";
        public static final String FLOW_TO_VISIT_ADULT = "flow_to_visit_adult";
        public static final String FLOW_TO_XOR_ADULT_VISITED = "flow_to_xor_adult_visited";
        public static final String FLOW_ADULT_NOT_VISITED = "flow_adult_not_visited";
        public static final String FLOW_TO_END_ADULT_NOT_VISITED = "flow_to_end_adult_not_visited";
        public static final String FLOW_ADULT_VISITED = "flow_adult_visited";
        public static final String FLOW_TO_LIFE_CONDUCT_INTERVIEW = "flow_to_life_conduct_interview";
        public static final String FLOW_TO_READY_SPLIT = "flow_to_ready_split";
        public static final String FLOW_READY_SOCIAL_SERVICES = "flow_ready_social_services";
        public static final String FLOW_COMMITTED_SOCIAL_SERVICES = "flow_committed_social_services";
        public static final String FLOW_READY_JOBCENTER = "flow_ready_jobcenter";
        public static final String FLOW_COMMITTED_JOBCENTER = "flow_committed_jobcenter";
        public static final String FLOW_READY_UU = "flow_ready_uu";
        public static final String FLOW_COMMITTED_UU = "flow_committed_uu";
        public static final String FLOW_READY_FAMILY_CENTRE = "flow_ready_family_centre";
        public static final String FLOW_COMMITTED_FAMILY_CENTRE = "flow_committed_family_centre";
        public static final String FLOW_READY_ABUSE_COORDINATOR = "flow_ready_abuse_coordinator";
        public static final String FLOW_COMMITTED_ABUSE_COORDINATOR = "flow_committed_abuse_coordinator";
        public static final String FLOW_TO_COURSE = "flow_to_course";
        public static final String FLOW_COURSE_DONE = "flow_course_done";
        public static final String FLOW_COURSE_INTERRUPTED = "flow_course_interrupted";
        public static final String FLOW_TO_REVIEW_COURSE_LENGTH = "flow_to_review_course_length";
        public static final String FLOW_COURSE_LENGTH_REVIEWED = "flow_course_length_reviewed";
        public static final String FLOW_TO_DISCHARGE = "flow_to_discharge";
        public static final String FLOW_TO_SERVICE_DISCHARGE = "flow_to_service_discharge";
        public static final String FLOW_TO_END_DISCHARGED = "flow_to_end_discharged";

        private Elements() {}
    }

    /** Form ids (camunda:formRef). */
    public static final class Forms {
        public static final String FORM_ABUSE_TREATMENT = "form_abuse_treatment";
        public static final String FORM_ADULT_OVERDUE_FOLLOWUP = "form_adult_overdue_followup";
        public static final String FORM_ASSIGN_MENTOR = "form_assign_mentor";
        public static final String FORM_COMMIT_ACTOR = "form_commit_actor";
        public static final String FORM_DISCHARGE = "form_discharge";
        public static final String FORM_EDUCATION_GUIDANCE = "form_education_guidance";
        public static final String FORM_EMPLOYMENT = "form_employment";
        public static final String FORM_LIFE_CONDUCT_INTERVIEW = "form_life_conduct_interview";
        public static final String FORM_LOGBOOK = "form_logbook";
        public static final String FORM_MI_FOLLOW_UP = "form_mi_follow_up";
        public static final String FORM_PARAT_ACTIVITY = "form_parat_activity";
        public static final String FORM_REVIEW_COURSE_LENGTH = "form_review_course_length";
        public static final String FORM_VISIT_ADULT = "form_visit_adult";

        private Forms() {}
    }

    /** Variable names. The case itself lives in the case tables; variables hold ids, choices and dates. */
    public static final class Variables {
        /** The course number, also the business key. */
        public static final String COURSE_NUMBER = "courseNumber";
        /** The family case the young adult comes from, if any. */
        public static final String CASE_NUMBER = "caseNumber";
        /** VISITED or NOT_VISITED. */
        public static final String ADULT_VISITATION_DECISION = "adultVisitationDecision";
        /** The reason for the decision. */
        public static final String ADULT_VISITATION_REASON = "adultVisitationReason";
        /** The user id of the young adult's mentor: the assignee of the mentor's tasks. */
        public static final String MENTOR = "mentor";
        /** The mentor took the young adult on. */
        public static final String MENTOR_ACCEPTED = "mentorAccepted";
        /** Problem area: housing. */
        public static final String SITUATION_HOUSING = "situationHousing";
        /** Problem area: education. */
        public static final String SITUATION_EDUCATION = "situationEducation";
        /** Problem area: employment. */
        public static final String SITUATION_EMPLOYMENT = "situationEmployment";
        /** Problem area: health. */
        public static final String SITUATION_HEALTH = "situationHealth";
        /** Problem area: substance abuse. */
        public static final String SITUATION_ABUSE = "situationAbuse";
        /** Problem area: crime. */
        public static final String SITUATION_CRIME = "situationCrime";
        /** Problem area: network. */
        public static final String SITUATION_NETWORK = "situationNetwork";
        /** Motivation 1-5. */
        public static final String MOTIVATION = "motivation";
        /** LOW, MEDIUM or HIGH. */
        public static final String AMBIVALENCE = "ambivalence";
        /** The life-conduct plan includes substance-abuse treatment. */
        public static final String ABUSE_TREATMENT_NEEDED = "abuseTreatmentNeeded";
        /** The jobcenter takes part. */
        public static final String NEED_JOBCENTER = "needJobcenter";
        /** UU takes part. */
        public static final String NEED_UU = "needUu";
        /** The family centre takes part. */
        public static final String NEED_FAMILY_CENTRE = "needFamilyCentre";
        /** The abuse coordinator takes part. */
        public static final String NEED_ABUSE_COORDINATOR = "needAbuseCoordinator";
        /** The life-conduct plan is in the journal. */
        public static final String LIFE_CONDUCT_PLAN_RECORDED = "lifeConductPlanRecorded";
        /** An actor committed to its part. */
        public static final String ACTOR_COMMITTED = "actorCommitted";
        /** Attendance of a Parat activity. */
        public static final String SESSIONS_ATTENDED = "sessionsAttended";
        /** A Parat activity is completed. */
        public static final String ACTIVITY_COMPLETED = "activityCompleted";
        /** Substance-abuse treatment started. */
        public static final String TREATMENT_STARTED = "treatmentStarted";
        /** The week's logbook is written. */
        public static final String LOGBOOK_WRITTEN = "logbookWritten";
        /** An MI follow-up interview was held. */
        public static final String MI_FOLLOW_UP_HELD = "miFollowUpHeld";
        /** The life-conduct plan was revised. */
        public static final String PLAN_REVISED = "planRevised";
        /** Education guidance was given. */
        public static final String GUIDANCE_GIVEN = "guidanceGiven";
        /** INTERNSHIP, LEISURE_JOB, ORDINARY_JOB or NONE. */
        public static final String EMPLOYMENT_TYPE = "employmentType";
        /** The half-year review was made. */
        public static final String COURSE_LENGTH_REVIEWED = "courseLengthReviewed";
        /** The outcome at discharge: COMPLETED, MOVED_TO_EDUCATION, MOVED_TO_EMPLOYMENT, DROPPED_OUT, CHARGED. */
        public static final String OUTCOME = "outcome";
        /** The professionals judge the movement significantly positive. */
        public static final String SIGNIFICANT_POSITIVE_MOVEMENT = "significantPositiveMovement";
        /** What the positive movement was. */
        public static final String MOVEMENT_REASON = "movementReason";
        /** An overdue task was followed up. */
        public static final String OVERDUE_FOLLOWED_UP = "overdueFollowedUp";

        private Variables() {}
    }

    /** The message that interrupts a course (drop-out, charge): the course goes straight to discharge. */
    public static final String MESSAGE_COURSE_INTERRUPTED = "AdultCourseInterrupted";

    private AdultPathwayProcess() {}
}
