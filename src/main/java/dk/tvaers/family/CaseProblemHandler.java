package dk.tvaers.family;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers the case API's errors as RFC 7807 problem details naming the field at fault. */
@RestControllerAdvice(assignableTypes = CaseController.class)
class CaseProblemHandler {

    @ExceptionHandler(InvalidCaseException.class)
    ProblemDetail invalid(InvalidCaseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Ugyldig sag");
        problem.setType(URI.create("urn:tvaers:problem:invalid-case"));
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Sagen findes ikke");
        problem.setType(URI.create("urn:tvaers:problem:case-not-found"));
        return problem;
    }
}
