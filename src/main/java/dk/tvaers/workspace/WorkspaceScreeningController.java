package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.NewScreening;
import dk.tvaers.family.ScreeningDomain;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records one member's screening on a day: a score for each domain screened on the one five-step scale (1 = very large
 * need, 5 = no need, higher is better), and for a child the WHO-5 index.
 */
@Controller
class WorkspaceScreeningController extends WorkspacePages {

    private final CaseRecordService record;
    private final Validator validator;
    private final Clock clock;

    WorkspaceScreeningController(CaseRecordService record, Validator validator, Clock clock) {
        this.record = record;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/workspace/cases/{caseNumber}/screenings/new")
    @RecordAccess(view = "case-record")
    ModelAndView form(@PathVariable String caseNumber) {
        return page(
                record.view(caseNumber),
                Map.of("screenedOn", LocalDate.now(clock).toString()),
                Map.of());
    }

    @PostMapping("/workspace/cases/{caseNumber}/screenings")
    @RecordAccess(view = "screenings")
    ModelAndView save(
            @PathVariable String caseNumber,
            @RequestParam MultiValueMap<String, String> fields,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> values = fields.toSingleValueMap();
        List<ScreeningDomain> domains = new ArrayList<>();
        List<NewScreening.Score> scores = new ArrayList<>();
        for (ScreeningDomain domain : ScreeningDomain.values()) {
            String text = values.get("score." + domain.name());
            if (text == null || text.isBlank()) {
                continue;
            }
            Integer score;
            try {
                score = Integer.valueOf(text.trim());
            } catch (NumberFormatException e) {
                errors.putIfAbsent(
                        "score." + domain.name(), "Scoren skal være fra 1 (meget stort behov) til 5 (intet behov)");
                continue;
            }
            scores.add(new NewScreening.Score(domain, score));
            domains.add(domain);
        }
        // WHO-5: all five answers or none
        List<Integer> who5 = new ArrayList<>();
        for (int i = 0; i < dk.tvaers.family.Who5.ITEMS.size(); i++) {
            String text = values.get("who5." + i);
            if (text != null && !text.isBlank()) {
                try {
                    who5.add(Integer.valueOf(text.trim()));
                } catch (NumberFormatException e) {
                    errors.putIfAbsent("who5." + i, "Et WHO-5-svar skal være fra 0 til 5");
                }
            }
        }
        boolean anyWho5 = !who5.isEmpty();
        if (anyWho5 && who5.size() != dk.tvaers.family.Who5.ITEMS.size()) {
            errors.putIfAbsent("who5", "Besvar alle fem WHO-5-udsagn, eller lad dem alle stå tomme");
        }
        NewScreening screening = new NewScreening(
                id(values.get("memberId"), "memberId", errors),
                date(values.get("screenedOn"), "screenedOn", errors),
                scores,
                anyWho5 && who5.size() == dk.tvaers.family.Who5.ITEMS.size() ? who5 : null);
        violations(validator, screening)
                .forEach((field, message) -> errors.putIfAbsent(formField(field, domains), message));
        return saveOrShowAgain(
                errors,
                () -> record.addScreening(caseNumber, screening),
                caseUrl(caseNumber) + "#screeninger",
                "Screeningen er registreret.",
                redirect,
                field -> formField(field, domains),
                () -> page(record.view(caseNumber), values, errors));
    }

    /** scores[2].score is the third domain scored; the form names it by its domain. */
    private static String formField(String field, List<ScreeningDomain> domains) {
        if (field.startsWith("who5[")) {
            return "who5." + field.substring("who5[".length(), field.indexOf(']'));
        }
        if (field.startsWith("scores[")) {
            int end = field.indexOf(']');
            int index = Integer.parseInt(field.substring("scores[".length(), end));
            if (index < domains.size()) {
                return "score." + domains.get(index).name();
            }
        }
        return field;
    }

    private static ModelAndView page(CaseRecordView c, Map<String, String> values, Map<String, String> errors) {
        return caseForm("workspace/screening", c, values, errors, WorkspaceController.memberNames(c));
    }
}
