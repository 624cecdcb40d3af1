package dk.tvaers.referral;

import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Henvisning", description = "Henvisning af en familie: opretter sagen og starter forløbet")
public class IntakeController {

    private final IntakeService intake;
    private final CaseRecordService record;
    private final CurrentUser user;

    public IntakeController(IntakeService intake, CaseRecordService record, CurrentUser user) {
        this.intake = intake;
        this.record = record;
        this.user = user;
    }

    @PostMapping
    @Operation(
            summary = "Henvis en familie",
            description = "Opretter sagen med henvisning og familiens medlemmer og starter familieforløbet med"
                    + " sagsnummeret som business key. Fejl i anmodningen gemmer intet.")
    public ResponseEntity<CaseRecordView> refer(@Valid @RequestBody IntakeRequest request) {
        String caseNumber = intake.refer(request, user.id());
        return ResponseEntity.created(URI.create("/api/cases/" + caseNumber)).body(record.view(caseNumber));
    }

    /** A referred person is already in an open case: 409 naming the case; nothing is stored. */
    @ExceptionHandler(DuplicateReferralException.class)
    ProblemDetail duplicate(DuplicateReferralException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Personen er allerede med i en åben sag");
        problem.setType(URI.create("urn:tvaers:problem:duplicate-referral"));
        problem.setProperty("field", e.field());
        problem.setProperty("caseNumber", e.caseNumber());
        return problem;
    }
}
