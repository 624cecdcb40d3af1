package dk.tvaers.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the view an API operation on a case record is, for the access log, and the purpose it serves. Operations
 * under /api/cases/{caseNumber} and /api/adult-courses/{courseNumber} without it are logged under their method name
 * and checked for {@link Purpose#CASE_WORK}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordAccess {

    /** The view's name in the access log, e.g. "case-record" or "journal". */
    String view();

    Purpose purpose() default Purpose.CASE_WORK;
}
