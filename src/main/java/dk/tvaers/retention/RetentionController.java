package dk.tvaers.retention;

import dk.tvaers.access.Viewer;
import dk.tvaers.kernel.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's manual retention run, e.g. after changing the period; the nightly run does the same. */
@RestController
@Tag(name = "Administration", description = "Drift og databeskyttelse")
public class RetentionController {

    private final RetentionService retention;
    private final IdentityService identity;

    public RetentionController(RetentionService retention, IdentityService identity) {
        this.retention = retention;
        this.identity = identity;
    }

    @PostMapping("/api/admin/retention/run")
    @Operation(
            summary = "Slet personoplysninger i afsluttede sager efter opbevaringsperioden",
            description = "Anonymiserer familiesager og voksenforløb, der blev afsluttet for længere tid siden end "
                    + "tvaers.retention.closed-case-period, og sletter deres historik i procesmotoren. Svarer med "
                    + "antallene. Kun administratorer (camunda-admin).")
    public RetentionService.Run run() {
        if (!Roles.mayRunRetention(
                Viewer.of(identity.getCurrentAuthentication()).groups())) {
            throw new NotAllowedException();
        }
        return retention.run();
    }

    static class NotAllowedException extends RuntimeException {}

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "Kun administratorer kan starte sletningen efter opbevaringsperioden");
        problem.setTitle("Ikke tilladt");
        problem.setType(URI.create("urn:tvaers:problem:not-allowed"));
        return problem;
    }
}
