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
 * Support while the child investigation runs (Barnets Lov §32, stk. 4; a label in tvaers.legal-basis): someone who
 * works the case asks, and the team chief gets the decision at once, instead of the family waiting for every
 * investigation and the queue. The investigations are not touched: they run on and must still be finished.
 */
@RestController
@Tag(name = "Sager", description = "Familiesager")
class UrgentSupportController {

    private final UrgentSupport urgentSupport;
    private final IdentityService identity;

    UrgentSupportController(UrgentSupport urgentSupport, IdentityService identity) {
        this.urgentSupport = urgentSupport;
        this.identity = identity;
    }

    @PostMapping("/api/cases/{caseNumber}/urgent-support")
    @RecordAccess(view = "urgent-support")
    @Operation(
            summary = "Bed teamchefen om akut støtte under undersøgelsen",
            description = "Mens sagens børnefaglige undersøgelser kører: teamchefen får opgaven 'Beslut akut støtte"
                    + " under undersøgelsen'. Undersøgelserne fortsætter. For SOF's sagsbehandlere, koordinator,"
                    + " teamchef og teamleder, der har adgang til sagen; 409, når ingen undersøgelse kører, når teamchefen"
                    + " allerede har opgaven, eller når en tidligere afgørelse om akut støtte endnu ikke er iværksat"
                    + " af SOF (svaret nævner den åbne afgørelse og opgave).")
    public ResponseEntity<Void> request(@PathVariable String caseNumber) {
        SIGNAL.send(identity, caseNumber, urgentSupport::request, UrgentSupportController::detail);
        return ResponseEntity.accepted().build();
    }

    static final String NOT_ALLOWED =
            "Kun SOF's sagsbehandlere, koordinator, teamchef og teamleder kan bede om akut støtte";

    static final CheckedCaseSignal SIGNAL = new CheckedCaseSignal(
            Roles::mayRequestUrgentSupport, NOT_ALLOWED, "Ingen undersøgelse kører", "not-investigating");

    static String detail(String caseNumber) {
        return "Sagen " + caseNumber
                + " venter ikke på en børnefaglig undersøgelse. Akut støtte under undersøgelsen kan"
                + " kun besluttes, mens undersøgelsen kører; ellers besluttes støtten ved visitationen.";
    }
}
