package dk.tvaers.referral;

import dk.tvaers.concern.ConcernService;
import dk.tvaers.concern.NewConcern;
import dk.tvaers.kernel.Roles;
import dk.tvaers.process.ReportOfConcernProcess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives a report of concern (underretning) through the API: stores it in the concern module's table and starts
 * "Modtag underretning" with the report number as business key, in one transaction. Only SOF, team chiefs and team
 * leads receive reports.
 */
@RestController
@RequestMapping("/api/concerns")
@Tag(name = "Underretning", description = "Modtagelse af en underretning om et barn")
public class ConcernIntakeController {

    private final ConcernService concerns;
    private final ReportOfConcernProcess process;
    private final IdentityService identity;

    public ConcernIntakeController(ConcernService concerns, ReportOfConcernProcess process, IdentityService identity) {
        this.concerns = concerns;
        this.process = process;
        this.identity = identity;
    }

    /** The answer: the report's number, the open family case the child is in, and when it was received. */
    public record Received(String reportNumber, String openCaseNumber, OffsetDateTime receivedAt) {}

    @PostMapping
    @Transactional
    @Operation(
            summary = "Modtag en underretning",
            description = "Gemmer underretningen og starter vurderingen (inden for 24 timer) og, for en fagperson,"
                    + " kvitteringen (inden for 6 hverdage). Er barnet i en åben familiesag, vurderes underretningen"
                    + " på ny af en, der er ny i sagen. Kun SOF, teamchef og teamleder. Fejl gemmer intet.")
    public ResponseEntity<Received> receive(@Valid @RequestBody NewConcern report) {
        Authentication caller = identity.getCurrentAuthentication();
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (caller == null || !Roles.receivesConcerns(groups)) {
            throw new NotAllowedException();
        }
        ConcernService.Registered registered = concerns.register(report, caller.getUserId());
        process.start(
                registered.reportNumber(),
                registered.reporterKind().name(),
                registered.receivedAt(),
                registered.openCaseNumber());
        return ResponseEntity.created(URI.create("/workspace/concerns/" + registered.reportNumber()))
                .body(new Received(registered.reportNumber(), registered.openCaseNumber(), registered.receivedAt()));
    }

    static final class NotAllowedException extends RuntimeException {}

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "Kun Socialforvaltningen, teamchef og teamleder kan modtage underretninger");
        problem.setTitle("Ikke tilladt");
        problem.setType(URI.create("urn:tvaers:problem:not-allowed"));
        return problem;
    }
}
