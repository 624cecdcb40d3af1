package dk.tvaers.process;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.process.FamilyInterventionProcess.Variables;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A child of the family case who turned 18 goes on to Klar/Parat/Start: opens the course for the member and starts
 * adult-pathway.bpmn with the course number as business key, in the same transaction.
 */
@Component("startAdultPathDelegate")
public class StartAdultPathDelegate implements JavaDelegate {

    private final AdultCourseService courses;
    private final RuntimeService runtime;

    public StartAdultPathDelegate(AdultCourseService courses, @Lazy RuntimeService runtime) {
        this.courses = courses;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(Variables.CASE_NUMBER);
        String courseNumber = courses.openFromFamilyCase(caseNumber, (Long) execution.getVariable(Variables.MEMBER_ID));
        runtime.startProcessInstanceByKey(
                AdultPathwayProcess.KEY,
                courseNumber,
                Map.of(
                        AdultPathwayProcess.Variables.COURSE_NUMBER, courseNumber,
                        AdultPathwayProcess.Variables.CASE_NUMBER, caseNumber));
    }
}
