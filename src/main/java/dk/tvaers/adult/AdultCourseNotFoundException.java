package dk.tvaers.adult;

import dk.tvaers.kernel.NotFoundException;

/** No adult course has the course number; answered 404 naming the field courseNumber. */
public class AdultCourseNotFoundException extends NotFoundException {
    public AdultCourseNotFoundException(String courseNumber) {
        super("courseNumber", "Forløbet " + courseNumber + " findes ikke");
    }
}
