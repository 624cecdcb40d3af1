package dk.tvaers.process;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.kernel.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A new family meeting (CM-stormøde) during the course: the coordinator calls the family and every professional
 * involved again when the plan needs revising, at any time in the intensive phase, phase-out or aftercare. The
 * coordinator then gets the task of holding the meeting and saving the revised plan, which is kept as a new version.
 */
@RestController
@Tag(name = "Sager", description = "Familiesager")
class FamilyMeetingController {

    private final FamilyInterventionProcess familyIntervention;
    private final IdentityService identity;

    FamilyMeetingController(FamilyInterventionProcess familyIntervention, IdentityService identity) {
        this.familyIntervention = familyIntervention;
        this.identity = identity;
    }

    @PostMapping("/api/cases/{caseNumber}/family-meetings")
    @RecordAccess(view = "family-meeting")
    @Operation(
            summary = "Indkald til nyt familiemøde (CM-stormøde)",
            description = "I forløbet (intensiv fase, udfasning, efterforløb): koordinatoren får opgaven 'Hold"
                    + " familiemøde (CM-stormøde) og revidér handleplanen'; den reviderede plan gemmes som en ny"
                    + " version. For koordinator og teamleder med adgang til sagen; 409, når forløbet ikke kører.")
    public ResponseEntity<Void> call(@PathVariable String caseNumber) {
        SIGNAL.send(identity, caseNumber, familyIntervention::callFamilyMeeting, FamilyMeetingController::detail);
        return ResponseEntity.accepted().build();
    }

    static final CheckedCaseSignal SIGNAL = new CheckedCaseSignal(
            Roles::mayCallFamilyMeeting,
            "Kun koordinator og teamleder kan indkalde til et nyt familiemøde",
            "Forløbet kører ikke",
            "not-in-course");

    static String detail(String caseNumber) {
        return "Sagen " + caseNumber + " er ikke i forløbet. Et nyt familiemøde kan indkaldes i den intensive fase,"
                + " udfasningen og efterforløbet; før det holdes det første familiemøde ved planlægningen.";
    }
}
