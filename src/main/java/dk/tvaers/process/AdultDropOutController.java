package dk.tvaers.process;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.access.Viewer;
import dk.tvaers.kernel.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A young adult drops out of Klar/Parat/Start, through the API: see {@link AdultDropOuts}. */
@RestController
@Tag(name = "Voksenforløb", description = "Klar / Parat / Start for unge voksne")
class AdultDropOutController {

    private final AdultDropOuts dropOuts;
    private final IdentityService identity;

    AdultDropOutController(AdultDropOuts dropOuts, IdentityService identity) {
        this.dropOuts = dropOuts;
        this.identity = identity;
    }

    @PostMapping("/api/adult-courses/{courseNumber}/drop-out")
    @RecordAccess(view = "course-drop-out")
    @Operation(
            summary = "Den unge falder fra forløbet",
            description =
                    "Frafaldet registreres nu, og forløbet afbrydes og går til udskrivning, også i Klar. For koordinator,"
                            + " mentor og teamleder med adgang til forløbet; 400, når forløbet er afsluttet eller den unge ikke"
                            + " er indskrevet.")
    public ResponseEntity<Void> dropOut(@PathVariable String courseNumber) {
        Viewer viewer = Viewer.of(identity.getCurrentAuthentication());
        if (!Roles.mayRecordDropOut(viewer.groups())) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Kun koordinator, mentor og teamleder registrerer frafald");
        }
        dropOuts.dropOut(courseNumber, viewer.userId());
        return ResponseEntity.accepted().build();
    }
}
