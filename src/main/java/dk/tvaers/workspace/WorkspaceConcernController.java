package dk.tvaers.workspace;

import dk.tvaers.access.Viewer;
import dk.tvaers.concern.ConcernOutcome;
import dk.tvaers.concern.ConcernService;
import dk.tvaers.kernel.Roles;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The reports of concern on a child and the child's siblings, newest first: repeated reports are seen together. Each
 * task of "Modtag underretning" links here. Only those who receive and assess reports (SOF, team chiefs, team leads)
 * see it.
 */
@Controller
class WorkspaceConcernController extends WorkspacePages {

    private static final Pattern REPORT_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");

    /** The Danish words for an assessment's outcome. */
    static final Map<ConcernOutcome, String> OUTCOMES = Map.of(
            ConcernOutcome.NO_ACTION, "Ingen yderligere handling",
            ConcernOutcome.REFER, "Henvist til metoden",
            ConcernOutcome.OPEN_CASE, "Indgår i barnets åbne sag",
            ConcernOutcome.REASSESSED, "Vurderet på ny i den åbne sag");

    private final ConcernService concerns;
    private final IdentityService identity;

    WorkspaceConcernController(ConcernService concerns, IdentityService identity) {
        this.concerns = concerns;
        this.identity = identity;
    }

    @GetMapping("/workspace/concerns/{reportNumber}")
    ModelAndView reports(@PathVariable String reportNumber) {
        if (!Roles.receivesConcerns(
                Viewer.of(identity.getCurrentAuthentication()).groups())) {
            ModelAndView page = new ModelAndView("workspace/refused");
            page.addObject(
                    "reason",
                    "Underretninger ses kun af Socialforvaltningen, teamchefer og teamledere, som modtager og"
                            + " vurderer dem.");
            page.setStatus(HttpStatus.FORBIDDEN);
            return page;
        }
        String wanted = reportNumber.trim().toUpperCase(java.util.Locale.ROOT);
        if (!REPORT_NUMBER.matcher(wanted).matches() || !concerns.exists(wanted)) {
            ModelAndView page = new ModelAndView("workspace/not-found");
            page.addObject("message", "Underretningen " + reportNumber + " findes ikke");
            page.setStatus(HttpStatus.NOT_FOUND);
            return page;
        }
        List<ConcernService.Listed> reports = concerns.related(wanted);
        ModelAndView page = new ModelAndView("workspace/concerns");
        page.addObject("reportNumber", wanted);
        page.addObject("reports", reports);
        page.addObject("outcomes", OUTCOMES);
        page.addObject(
                "current",
                reports.stream()
                        .filter(r -> r.reportNumber().equals(wanted))
                        .findFirst()
                        .orElseThrow());
        return page;
    }
}
