package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.access.Viewer;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.kernel.Roles;
import dk.tvaers.process.EndReason;
import dk.tvaers.process.FamilyInterventionProcess;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ends a family's case before its course is over, with its reason, under the API's rules ({@code POST
 * /api/cases/{caseNumber}/end}): for the coordinator, the team chief and the team lead, and only while the case runs.
 */
@Controller
class WorkspaceEndController extends WorkspacePages {

    private final CaseRecordService record;
    private final FamilyInterventionProcess familyIntervention;
    private final IdentityService identity;

    WorkspaceEndController(
            CaseRecordService record, FamilyInterventionProcess familyIntervention, IdentityService identity) {
        this.record = record;
        this.familyIntervention = familyIntervention;
        this.identity = identity;
    }

    @GetMapping("/workspace/cases/{caseNumber}/end")
    @RecordAccess(view = "end-case")
    ModelAndView form(@PathVariable String caseNumber) {
        CaseRecordView c = record.view(caseNumber);
        if (!mayEndCases()) {
            return notAllowed();
        }
        return page(c, "", Map.of());
    }

    @PostMapping("/workspace/cases/{caseNumber}/end")
    @RecordAccess(view = "end-case")
    ModelAndView end(
            @PathVariable String caseNumber,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        CaseRecordView c = record.view(caseNumber);
        Authentication caller = identity.getCurrentAuthentication();
        if (!mayEndCases()) {
            return notAllowed();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        EndReason why = choice(EndReason.class, reason, "reason", "Vælg årsagen", errors);
        if (why == null) {
            errors.putIfAbsent("reason", "Årsagen mangler");
        }
        if (errors.isEmpty()) {
            // the caller's role is checked above; the engine itself then acts, as it does for a timer
            identity.clearAuthentication();
            try {
                if (!familyIntervention.isRunning(caseNumber)) {
                    errors.put("reason", "Der er intet kørende forløb for sagen " + caseNumber);
                } else if (familyIntervention.isEnding(caseNumber)) {
                    errors.put("reason", "Sagen er allerede ved at blive afsluttet før tid");
                } else {
                    familyIntervention.end(caseNumber, why);
                    redirect.addFlashAttribute("notice", endingNotice(why));
                    return new ModelAndView("redirect:" + caseUrl(caseNumber));
                }
            } finally {
                identity.setAuthentication(caller);
            }
        }
        ModelAndView page = page(c, reason == null ? "" : reason, errors);
        page.setStatus(INVALID);
        return page;
    }

    /** What happens next, in the words of the one who started it. */
    private static String endingNotice(EndReason why) {
        return "Afslutningen er startet: " + WorkspaceLabels.END_REASONS.get(why) + ". "
                + (why == EndReason.MOVED_AWAY
                        ? "Koordinatoren overdrager nu sagen og materialet til den nye kommune; sagen lukkes bagefter."
                        : "Teamchefen vurderer nu, om støtten skal fortsætte uden samtykke, før noget lukkes.");
    }

    private boolean mayEndCases() {
        return Roles.mayEndCases(Viewer.of(identity.getCurrentAuthentication()).groups());
    }

    private static ModelAndView notAllowed() {
        ModelAndView page = new ModelAndView("workspace/refused");
        page.addObject("reason", "Kun koordinator, teamchef og teamleder kan afslutte en sag før tid.");
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }

    private static ModelAndView page(CaseRecordView c, String reason, Map<String, String> errors) {
        ModelAndView page = new ModelAndView("workspace/end");
        page.addObject("c", c);
        page.addObject("reason", reason);
        page.addObject("errors", errors);
        return page;
    }
}
