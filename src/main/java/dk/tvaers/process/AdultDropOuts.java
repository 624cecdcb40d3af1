package dk.tvaers.process;

import dk.tvaers.adult.AdultMeasuresService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A young adult drops out of Klar/Parat/Start: the drop-out is recorded the moment it happens (Ishøj counts drop-outs
 * continuously), and the course is interrupted and goes to discharge (the message AdultCourseInterrupted, caught in
 * Klar and in Parat and Start alike). For the API and the workspace's form; the caller checks role and need-to-know.
 */
@Component
public class AdultDropOuts {

    private final AdultMeasuresService measures;
    private final AdultPathwayProcess adultPathway;

    AdultDropOuts(AdultMeasuresService measures, AdultPathwayProcess adultPathway) {
        this.measures = measures;
        this.adultPathway = adultPathway;
    }

    /** Records the drop-out by the user and interrupts the course; refused (400) for a closed or unenrolled course. */
    @Transactional
    public void dropOut(String courseNumber, String userId) {
        measures.dropOut(courseNumber, userId);
        adultPathway.interrupt(courseNumber);
    }
}
