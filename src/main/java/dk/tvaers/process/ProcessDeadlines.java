package dk.tvaers.process;

import dk.tvaers.kernel.EngineDates;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Legal and method deadlines as ISO-8601 durations (P5D, P4M, ...), read by the models' due dates and timers as
 * {@code ${deadlines.visitation}}. A municipality sets its own under {@code tvaers.deadlines} in application.yaml;
 * a value that is not a duration stops startup naming the setting.
 */
@Component(ProcessDeadlines.BEAN)
@ConfigurationProperties("tvaers.deadlines")
public class ProcessDeadlines {

    /** The name the models use in expressions. */
    public static final String BEAN = "deadlines";

    private String registration = "P5D";
    private String investigation = "P4M";
    private String investigationWarning = "P14D";
    private String preliminaryAssessment = "P7D";
    private String visitation = "P14D";
    private String handover = "P14D";
    private String capacityRecheck = "P1D";
    private String planning = "P21D";
    private String acceptGoals = "P14D";
    private String offer = "P30D";
    private String intensivePhase = "P6M";
    private String coordinationMeetingCycle = "P28D";
    private String meeting = "P7D";
    private String meetingTask = "P14D";
    private String quarterlyReportCycle = "P3M";
    private String quarterlyReport = "P14D";
    private String rescreening = "P14D";
    private String phaseOutPlan = "P14D";
    private String phaseOut = "P3M";
    private String aftercarePlan = "P14D";
    private String aftercare = "P3M";
    private String followUp = "P14D";
    private String closing = "P14D";
    private String overdueFollowUp = "P3D";
    private String handoverAt18 = "P14D";
    private String adultVisitation = "P14D";
    private String mentorAssignment = "P7D";
    private String lifeConductInterview = "P21D";
    private String municipalityReady = "P14D";
    private String paratActivity = "P90D";
    private String abuseTreatmentStart = "P30D";
    private String logbook = "P7D";
    private String logbookInterval = "P7D";
    private String miFollowUpCycle = "P28D";
    private String miFollowUp = "P7D";
    private String educationGuidance = "P30D";
    private String employment = "P60D";
    private String adultCourse = "P6M";
    private String discharge = "P14D";

    /** Time the coordinator has to register the family's members after a referral. Default P5D. */
    public String getRegistration() {
        return registration;
    }

    public void setRegistration(String registration) {
        this.registration = checked("registration", registration);
    }

    /** Statutory deadline of the child investigation, from the awareness date (Barnets Lov §20: 4 months). Default P4M. */
    public String getInvestigation() {
        return investigation;
    }

    public void setInvestigation(String investigation) {
        this.investigation = checked("investigation", investigation);
    }

    /** How long before the investigation deadline the team chief is warned. Default P14D. */
    public String getInvestigationWarning() {
        return investigationWarning;
    }

    public void setInvestigationWarning(String investigationWarning) {
        this.investigationWarning = checked("investigationWarning", investigationWarning);
    }

    /** Time for the preliminary assessment once the investigation deadline has passed. Default P7D. */
    public String getPreliminaryAssessment() {
        return preliminaryAssessment;
    }

    public void setPreliminaryAssessment(String preliminaryAssessment) {
        this.preliminaryAssessment = checked("preliminaryAssessment", preliminaryAssessment);
    }

    /** Time the team chief has to decide visitation. Default P14D. */
    public String getVisitation() {
        return visitation;
    }

    public void setVisitation(String visitation) {
        this.visitation = checked("visitation", visitation);
    }

    /** Time to hand a family that was not visited over to ordinary support. Default P14D. */
    public String getHandover() {
        return handover;
    }

    public void setHandover(String handover) {
        this.handover = checked("handover", handover);
    }

    /** How often a queued family's district is checked for room. Default P1D. */
    public String getCapacityRecheck() {
        return capacityRecheck;
    }

    public void setCapacityRecheck(String capacityRecheck) {
        this.capacityRecheck = checked("capacityRecheck", capacityRecheck);
    }

    /** Time to hold the family meeting and record the joint plan. Default P21D. */
    public String getPlanning() {
        return planning;
    }

    public void setPlanning(String planning) {
        this.planning = checked("planning", planning);
    }

    /** Time each administration has to accept its goals. Default P14D. */
    public String getAcceptGoals() {
        return acceptGoals;
    }

    public void setAcceptGoals(String acceptGoals) {
        this.acceptGoals = checked("acceptGoals", acceptGoals);
    }

    /** Time each administration has to establish its offers. Default P30D. */
    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = checked("offer", offer);
    }

    /** Length of the intensive phase. Default P6M. */
    public String getIntensivePhase() {
        return intensivePhase;
    }

    public void setIntensivePhase(String intensivePhase) {
        this.intensivePhase = checked("intensivePhase", intensivePhase);
    }

    /** Interval of coordination meetings in the intensive phase. Default P28D. */
    public String getCoordinationMeetingCycle() {
        return coordinationMeetingCycle;
    }

    public void setCoordinationMeetingCycle(String coordinationMeetingCycle) {
        this.coordinationMeetingCycle = checked("coordinationMeetingCycle", coordinationMeetingCycle);
    }

    /** Time to hold a coordination meeting once it is due. Default P7D. */
    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = checked("meeting", meeting);
    }

    /** Time an administration has for a task from a coordination meeting. Default P14D. */
    public String getMeetingTask() {
        return meetingTask;
    }

    public void setMeetingTask(String meetingTask) {
        this.meetingTask = checked("meetingTask", meetingTask);
    }

    /** Interval of the progress report to the steering group. Default P3M. */
    public String getQuarterlyReportCycle() {
        return quarterlyReportCycle;
    }

    public void setQuarterlyReportCycle(String quarterlyReportCycle) {
        this.quarterlyReportCycle = checked("quarterlyReportCycle", quarterlyReportCycle);
    }

    /** Time to write a quarterly report. Default P14D. */
    public String getQuarterlyReport() {
        return quarterlyReport;
    }

    public void setQuarterlyReport(String quarterlyReport) {
        this.quarterlyReport = checked("quarterlyReport", quarterlyReport);
    }

    /** Time for the re-screening at the end of the intensive phase. Default P14D. */
    public String getRescreening() {
        return rescreening;
    }

    public void setRescreening(String rescreening) {
        this.rescreening = checked("rescreening", rescreening);
    }

    /** Time to plan the phase-out. Default P14D. */
    public String getPhaseOutPlan() {
        return phaseOutPlan;
    }

    public void setPhaseOutPlan(String phaseOutPlan) {
        this.phaseOutPlan = checked("phaseOutPlan", phaseOutPlan);
    }

    /** Length of the phase-out. Default P3M. */
    public String getPhaseOut() {
        return phaseOut;
    }

    public void setPhaseOut(String phaseOut) {
        this.phaseOut = checked("phaseOut", phaseOut);
    }

    /** Time to plan aftercare. Default P14D. */
    public String getAftercarePlan() {
        return aftercarePlan;
    }

    public void setAftercarePlan(String aftercarePlan) {
        this.aftercarePlan = checked("aftercarePlan", aftercarePlan);
    }

    /** Length of aftercare. Default P3M. */
    public String getAftercare() {
        return aftercare;
    }

    public void setAftercare(String aftercare) {
        this.aftercare = checked("aftercare", aftercare);
    }

    /** Time for the follow-up check at the end of aftercare. Default P14D. */
    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = checked("followUp", followUp);
    }

    /** Time to record the outcome and close the case. Default P14D. */
    public String getClosing() {
        return closing;
    }

    public void setClosing(String closing) {
        this.closing = checked("closing", closing);
    }

    /** Time the coordinator (or team lead) has to follow up an overdue task. Default P3D. */
    public String getOverdueFollowUp() {
        return overdueFollowUp;
    }

    public void setOverdueFollowUp(String overdueFollowUp) {
        this.overdueFollowUp = checked("overdueFollowUp", overdueFollowUp);
    }

    /** Time the coordinator has to decide the hand-over of a child who turned 18. Default P14D. */
    public String getHandoverAt18() {
        return handoverAt18;
    }

    public void setHandoverAt18(String handoverAt18) {
        this.handoverAt18 = checked("handoverAt18", handoverAt18);
    }

    /** Time to visit a young adult to Klar/Parat/Start. Default P14D. */
    public String getAdultVisitation() {
        return adultVisitation;
    }

    public void setAdultVisitation(String adultVisitation) {
        this.adultVisitation = checked("adultVisitation", adultVisitation);
    }

    /** Time to assign a mentor. Default P7D. */
    public String getMentorAssignment() {
        return mentorAssignment;
    }

    public void setMentorAssignment(String mentorAssignment) {
        this.mentorAssignment = checked("mentorAssignment", mentorAssignment);
    }

    /** Time for the life-conduct interview and plan. Default P21D. */
    public String getLifeConductInterview() {
        return lifeConductInterview;
    }

    public void setLifeConductInterview(String lifeConductInterview) {
        this.lifeConductInterview = checked("lifeConductInterview", lifeConductInterview);
    }

    /** Time each actor has to commit to its part of the life-conduct plan. Default P14D. */
    public String getMunicipalityReady() {
        return municipalityReady;
    }

    public void setMunicipalityReady(String municipalityReady) {
        this.municipalityReady = checked("municipalityReady", municipalityReady);
    }

    /** Time for a Parat activity (citizenship education, ART, sport and health). Default P90D. */
    public String getParatActivity() {
        return paratActivity;
    }

    public void setParatActivity(String paratActivity) {
        this.paratActivity = checked("paratActivity", paratActivity);
    }

    /** Time to start substance-abuse treatment when the plan says so. Default P30D. */
    public String getAbuseTreatmentStart() {
        return abuseTreatmentStart;
    }

    public void setAbuseTreatmentStart(String abuseTreatmentStart) {
        this.abuseTreatmentStart = checked("abuseTreatmentStart", abuseTreatmentStart);
    }

    /** Time the mentor has to write the week's logbook. Default P7D. */
    public String getLogbook() {
        return logbook;
    }

    public void setLogbook(String logbook) {
        this.logbook = checked("logbook", logbook);
    }

    /** Time from one logbook to the next. Default P7D. */
    public String getLogbookInterval() {
        return logbookInterval;
    }

    public void setLogbookInterval(String logbookInterval) {
        this.logbookInterval = checked("logbookInterval", logbookInterval);
    }

    /** Interval of MI follow-up interviews. Default P28D. */
    public String getMiFollowUpCycle() {
        return miFollowUpCycle;
    }

    public void setMiFollowUpCycle(String miFollowUpCycle) {
        this.miFollowUpCycle = checked("miFollowUpCycle", miFollowUpCycle);
    }

    /** Time to hold an MI follow-up interview once it is due. Default P7D. */
    public String getMiFollowUp() {
        return miFollowUp;
    }

    public void setMiFollowUp(String miFollowUp) {
        this.miFollowUp = checked("miFollowUp", miFollowUp);
    }

    /** Time for UU's education guidance in Start. Default P30D. */
    public String getEducationGuidance() {
        return educationGuidance;
    }

    public void setEducationGuidance(String educationGuidance) {
        this.educationGuidance = checked("educationGuidance", educationGuidance);
    }

    /** Time for the jobcenter to arrange an internship or job in Start. Default P60D. */
    public String getEmployment() {
        return employment;
    }

    public void setEmployment(String employment) {
        this.employment = checked("employment", employment);
    }

    /** Planned length of a Klar/Parat/Start course. Default P6M. */
    public String getAdultCourse() {
        return adultCourse;
    }

    public void setAdultCourse(String adultCourse) {
        this.adultCourse = checked("adultCourse", adultCourse);
    }

    /** Time to record the discharge. Default P14D. */
    public String getDischarge() {
        return discharge;
    }

    public void setDischarge(String discharge) {
        this.discharge = checked("discharge", discharge);
    }

    /**
     * The statutory deadline of a child investigation: the start of the day {@link #getInvestigation()} after the day
     * the municipality became aware, in the server's (Danish) time.
     */
    public Date investigationDue(String awarenessDate) {
        return startOf(LocalDate.parse(awarenessDate).plus(Period.parse(investigation)));
    }

    /** When the team chief is warned: {@link #getInvestigationWarning()} before the deadline. */
    public Date investigationWarning(String awarenessDate) {
        LocalDate due = LocalDate.parse(awarenessDate).plus(Period.parse(investigation));
        return startOf(due.minus(Period.parse(investigationWarning)));
    }

    private static Date startOf(LocalDate day) {
        return EngineDates.startOf(day);
    }

    static String checked(String name, String value) {
        String duration = value == null ? "" : value.trim();
        try {
            DatatypeFactory.newInstance().newDuration(duration);
        } catch (IllegalArgumentException | DatatypeConfigurationException e) {
            throw new IllegalArgumentException(
                    "tvaers.deadlines." + name + " is not an ISO-8601 duration such as P5D or P4M: '" + duration + "'",
                    e);
        }
        return duration;
    }
}
