package dk.tvaers.adult;

import dk.tvaers.family.CaseNotFoundException;

/** No adult course has the course number; answered 404 naming the field courseNumber. */
public class AdultCourseNotFoundException extends CaseNotFoundException {
    public AdultCourseNotFoundException(String courseNumber) {
        super("courseNumber", "Forløbet " + courseNumber + " findes ikke");
    }
}
