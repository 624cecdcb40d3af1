package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.CurrentUser;
import dk.tvaers.family.JournalKind;
import dk.tvaers.family.NewJournalEntry;
import dk.tvaers.kernel.InvalidInputException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writes a journal note or meeting minutes with the attendance; the author is the logged-in user. */
@Controller
class WorkspaceJournalController extends WorkspacePages {

    record JournalForm(String kind, String authorRole, String entryDate, String text, String attendance) {}

    private final CaseRecordService record;
    private final CurrentUser user;
    private final Validator validator;
    private final Clock clock;

    WorkspaceJournalController(CaseRecordService record, CurrentUser user, Validator validator, Clock clock) {
        this.record = record;
        this.user = user;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/workspace/cases/{caseNumber}/journal/new")
    @RecordAccess(view = "case-record")
    ModelAndView newEntry(@PathVariable String caseNumber, @RequestParam(required = false) String kind) {
        String chosen = JournalKind.MEETING_MINUTES.name().equals(kind) ? kind : JournalKind.NOTE.name();
        return form(
                record.view(caseNumber),
                new JournalForm(chosen, "", LocalDate.now(clock).toString(), "", ""),
                Map.of());
    }

    @PostMapping("/workspace/cases/{caseNumber}/journal")
    @RecordAccess(view = "journal")
    ModelAndView addEntry(
            @PathVariable String caseNumber, @ModelAttribute JournalForm form, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        JournalKind kind = choice(JournalKind.class, form.kind(), "kind", "Vælg notat eller mødereferat", errors);
        LocalDate day = date(form.entryDate(), "entryDate", errors);
        NewJournalEntry entry = new NewJournalEntry(
                kind, blankToNull(form.authorRole()), day, blankToNull(form.text()), blankToNull(form.attendance()));
        violations(validator, entry).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                CaseRecordView.Journal written = record.addJournalEntry(caseNumber, entry, user.id());
                redirect.addFlashAttribute(
                        "notice",
                        (written.kind() == JournalKind.MEETING_MINUTES ? "Mødereferatet" : "Journalnotatet")
                                + " er gemt i sagens journal.");
                return new ModelAndView("redirect:" + caseUrl(caseNumber) + "#journal");
            } catch (InvalidInputException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return WorkspaceMemberController.invalid(form(record.view(caseNumber), form, errors));
    }

    private static ModelAndView form(CaseRecordView c, JournalForm form, Map<String, String> errors) {
        ModelAndView page = new ModelAndView("workspace/journal");
        page.addObject("c", c);
        page.addObject("form", form);
        page.addObject("errors", errors);
        return page;
    }
}
