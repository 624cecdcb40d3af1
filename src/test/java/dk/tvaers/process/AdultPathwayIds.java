package dk.tvaers.process;

/**
 * Test-side ids of the model that process tests drive and the forms name (every variable a form may use): what
 * the application does not need. {@link AdultPathwayProcess} holds what it uses.
 */
public final class AdultPathwayIds {

    /** The message that interrupts a course (a drop-out, in Klar or later): the course goes straight to discharge. */
    public static final String MESSAGE_COURSE_INTERRUPTED = "AdultCourseInterrupted";

    public static final class Elements {
        public static final String USER_VISIT_ADULT = "user_visit_adult";
        public static final String SERVICE_CLOSE_NOT_VISITED = "service_close_not_visited";
        public static final String END_ADULT_NOT_VISITED = "end_adult_not_visited";
        /** Klar after visitation: mentor, life-conduct interview and plan, the municipality gets ready. */
        public static final String SUB_KLAR = "sub_klar";

        public static final String START_KLAR = "start_klar";
        public static final String END_KLAR_DONE = "end_klar_done";
        /** A drop-out during Klar interrupts Klar (the message AdultCourseInterrupted) and goes to discharge. */
        public static final String KLAR_INTERRUPTED_BOUNDARY = "message_klar_interrupted_boundary";

        public static final String USER_ASSIGN_MENTOR = "user_assign_mentor";
        public static final String USER_LIFE_CONDUCT_INTERVIEW = "user_life_conduct_interview";
        public static final String USER_COMMIT_SOCIAL_SERVICES = "user_commit_social_services";
        public static final String USER_COMMIT_JOBCENTER = "user_commit_jobcenter";
        public static final String USER_COMMIT_UU = "user_commit_uu";
        public static final String USER_COMMIT_FAMILY_CENTRE = "user_commit_family_centre";
        public static final String USER_COMMIT_ABUSE_COORDINATOR = "user_commit_abuse_coordinator";
        public static final String USER_COMMIT_PRISON_PROBATION = "user_commit_prison_probation";
        public static final String XOR_ART_TRAINING_MERGE = "xor_art_training_merge";
        public static final String USER_CITIZENSHIP_EDUCATION = "user_citizenship_education";
        public static final String USER_ART_TRAINING = "user_art_training";
        public static final String USER_SPORT_HEALTH = "user_sport_health";
        public static final String USER_START_ABUSE_TREATMENT = "user_start_abuse_treatment";
        public static final String XOR_ABUSE_TREATMENT_MERGE = "xor_abuse_treatment_merge";
        public static final String USER_EDUCATION_GUIDANCE = "user_education_guidance";
        public static final String USER_EMPLOYMENT = "user_employment";
        public static final String END_COURSE_DONE = "end_course_done";
        public static final String USER_WEEKLY_LOGBOOK = "user_weekly_logbook";
        public static final String TIMER_WEEKLY_LOGBOOK_OVERDUE = "timer_weekly_logbook_overdue";
        public static final String USER_FOLLOWUP_WEEKLY_LOGBOOK = "user_followup_weekly_logbook";
        public static final String TIMER_NEXT_LOGBOOK = "timer_next_logbook";
        public static final String TIMER_MI_FOLLOW_UP_DUE = "timer_mi_follow_up_due";
        public static final String USER_MI_FOLLOW_UP = "user_mi_follow_up";
        public static final String TIMER_COURSE_LENGTH_REACHED = "timer_course_length_reached";
        public static final String USER_REVIEW_COURSE_LENGTH = "user_review_course_length";
        public static final String END_COURSE_LENGTH_REVIEWED = "end_course_length_reviewed";
        public static final String USER_DISCHARGE = "user_discharge";
        public static final String SERVICE_DISCHARGE = "service_discharge";
        public static final String END_DISCHARGED = "end_discharged";

        private Elements() {}
    }

    public static final class Variables {
        /** The course number, also the business key. */
        public static final String COURSE_NUMBER = AdultPathwayProcess.COURSE_NUMBER.name();
        /** The family case the young adult comes from, if any. */
        public static final String CASE_NUMBER = AdultPathwayProcess.CASE_NUMBER.name();
        /** VISITED or NOT_VISITED. */
        public static final String ADULT_VISITATION_DECISION = "adultVisitationDecision";
        /** The reason for the decision. */
        public static final String ADULT_VISITATION_REASON = "adultVisitationReason";
        /** The user id of the young adult's mentor: the assignee of the mentor's tasks. */
        public static final String MENTOR = AdultPathwayProcess.MENTOR.name();
        /** The mentor took the young adult on. */
        public static final String MENTOR_ACCEPTED = "mentorAccepted";
        /** Motivation 1-5. */
        public static final String MOTIVATION = "motivation";
        /** LOW, MEDIUM or HIGH. */
        public static final String AMBIVALENCE = "ambivalence";
        /** The life-conduct plan includes substance-abuse treatment. */
        public static final String ABUSE_TREATMENT_NEEDED = "abuseTreatmentNeeded";
        /** The life-conduct plan includes ART (Aggression Replacement Training). */
        public static final String ART_NEEDED = "artNeeded";
        /** The prison and probation service takes part. */
        public static final String NEED_PRISON_PROBATION = "needPrisonProbation";
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
        public static final String OUTCOME = AdultPathwayProcess.OUTCOME.name();
        /** The professionals judge the movement significantly positive. */
        public static final String SIGNIFICANT_POSITIVE_MOVEMENT =
                AdultPathwayProcess.SIGNIFICANT_POSITIVE_MOVEMENT.name();
        /** What the positive movement was. */
        public static final String MOVEMENT_REASON = AdultPathwayProcess.MOVEMENT_REASON.name();
        /** An overdue task was followed up. */
        public static final String OVERDUE_FOLLOWED_UP = "overdueFollowedUp";

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

        private Variables() {}
    }

    private AdultPathwayIds() {}
}
