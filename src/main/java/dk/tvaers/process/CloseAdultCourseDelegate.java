package dk.tvaers.process;

import dk.tvaers.adult.AdultCourseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a referral to Klar/Parat/Start that the team chief did not visit. */
@Component("closeAdultCourseDelegate")
class CloseAdultCourseDelegate implements JavaDelegate {

    private final AdultCourseService courses;

    CloseAdultCourseDelegate(AdultCourseService courses) {
        this.courses = courses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        courses.closeNotVisited(AdultPathwayProcess.COURSE_NUMBER.from(execution));
    }
}
