package dk.tvaers.process;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.AdultPhase;
import org.springframework.stereotype.Component;

/** Called by adult-pathway.bpmn's execution listeners as {@code ${adultPhases.enter(courseNumber, 'PARAT')}}. */
@Component(AdultPhases.BEAN)
public class AdultPhases {

    static final String BEAN = "adultPhases";

    private final AdultCourseService courses;

    public AdultPhases(AdultCourseService courses) {
        this.courses = courses;
    }

    public void enter(String courseNumber, String phase) {
        courses.enterPhase(courseNumber, AdultPhase.valueOf(phase));
    }
}
