package dk.tvaers.referral;

import dk.tvaers.adult.AdultCourse;
import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.NewAdultCourse;
import dk.tvaers.process.AdultPathwayProcess;
import dk.tvaers.process.AdultPathwayProcess.Variables;
import dk.tvaers.security.EngineGuard;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a young adult for the adult course (Klar / Parat / Start), with or without a family case: checks and opens
 * the course, and starts the adult-pathway process with the course number as business key. One transaction (the
 * engine shares Spring's): a failure stores nothing.
 */
@Service
public class AdultIntakeService {

    private final AdultCourseService courses;
    private final RuntimeService runtime;
    private final Referrers referrers;

    public AdultIntakeService(AdultCourseService courses, RuntimeService runtime, Referrers referrers) {
        this.referrers = referrers;
        this.courses = courses;
        this.runtime = runtime;
    }

    /** Returns the new course's number. */
    @Transactional
    public String refer(NewAdultCourse referral) {
        referrers.check();
        AdultCourse opened = courses.open(referral);
        String courseNumber = opened.getCourseNumber();
        // variables: ids only; the person and the CPR number stay in the course table
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.COURSE_NUMBER, courseNumber);
        if (opened.getFamilyCaseId() != null) {
            variables.put(Variables.CASE_NUMBER, referral.familyCaseNumber());
        }
        // the referral is checked by the course service: Tværs starts the course's process itself (EngineGuard)
        EngineGuard.trusted(() -> runtime.startProcessInstanceByKey(AdultPathwayProcess.KEY, courseNumber, variables));
        return courseNumber;
    }
}
