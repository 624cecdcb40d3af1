package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.GoalStatus;
import dk.tvaers.family.NewPlan;
import dk.tvaers.family.PlanVersionService;
import dk.tvaers.kernel.InvalidInputException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The joint family action plan: goals per member and administration, and the consents of the family. Saving replaces
 * the plan, as the API does. The form holds the plan's goals and empty rows for new ones; an empty row is skipped.
 */
@Controller
class WorkspacePlanController extends WorkspacePages {

    /** Empty goal rows offered below the plan's goals; "Flere rækker" offers more. */
    static final int EMPTY_ROWS = 3;

    private static final Pattern INDEXED = Pattern.compile("(goals|consents)\\[(\\d+)]\\.(\\w+)");

    /** A goal row of the form; the row number is what the fields are named by. */
    record GoalRow(int row, String memberId, String administration, String description, String status) {
        boolean isEmpty() {
            return isBlank(memberId) && isBlank(administration) && isBlank(description);
        }
    }

    /** A member's consent row: whether the member consented, and on which day. */
    record ConsentRow(Long memberId, String name, boolean given, String consentedOn) {}

    private final CaseRecordService record;
    private final Validator validator;
    private final Clock clock;
    private final PlanVersionService planVersions;

    WorkspacePlanController(
            CaseRecordService record, Validator validator, Clock clock, PlanVersionService planVersions) {
        this.record = record;
        this.validator = validator;
        this.clock = clock;
        this.planVersions = planVersions;
    }

    @GetMapping("/workspace/cases/{caseNumber}/plan")
    @RecordAccess(view = "case-record")
    ModelAndView plan(@PathVariable String caseNumber, @RequestParam(defaultValue = "0") int more) {
        CaseRecordView c = record.view(caseNumber);
        List<GoalRow> rows = new ArrayList<>();
        Map<Long, String> consented = new LinkedHashMap<>();
        String agreedOn = LocalDate.now(clock).toString();
        if (c.plan() != null) {
            agreedOn = c.plan().agreedOn().toString();
            for (CaseRecordView.Goal g : c.plan().goals()) {
                rows.add(new GoalRow(
                        rows.size(),
                        g.memberId().toString(),
                        g.administration(),
                        g.description(),
                        g.status().name()));
            }
            c.plan()
                    .consents()
                    .forEach(s -> consented.put(s.memberId(), s.consentedOn().toString()));
        }
        int empty = EMPTY_ROWS + Math.max(0, Math.min(more, 20));
        for (int i = 0; i < empty; i++) {
            rows.add(new GoalRow(rows.size(), "", "", "", GoalStatus.PLANNED.name()));
        }
        List<ConsentRow> consents = c.members().stream()
                .filter(m -> m.name() != null)
                .map(m -> new ConsentRow(
                        m.id(), m.name(), consented.containsKey(m.id()), consented.getOrDefault(m.id(), "")))
                .toList();
        ModelAndView page = form(c, agreedOn, rows, consents, Map.of(), empty);
        // the plan's earlier versions and what changed, revised at new family meetings (CM-stormøde)
        page.addObject("versions", planVersions.versions(caseNumber));
        return page;
    }

    @PostMapping("/workspace/cases/{caseNumber}/plan")
    @RecordAccess(view = "plan")
    ModelAndView save(
            @PathVariable String caseNumber,
            @RequestParam MultiValueMap<String, String> fields,
            RedirectAttributes redirect) {
        CaseRecordView c = record.view(caseNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        int rowCount = Math.min(parseInt(fields.getFirst("rows")), 200);
        List<GoalRow> rows = new ArrayList<>();
        for (int i = 0; i < rowCount; i++) {
            rows.add(new GoalRow(
                    i,
                    value(fields, "goal" + i + ".memberId"),
                    value(fields, "goal" + i + ".administration"),
                    value(fields, "goal" + i + ".description"),
                    value(fields, "goal" + i + ".status")));
        }
        List<ConsentRow> consents = c.members().stream()
                .filter(m -> m.name() != null)
                .map(m -> new ConsentRow(
                        m.id(),
                        m.name(),
                        fields.containsKey("consent" + m.id() + ".given"),
                        value(fields, "consent" + m.id() + ".consentedOn")))
                .toList();

        // the API's names (goals[i], consents[i]) count only the rows sent; the form's count every row
        List<Integer> goalRows = new ArrayList<>();
        List<NewPlan.Goal> goals = new ArrayList<>();
        for (GoalRow row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            String prefix = "goal" + row.row() + ".";
            goals.add(new NewPlan.Goal(
                    id(row.memberId(), prefix + "memberId", errors),
                    blankToNull(row.administration()),
                    blankToNull(row.description()),
                    choice(GoalStatus.class, row.status(), prefix + "status", "Vælg en status", errors)));
            goalRows.add(row.row());
        }
        List<Long> consentMembers = new ArrayList<>();
        List<NewPlan.Consent> given = new ArrayList<>();
        for (ConsentRow row : consents) {
            if (row.given()) {
                given.add(new NewPlan.Consent(
                        row.memberId(), date(row.consentedOn(), "consent" + row.memberId() + ".consentedOn", errors)));
                consentMembers.add(row.memberId());
            }
        }
        NewPlan plan = new NewPlan(date(value(fields, "agreedOn"), "agreedOn", errors), goals, given);
        violations(validator, plan)
                .forEach((field, message) -> errors.putIfAbsent(formField(field, goalRows, consentMembers), message));
        if (errors.isEmpty()) {
            try {
                record.replacePlan(caseNumber, plan);
                redirect.addFlashAttribute("notice", "Familiehandleplanen er gemt.");
                return new ModelAndView("redirect:" + caseUrl(caseNumber) + "#plan");
            } catch (InvalidInputException e) {
                errors.put(formField(e.field(), goalRows, consentMembers), e.getMessage());
            }
        }
        ModelAndView page = form(c, value(fields, "agreedOn"), rows, consents, errors, rowCount);
        page.setStatus(INVALID);
        return page;
    }

    /** The form's field for the API's: goals[1].description is the second goal sent, whichever row it was in. */
    static String formField(String apiField, List<Integer> goalRows, List<Long> consentMembers) {
        Matcher m = INDEXED.matcher(apiField);
        if (!m.matches()) {
            return apiField;
        }
        int index = Integer.parseInt(m.group(2));
        if (m.group(1).equals("goals") && index < goalRows.size()) {
            return "goal" + goalRows.get(index) + "." + m.group(3);
        }
        if (m.group(1).equals("consents") && index < consentMembers.size()) {
            String field = m.group(3).equals("memberId") ? "given" : m.group(3);
            return "consent" + consentMembers.get(index) + "." + field;
        }
        return apiField;
    }

    private static ModelAndView form(
            CaseRecordView c,
            String agreedOn,
            List<GoalRow> rows,
            List<ConsentRow> consents,
            Map<String, String> errors,
            int more) {
        ModelAndView page = new ModelAndView("workspace/plan");
        page.addObject("c", c);
        page.addObject("agreedOn", agreedOn);
        page.addObject("rows", rows);
        page.addObject("consents", consents);
        page.addObject("errors", errors);
        page.addObject("members", WorkspaceController.memberNames(c));
        page.addObject("more", more);
        return page;
    }

    private static String value(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }

    private static int parseInt(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
