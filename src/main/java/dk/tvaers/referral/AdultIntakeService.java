package dk.tvaers.referral;

import dk.tvaers.adult.AdultCourse;
import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.NewAdultCourse;
import dk.tvaers.process.AdultPathwayProcess;
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
    private final AdultPathwayProcess adultPathway;
    private final Referrers referrers;

    public AdultIntakeService(AdultCourseService courses, AdultPathwayProcess adultPathway, Referrers referrers) {
        this.referrers = referrers;
        this.courses = courses;
        this.adultPathway = adultPathway;
    }

    /** Returns the new course's number. */
    @Transactional
    public String refer(NewAdultCourse referral) {
        referrers.check();
        AdultCourse opened = courses.open(referral);
        String courseNumber = opened.getCourseNumber();
        adultPathway.start(courseNumber, opened.getFamilyCaseId() == null ? null : referral.familyCaseNumber());
        return courseNumber;
    }
}
