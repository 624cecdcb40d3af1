package dk.tvaers.process;

import dk.tvaers.adult.AdultCourseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A child of the family case who turned 18 goes on to Klar/Parat/Start: opens the course for the member and starts
 * adult-pathway.bpmn with the course number as business key, in the same transaction.
 */
@Component("startAdultPathDelegate")
class StartAdultPathDelegate implements JavaDelegate {

    private final AdultCourseService courses;
    private final AdultPathwayProcess adultPathway;

    StartAdultPathDelegate(AdultCourseService courses, AdultPathwayProcess adultPathway) {
        this.courses = courses;
        this.adultPathway = adultPathway;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = FamilyInterventionProcess.CASE_NUMBER.from(execution);
        String courseNumber =
                courses.openFromFamilyCase(caseNumber, FamilyInterventionProcess.MEMBER_ID.from(execution));
        adultPathway.start(courseNumber, caseNumber);
    }
}
