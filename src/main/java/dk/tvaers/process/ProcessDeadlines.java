package dk.tvaers.process;

import dk.tvaers.kernel.EngineDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Legal and method deadlines, bound once as {@link Period}s from {@code tvaers.deadlines} (ISO-8601: P5D, P4M, ...;
 * the defaults here are the only copy). The models read them as ISO-8601 text for their due dates and timers,
 * {@code ${deadlines.visitation}}, through the {@code get...} methods. A municipality sets its own in
 * application.yaml or as environment variables ({@code TVAERS_DEADLINES_INVESTIGATION=P3M}); a value that is not a
 * period stops startup with one sentence naming the setting.
 *
 * @param registration time the coordinator has to register the family's members after a referral.
 * @param investigation statutory deadline of the child investigation, from the awareness date (Barnets Lov §20: 4 months).
 * @param investigationWarning how long before the investigation deadline the team chief is warned.
 * @param preliminaryAssessment time for the preliminary assessment after the deadline: read only by version 1 of
 *     child-investigation.bpmn (instances started before the assessment became due on the deadline).
 * @param preliminaryAssessmentLead how long before the investigation deadline the preliminary assessment is asked for
 *     (Barnets Lov §20, stk. 3: it is due on the deadline; cancelled when the investigation finishes first).
 * @param investigationFollowUpCycle after the deadline, how often the team chief follows up an unfinished
 *     investigation (the law: finished "snarest herefter"), until it is finished.
 * @param urgentSupportDecision time the team chief has to decide urgent support asked for while investigating.
 * @param urgentSupportStart time to start the urgent support the team chief decided.
 * @param visitation time the team chief has to decide visitation.
 * @param handover time to hand a family that was not visited over to ordinary support.
 * @param capacityRecheck how often a queued family's district is checked for room: read only by the daily
 *     {@code timer_capacity_recheck} of family-intervention versions deployed before the queue by need, so that a
 *     family still waiting in such a version keeps its place (the current model waits for {@code PlaceOffered}).
 * @param planning time to hold the family meeting and record the joint plan.
 * @param acceptGoals time each administration has to accept its goals.
 * @param offer time each administration has to establish its offers.
 * @param intensivePhase planned length of the intensive phase: the coordinator's decision on the course is due then.
 * @param coordinationMeetingCycle interval of coordination meetings, for the whole course.
 * @param meeting time to hold a coordination meeting once it is due.
 * @param meetingTask time an administration has for a task from a coordination meeting.
 * @param quarterlyReportCycle interval of the progress report to the steering group.
 * @param quarterlyReport time to write a quarterly report.
 * @param rescreening time for the re-screening at the end of the intensive phase.
 * @param phaseOutPlan time to plan the phase-out.
 * @param phaseOut expected length of the phase-out: the coordinator ends it when the family is ready; past this the
 *     team lead follows up.
 * @param aftercarePlan time to plan aftercare.
 * @param aftercare length of aftercare.
 * @param followUp time for the follow-up check at the end of aftercare.
 * @param intensiveExtension how long the coordinator's decision to extend the intensive phase extends it by.
 * @param progressReviewLead how long before the planned end of the intensive phase the re-screening and the decision on
 *     the course (extend, phase out, close) are asked for; the decision is due on the planned end.
 * @param planRevision time to hold a family meeting the coordinator called during the course and revise the plan.
 * @param closing time to record the outcome and close the case.
 * @param overdueFollowUp time the coordinator (or team lead) has to follow up an overdue task.
 * @param handoverAt18 time the coordinator has to decide the hand-over of a child who turned 18.
 * @param adultVisitation time to visit a young adult to Klar/Parat/Start.
 * @param mentorAssignment time to assign a mentor.
 * @param lifeConductInterview time for the life-conduct interview and plan.
 * @param municipalityReady time each actor has to commit to its part of the life-conduct plan.
 * @param paratActivity time for a Parat activity (citizenship education, ART, sport and health).
 * @param abuseTreatmentStart time to start substance-abuse treatment when the plan says so.
 * @param logbook time the mentor has to write the day's logbook.
 * @param logbookInterval time from one logbook to the next: a day (En Vej Ind: "Daglige logbøger udarbejdet af
 *     mentorerne").
 * @param miFollowUpCycle interval of MI follow-up interviews.
 * @param miFollowUp time to hold an MI follow-up interview once it is due.
 * @param educationGuidance time for UU's education guidance in Start.
 * @param employment time for the jobcenter to arrange an internship or job in Start.
 * @param adultCourse planned length of a Klar/Parat/Start course.
 * @param discharge time to record the discharge.
 * @param caseTransfer time the coordinator has to transfer a case to the municipality the family moves to.
 * @param consentAssessment time the team chief has to assess support without consent after withdrawn consent.
 * @param supportAfter18Notice how long before a child's 18th birthday the decision on support after 18 is asked for.
 * @param adultPathOffer time the coordinator has to offer Klar/Parat/Start to a young adult of the family.
 * @param decisionDraft time the caseworker has to write the draft of a decision on support.
 * @param hearing the hearing deadline of a decision on support: the parties' time to answer.
 * @param finalDecision time the team chief has for the final decision once the hearing is over.
 * @param conversationBeforeDecision how recent a conversation with each child must be when a decision is made.
 * @param supportFollowUpFirst the first follow-up of support, from the day it started (Barnets Lov §95, stk. 2: at the
 *     latest 3 months).
 * @param supportFollowUpInterval the longest time between two follow-ups of support: the next is due this long after
 *     a follow-up unless the coordinator decides an earlier date (§95, stk. 3: the first follow-up decides how the
 *     follow-up is organised; the law sets no fixed interval, this is the municipality's).
 * @param supportFollowUpLead how long before its due date a follow-up of support is asked for.
 * @param supportFollowUpAfterInvestigation when support started while investigating (Barnets Lov §32, stk. 4) and the
 *     investigation finishes before the first follow-up, the first follow-up is due this long after the day it finished
 *     (§95, stk. 2: "eller tidligere, hvis ... undersøgelsen ... afsluttes inden da"), never later than
 *     {@code supportFollowUpFirst} after the support started. The law says only "earlier"; the default P7D gives the
 *     coordinator a week after the investigation's conclusion, P1D asks for it by the end of the day it finished.
 * @param concernAssessment time to assess a report of concern, from its receipt (24 hours): a {@link Duration}, since
 *     this deadline is shorter than a day (PT24H, PT12H); the only deadline in hours.
 * @param concernReceipt time to send a professional reporter the receipt, from the day of receipt, counted in working
 *     days (P6D = six working days; weekends, Danish public holidays and the municipality's closing days do not
 *     count: {@link WorkingDays}).
 */
public record ProcessDeadlines(
        @DefaultValue("P5D") Period registration,
        @DefaultValue("P4M") Period investigation,
        @DefaultValue("P14D") Period investigationWarning,
        @DefaultValue("P7D") Period preliminaryAssessment,
        @DefaultValue("P7D") Period preliminaryAssessmentLead,
        @DefaultValue("P14D") Period investigationFollowUpCycle,
        @DefaultValue("P2D") Period urgentSupportDecision,
        @DefaultValue("P7D") Period urgentSupportStart,
        @DefaultValue("P14D") Period visitation,
        @DefaultValue("P14D") Period handover,
        @DefaultValue("P1D") Period capacityRecheck,
        @DefaultValue("P21D") Period planning,
        @DefaultValue("P14D") Period acceptGoals,
        @DefaultValue("P30D") Period offer,
        @DefaultValue("P6M") Period intensivePhase,
        @DefaultValue("P28D") Period coordinationMeetingCycle,
        @DefaultValue("P7D") Period meeting,
        @DefaultValue("P14D") Period meetingTask,
        @DefaultValue("P3M") Period quarterlyReportCycle,
        @DefaultValue("P14D") Period quarterlyReport,
        @DefaultValue("P14D") Period rescreening,
        @DefaultValue("P14D") Period phaseOutPlan,
        @DefaultValue("P3M") Period phaseOut,
        @DefaultValue("P14D") Period aftercarePlan,
        @DefaultValue("P3M") Period aftercare,
        @DefaultValue("P14D") Period followUp,
        @DefaultValue("P3M") Period intensiveExtension,
        @DefaultValue("P21D") Period progressReviewLead,
        @DefaultValue("P14D") Period planRevision,
        @DefaultValue("P14D") Period closing,
        @DefaultValue("P3D") Period overdueFollowUp,
        @DefaultValue("P14D") Period handoverAt18,
        @DefaultValue("P14D") Period adultVisitation,
        @DefaultValue("P7D") Period mentorAssignment,
        @DefaultValue("P21D") Period lifeConductInterview,
        @DefaultValue("P14D") Period municipalityReady,
        @DefaultValue("P90D") Period paratActivity,
        @DefaultValue("P30D") Period abuseTreatmentStart,
        @DefaultValue("P1D") Period logbook,
        @DefaultValue("P1D") Period logbookInterval,
        @DefaultValue("P28D") Period miFollowUpCycle,
        @DefaultValue("P7D") Period miFollowUp,
        @DefaultValue("P30D") Period educationGuidance,
        @DefaultValue("P60D") Period employment,
        @DefaultValue("P6M") Period adultCourse,
        @DefaultValue("P14D") Period discharge,
        @DefaultValue("P14D") Period caseTransfer,
        @DefaultValue("P7D") Period consentAssessment,
        @DefaultValue("P6M") Period supportAfter18Notice,
        @DefaultValue("P14D") Period adultPathOffer,
        @DefaultValue("P14D") Period decisionDraft,
        @DefaultValue("P14D") Period hearing,
        @DefaultValue("P7D") Period finalDecision,
        @DefaultValue("P3M") Period conversationBeforeDecision,
        @DefaultValue("P3M") Period supportFollowUpFirst,
        @DefaultValue("P6M") Period supportFollowUpInterval,
        @DefaultValue("P1M") Period supportFollowUpLead,
        @DefaultValue("P7D") Period supportFollowUpAfterInvestigation,
        @DefaultValue("PT24H") Duration concernAssessment,
        @DefaultValue("P6D") Period concernReceipt) {

    /** The name the models use in expressions. */
    public static final String BEAN = "deadlines";

    static final String PREFIX = "tvaers.deadlines";

    /** The defaults, as a Tværs without any {@code tvaers.deadlines} setting has them. */
    public static ProcessDeadlines defaults() {
        return bind(new Binder());
    }

    /** Binds {@code tvaers.deadlines}; a value that is not a period is an {@link InvalidDeadlineException}. */
    public static ProcessDeadlines bind(Binder binder) {
        try {
            return binder.bindOrCreate(PREFIX, ProcessDeadlines.class);
        } catch (BindException e) {
            throw InvalidDeadlineException.of(e);
        }
    }

    /**
     * The statutory deadline of a child investigation: the start of the day {@link #investigation()} after the day
     * the municipality became aware, in the server's (Danish) time.
     */
    public Date investigationDue(String awarenessDate) {
        return startOf(LocalDate.parse(awarenessDate).plus(investigation));
    }

    /** When the team chief is warned: {@link #investigationWarning()} before the deadline. */
    public Date investigationWarning(String awarenessDate) {
        return startOf(LocalDate.parse(awarenessDate).plus(investigation).minus(investigationWarning));
    }

    /** When a report of concern must be assessed: {@link #concernAssessment()} after its receipt (an ISO instant). */
    public Date concernAssessmentDue(String receivedAt) {
        return Date.from(Instant.parse(receivedAt).plus(concernAssessment));
    }

    /**
     * When the preliminary assessment is asked for: {@link #preliminaryAssessmentLead()} before the deadline, so that
     * it is due on the deadline itself.
     */
    public Date preliminaryAssessmentStart(String awarenessDate) {
        return startOf(LocalDate.parse(awarenessDate).plus(investigation).minus(preliminaryAssessmentLead));
    }

    /**
     * The team chief's follow-ups of an investigation not finished by its deadline, as an ISO-8601 repeating interval:
     * the first {@link #investigationFollowUpCycle()} after the deadline, then every cycle, until the investigation is
     * finished ({@code R/2026-07-04T00:00:00+02:00/P14D}).
     */
    public String investigationFollowUps(String awarenessDate) {
        LocalDate first = LocalDate.parse(awarenessDate).plus(investigation).plus(investigationFollowUpCycle);
        String start = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(first.atStartOfDay(EngineDates.zone()));
        return "R/" + start + "/" + investigationFollowUpCycle;
    }

    /** The day the first follow-up of support is due: {@link #supportFollowUpFirst()} after the day it started. */
    public LocalDate firstSupportFollowUp(LocalDate supportStarted) {
        return supportStarted.plus(supportFollowUpFirst);
    }

    /**
     * The day the first follow-up of support started while investigating is due when the investigation finished on
     * {@code finishedOn}: {@link #supportFollowUpAfterInvestigation()} after it.
     */
    public LocalDate supportFollowUpAfterInvestigation(LocalDate finishedOn) {
        return finishedOn.plus(supportFollowUpAfterInvestigation);
    }

    /** The latest day the next follow-up of support may be set to: {@link #supportFollowUpInterval()} after today. */
    public LocalDate latestNextSupportFollowUp(LocalDate followedUpOn) {
        return followedUpOn.plus(supportFollowUpInterval);
    }

    /** A follow-up of support (its day yyyy-MM-dd) is due at the start of that day. */
    public Date supportFollowUpDue(String day) {
        return startOf(LocalDate.parse(day));
    }

    /** A follow-up of support is asked for {@link #supportFollowUpLead()} before its day. */
    public Date supportFollowUpStart(String day) {
        return startOf(LocalDate.parse(day).minus(supportFollowUpLead));
    }

    private static Date startOf(LocalDate day) {
        return EngineDates.startOf(day);
    }

    // the ISO-8601 text the models' expressions read (Camunda's due dates and timers take text, not a Period)

    public String getRegistration() {
        return registration.toString();
    }

    public String getInvestigation() {
        return investigation.toString();
    }

    public String getInvestigationWarning() {
        return investigationWarning.toString();
    }

    public String getPreliminaryAssessment() {
        return preliminaryAssessment.toString();
    }

    public String getPreliminaryAssessmentLead() {
        return preliminaryAssessmentLead.toString();
    }

    public String getInvestigationFollowUpCycle() {
        return investigationFollowUpCycle.toString();
    }

    public String getUrgentSupportDecision() {
        return urgentSupportDecision.toString();
    }

    public String getUrgentSupportStart() {
        return urgentSupportStart.toString();
    }

    public String getVisitation() {
        return visitation.toString();
    }

    public String getHandover() {
        return handover.toString();
    }

    public String getCapacityRecheck() {
        return capacityRecheck.toString();
    }

    public String getPlanning() {
        return planning.toString();
    }

    public String getAcceptGoals() {
        return acceptGoals.toString();
    }

    public String getOffer() {
        return offer.toString();
    }

    public String getIntensivePhase() {
        return intensivePhase.toString();
    }

    public String getCoordinationMeetingCycle() {
        return coordinationMeetingCycle.toString();
    }

    public String getMeeting() {
        return meeting.toString();
    }

    public String getMeetingTask() {
        return meetingTask.toString();
    }

    public String getQuarterlyReportCycle() {
        return quarterlyReportCycle.toString();
    }

    public String getQuarterlyReport() {
        return quarterlyReport.toString();
    }

    public String getRescreening() {
        return rescreening.toString();
    }

    public String getPhaseOutPlan() {
        return phaseOutPlan.toString();
    }

    public String getPhaseOut() {
        return phaseOut.toString();
    }

    public String getAftercarePlan() {
        return aftercarePlan.toString();
    }

    public String getAftercare() {
        return aftercare.toString();
    }

    public String getFollowUp() {
        return followUp.toString();
    }

    public String getIntensiveExtension() {
        return intensiveExtension.toString();
    }

    public String getProgressReviewLead() {
        return progressReviewLead.toString();
    }

    public String getPlanRevision() {
        return planRevision.toString();
    }

    public String getClosing() {
        return closing.toString();
    }

    public String getOverdueFollowUp() {
        return overdueFollowUp.toString();
    }

    public String getHandoverAt18() {
        return handoverAt18.toString();
    }

    public String getAdultVisitation() {
        return adultVisitation.toString();
    }

    public String getMentorAssignment() {
        return mentorAssignment.toString();
    }

    public String getLifeConductInterview() {
        return lifeConductInterview.toString();
    }

    public String getMunicipalityReady() {
        return municipalityReady.toString();
    }

    public String getParatActivity() {
        return paratActivity.toString();
    }

    public String getAbuseTreatmentStart() {
        return abuseTreatmentStart.toString();
    }

    public String getLogbook() {
        return logbook.toString();
    }

    public String getLogbookInterval() {
        return logbookInterval.toString();
    }

    public String getMiFollowUpCycle() {
        return miFollowUpCycle.toString();
    }

    public String getMiFollowUp() {
        return miFollowUp.toString();
    }

    public String getEducationGuidance() {
        return educationGuidance.toString();
    }

    public String getEmployment() {
        return employment.toString();
    }

    public String getAdultCourse() {
        return adultCourse.toString();
    }

    public String getDischarge() {
        return discharge.toString();
    }

    public String getCaseTransfer() {
        return caseTransfer.toString();
    }

    public String getConsentAssessment() {
        return consentAssessment.toString();
    }

    public String getSupportAfter18Notice() {
        return supportAfter18Notice.toString();
    }

    public String getAdultPathOffer() {
        return adultPathOffer.toString();
    }

    public String getDecisionDraft() {
        return decisionDraft.toString();
    }

    public String getHearing() {
        return hearing.toString();
    }

    public String getSupportFollowUpFirst() {
        return supportFollowUpFirst.toString();
    }

    public String getSupportFollowUpInterval() {
        return supportFollowUpInterval.toString();
    }

    public String getSupportFollowUpAfterInvestigation() {
        return supportFollowUpAfterInvestigation.toString();
    }

    public String getSupportFollowUpLead() {
        return supportFollowUpLead.toString();
    }

    public String getFinalDecision() {
        return finalDecision.toString();
    }

    public String getConversationBeforeDecision() {
        return conversationBeforeDecision.toString();
    }

    public String getConcernAssessment() {
        return concernAssessment.toString();
    }

    public String getConcernReceipt() {
        return concernReceipt.toString();
    }

    /** A deadline setting that is not a period, named as the operator writes it. */
    public static final class InvalidDeadlineException extends IllegalArgumentException {

        private final String setting;

        InvalidDeadlineException(String setting, Object value, Throwable cause) {
            super(setting + " is not an ISO-8601 duration such as P5D or P4M: '" + value + "'", cause);
            this.setting = setting;
        }

        /** Keeps the conversion's failure, not Spring's {@link BindException}: its own analyzer would answer instead. */
        static InvalidDeadlineException of(BindException e) {
            return e.getProperty() == null
                    ? new InvalidDeadlineException(e.getName().toString(), "", e.getCause())
                    : new InvalidDeadlineException(
                            e.getProperty().getName().toString(),
                            e.getProperty().getValue(),
                            e.getCause());
        }

        /** The environment variable that sets it, e.g. {@code TVAERS_DEADLINES_VISITATION}. */
        public String environmentVariable() {
            return setting.replace('.', '_').replace("-", "").toUpperCase(java.util.Locale.ROOT);
        }

        /** The setting, e.g. {@code tvaers.deadlines.visitation}. */
        public String setting() {
            return setting;
        }
    }

    /** Registers the deadlines under the name the models use. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean(BEAN)
        ProcessDeadlines deadlines(Environment environment) {
            return bind(Binder.get(environment));
        }
    }
}
