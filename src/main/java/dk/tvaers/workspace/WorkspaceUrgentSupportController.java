package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.access.Viewer;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.CurrentUser;
import dk.tvaers.family.UrgentSupportDecisions;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.Roles;
import dk.tvaers.process.LegalBasis;
import dk.tvaers.process.UrgentSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Akut støtte under undersøgelsen": support while the child investigation runs (Barnets Lov §32, stk. 4, the label
 * tvaers.legal-basis.support-during-investigation). Everyone with need-to-know sees the decisions made and their
 * letters; the team chief writes the decision (the support, what it is, the reasons), Tværs stores it with its Danish
 * letter (PDF), and her task "Beslut akut støtte under undersøgelsen" is completed (opened first when nobody asked).
 * Reached from the case page, the case menu and the decision task's form in Tasklist.
 */
@Controller
class WorkspaceUrgentSupportController extends WorkspacePages {

    record DecisionForm(String support, String description, String reasons) {
        static DecisionForm empty() {
            return new DecisionForm("", "", "");
        }
    }

    private final CaseRecordService record;
    private final UrgentSupportDecisions decisions;
    private final UrgentSupport urgentSupport;
    private final LegalBasis legalBasis;
    private final CurrentUser user;
    private final IdentityService identity;

    WorkspaceUrgentSupportController(
            CaseRecordService record,
            UrgentSupportDecisions decisions,
            UrgentSupport urgentSupport,
            LegalBasis legalBasis,
            CurrentUser user,
            IdentityService identity) {
        this.record = record;
        this.decisions = decisions;
        this.urgentSupport = urgentSupport;
        this.legalBasis = legalBasis;
        this.user = user;
        this.identity = identity;
    }

    @GetMapping("/workspace/cases/{caseNumber}/urgent-support")
    @RecordAccess(view = "urgent-support")
    ModelAndView page(@PathVariable String caseNumber) {
        return page(record.view(caseNumber), DecisionForm.empty(), Map.of());
    }

    @PostMapping("/workspace/cases/{caseNumber}/urgent-support")
    @RecordAccess(view = "urgent-support")
    ModelAndView decide(
            @PathVariable String caseNumber, @ModelAttribute DecisionForm form, RedirectAttributes redirect) {
        CaseRecordView c = record.view(caseNumber);
        if (!mayDecide()) {
            ModelAndView page = new ModelAndView("workspace/refused");
            page.addObject("reason", "Kun teamchefen kan træffe afgørelse om akut støtte under undersøgelsen.");
            page.setStatus(HttpStatus.FORBIDDEN);
            return page;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        UrgentSupportDecisions.Support support = choice(
                UrgentSupportDecisions.Support.class, form.support(), "support", "Vælg en af støtteformerne", errors);
        if (support == null) {
            errors.putIfAbsent("support", "Vælg den støtte, familien skal have nu");
        }
        if (form.reasons() == null || form.reasons().isBlank()) {
            errors.putIfAbsent("reasons", "Skriv begrundelsen for afgørelsen");
        }
        if (errors.isEmpty()) {
            String by = user.id();
            // the team chief's role and need-to-know are checked; the engine itself then acts, as it does for a timer
            Authentication caller = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                Optional<Long> decided = urgentSupport.decide(
                        caseNumber,
                        new UrgentSupportDecisions.NewDecision(support, form.description(), form.reasons()),
                        by);
                if (decided.isPresent()) {
                    redirect.addFlashAttribute(
                            "notice",
                            "Afgørelsen om akut støtte er gemt med brevet. SOF har fået opgaven at iværksætte støtten;"
                                    + " undersøgelsen fortsætter.");
                    return new ModelAndView("redirect:" + caseUrl(caseNumber) + "/urgent-support");
                }
                errors.put(
                        "support",
                        "Sagen venter ikke på en børnefaglig undersøgelse. Akut støtte under"
                                + " undersøgelsen kan kun besluttes, mens undersøgelsen kører.");
            } catch (InvalidInputException e) {
                errors.put(e.field(), e.getMessage());
            } catch (UrgentSupport.InProgress e) {
                // an earlier decision is not started yet: a second one would give SOF a second start task
                errors.put("being-started", e.getMessage());
            } finally {
                identity.setAuthentication(caller);
            }
        }
        ModelAndView page = page(c, form, errors);
        page.setStatus(errors.containsKey("being-started") ? HttpStatus.CONFLICT : INVALID);
        return page;
    }

    @GetMapping("/workspace/cases/{caseNumber}/urgent-support/{decisionId}/letter")
    @RecordAccess(view = "urgent-support-letter")
    ResponseEntity<byte[]> letter(@PathVariable String caseNumber, @PathVariable Long decisionId) {
        return pdf(decisions.letter(caseNumber, decisionId), "akut-stoette-" + caseNumber + "-" + decisionId + ".pdf");
    }

    private boolean mayDecide() {
        return Roles.mayDecideUrgentSupport(
                Viewer.of(identity.getCurrentAuthentication()).groups());
    }

    private ModelAndView page(CaseRecordView c, DecisionForm form, Map<String, String> errors) {
        ModelAndView page = new ModelAndView("workspace/urgent-support");
        page.addObject("c", c);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("decisions", decisions.decisions(c.caseNumber()));
        page.addObject("investigating", urgentSupport.isInvestigating(c.caseNumber()));
        page.addObject(
                "beingStarted", urgentSupport.beingStarted(c.caseNumber()).orElse(null));
        page.addObject("mayDecide", mayDecide());
        page.addObject("legalBasis", legalBasis.getSupportDuringInvestigation());
        page.addObject("supports", WorkspaceLabels.URGENT_SUPPORTS);
        return page;
    }
}
