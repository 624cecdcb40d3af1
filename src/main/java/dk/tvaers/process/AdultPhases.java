package dk.tvaers.process;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.AdultMeasuresService;
import dk.tvaers.adult.AdultPhase;
import org.springframework.stereotype.Component;

/** Called by adult-pathway.bpmn's execution listeners as {@code ${adultPhases.enter(courseNumber, 'PARAT')}}. */
@Component(AdultPhases.BEAN)
public class AdultPhases {

    static final String BEAN = "adultPhases";

    private final AdultCourseService courses;
    private final AdultMeasuresService measures;

    public AdultPhases(AdultCourseService courses, AdultMeasuresService measures) {
        this.courses = courses;
        this.measures = measures;
    }

    /** Called as {@code ${adultPhases.enrol(courseNumber)}} when the team chief visits the young adult. */
    public void enrol(String courseNumber) {
        measures.enrol(courseNumber);
    }

    public void enter(String courseNumber, String phase) {
        courses.enterPhase(courseNumber, AdultPhase.valueOf(phase));
    }
}
