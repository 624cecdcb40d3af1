package dk.tvaers.process;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.access.Viewer;
import dk.tvaers.kernel.ApiRefusal;
import dk.tvaers.kernel.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts the early end of a family's case (the family moves away or withdraws consent). Nothing closes at once: a
 * move leads to the coordinator's transfer to the new municipality and the hand-over of running investigations,
 * withdrawn consent to the team chief's assessment of support without consent; the case closes with its reason only
 * after that. For the coordinator, the team chief and the team lead; refused while an early end is already under way.
 */
@RestController
@Tag(name = "Sager", description = "Familiesager")
class CaseEndController {

    private final FamilyInterventionProcess familyIntervention;
    private final IdentityService identity;

    CaseEndController(FamilyInterventionProcess familyIntervention, IdentityService identity) {
        this.familyIntervention = familyIntervention;
        this.identity = identity;
    }

    /** Why the case ends. */
    public record EndRequest(@NotNull(message = "Årsagen mangler") EndReason reason) {}

    @PostMapping("/api/cases/{caseNumber}/end")
    @RecordAccess(view = "end-case")
    @Operation(
            summary = "Afslut en sag før tid",
            description = "Familien flytter eller trækker sit samtykke tilbage. Ved flytning får koordinatoren "
                    + "opgaven at overdrage sagen og materialet til den nye kommune, og kørende undersøgelser "
                    + "overdrages; ved tilbagetrukket samtykke vurderer teamchefen først støtte uden samtykke. "
                    + "Sagen lukkes med årsagen bagefter. Kun koordinator, teamchef og teamleder.")
    public ResponseEntity<Void> end(@PathVariable String caseNumber, @Valid @RequestBody EndRequest request) {
        Authentication caller = identity.getCurrentAuthentication();
        if (!Roles.mayEndCases(Viewer.of(caller).groups())) {
            throw ApiRefusal.notAllowed(NOT_ALLOWED);
        }
        // the caller's role is checked above; the engine itself then acts, as it does for a timer
        identity.clearAuthentication();
        try {
            if (!familyIntervention.isRunning(caseNumber)) {
                throw noRunningCase(caseNumber);
            }
            if (familyIntervention.isEnding(caseNumber)) {
                throw alreadyEnding(caseNumber);
            }
            familyIntervention.end(caseNumber, request.reason());
        } finally {
            identity.setAuthentication(caller);
        }
        return ResponseEntity.noContent().build();
    }

    static final String NOT_ALLOWED = "Kun koordinator, teamchef og teamleder kan afslutte en sag før tid";

    static ApiRefusal noRunningCase(String caseNumber) {
        return new ApiRefusal(
                HttpStatus.NOT_FOUND,
                "Intet kørende forløb",
                "no-running-case",
                "Der er intet kørende forløb for sagen " + caseNumber);
    }

    static ApiRefusal alreadyEnding(String caseNumber) {
        return new ApiRefusal(
                HttpStatus.CONFLICT,
                "Afslutning i gang",
                "already-ending",
                "Sagen " + caseNumber + " er allerede ved at blive afsluttet før tid");
    }
}
