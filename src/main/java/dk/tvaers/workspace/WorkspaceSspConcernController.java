package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.NewSspConcern;
import dk.tvaers.family.SspConcernService;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Records the SSP concern about one child of the case on a day: the SSP category 1-4, lower is better. */
@Controller
class WorkspaceSspConcernController extends WorkspacePages {

    private final CaseRecordService record;
    private final SspConcernService concerns;
    private final Validator validator;
    private final Clock clock;

    WorkspaceSspConcernController(
            CaseRecordService record, SspConcernService concerns, Validator validator, Clock clock) {
        this.record = record;
        this.concerns = concerns;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/workspace/cases/{caseNumber}/ssp-concerns/new")
    @RecordAccess(view = "case-record")
    ModelAndView form(@PathVariable String caseNumber) {
        return page(
                record.view(caseNumber),
                Map.of("assessedOn", LocalDate.now(clock).toString()),
                Map.of());
    }

    @PostMapping("/workspace/cases/{caseNumber}/ssp-concerns")
    @RecordAccess(view = "ssp-concern")
    ModelAndView save(
            @PathVariable String caseNumber, @RequestParam Map<String, String> values, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer level = null;
        String text = values.get("level");
        if (text != null && !text.isBlank()) {
            try {
                level = Integer.valueOf(text.trim());
            } catch (NumberFormatException e) {
                errors.put("level", "SSP-bekymringsniveauet skal være fra 1 til 4");
            }
        }
        NewSspConcern concern = new NewSspConcern(
                id(values.get("memberId"), "memberId", errors),
                date(values.get("assessedOn"), "assessedOn", errors),
                level);
        violations(validator, concern).forEach(errors::putIfAbsent);
        try {
            return saveOrShowAgain(
                    errors,
                    () -> concerns.add(caseNumber, concern),
                    caseUrl(caseNumber) + "#ssp",
                    "SSP-bekymringen er registreret.",
                    redirect,
                    field -> field,
                    () -> page(record.view(caseNumber), values, errors));
        } catch (SspConcernService.MeasureNotAllowedException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        }
    }

    private static ModelAndView page(CaseRecordView c, Map<String, String> values, Map<String, String> errors) {
        Map<Long, String> children = new LinkedHashMap<>();
        c.members().stream()
                .filter(m -> m.role().isYoung())
                .forEach(m ->
                        children.put(m.id(), WorkspaceController.memberNames(c).get(m.id())));
        return caseForm("workspace/ssp-concern", c, values, errors, children);
    }
}
