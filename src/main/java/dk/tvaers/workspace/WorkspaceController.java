package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.access.Viewer;
import dk.tvaers.family.CasePhase;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.Roles;
import dk.tvaers.process.ProcessDeadlines;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The workspace's entry (find a case by its number), the case overview, and the pages for no login or no token. */
@Controller
class WorkspaceController extends WorkspacePages {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");
    /** The phases in which the child investigation's statutory deadline is ahead. */
    private static final Set<CasePhase> BEFORE_VISITATION = EnumSet.of(CasePhase.REFERRAL, CasePhase.INVESTIGATION);

    private final CaseRecordService record;
    private final ProcessDeadlines deadlines;
    private final IdentityService identity;
    private final String tasklist;

    WorkspaceController(
            CaseRecordService record,
            ProcessDeadlines deadlines,
            IdentityService identity,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.record = record;
        this.deadlines = deadlines;
        this.identity = identity;
        this.tasklist = webappPath + "/app/tasklist/";
    }

    @GetMapping({"/workspace", "/workspace/"})
    ModelAndView find(@RequestParam(required = false) String caseNumber) {
        ModelAndView page = new ModelAndView("workspace/find");
        if (caseNumber == null) {
            return page;
        }
        String wanted = caseNumber.trim();
        if (!CASE_NUMBER.matcher(wanted).matches()) {
            page.addObject("caseNumber", caseNumber);
            page.addObject(
                    "errors",
                    Map.of(
                            "caseNumber",
                            wanted.isEmpty()
                                    ? "Skriv sagsnummeret"
                                    : "Et sagsnummer har bogstaver, tal og bindestreger, fx TV-2026-00001"));
            page.setStatus(INVALID);
            return page;
        }
        String number = wanted.toUpperCase(java.util.Locale.ROOT);
        // a young adult's course number (KPS-…) opens the course's page
        return new ModelAndView("redirect:"
                + (number.startsWith("KPS-") ? WorkspaceCourseController.courseUrl(number) : caseUrl(number)));
    }

    @GetMapping("/workspace/cases/{caseNumber}")
    @RecordAccess(view = "case-record")
    String overview(@PathVariable String caseNumber, Model model) {
        CaseRecordView c = record.view(caseNumber);
        model.addAttribute("c", c);
        model.addAttribute("deadline", statutoryDeadline(c));
        model.addAttribute("mayEnd", c.status() == CaseStatus.OPEN && mayEndCases());
        model.addAttribute("memberNames", memberNames(c));
        model.addAttribute(
                "journal",
                c.journal().stream()
                        .sorted(Comparator.comparing(CaseRecordView.Journal::entryDate)
                                .thenComparing(CaseRecordView.Journal::id)
                                .reversed())
                        .toList());
        return "workspace/case";
    }

    /** The day the child investigation must be done by (Barnets Lov), while it is ahead. */
    private LocalDate statutoryDeadline(CaseRecordView c) {
        if (c.status() != CaseStatus.OPEN
                || !BEFORE_VISITATION.contains(c.phase())
                || c.referral() == null
                || c.referral().awarenessDate() == null) {
            return null;
        }
        return c.referral().awarenessDate().plus(deadlines.investigation());
    }

    boolean mayEndCases() {
        return Roles.mayEndCases(Viewer.of(identity.getCurrentAuthentication()).groups());
    }

    static Map<Long, String> memberNames(CaseRecordView c) {
        return c.members().stream()
                .collect(Collectors.toMap(
                        CaseRecordView.Member::id,
                        m -> Objects.requireNonNullElse(m.name(), "Anonymiseret medlem"),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    @RequestMapping(WorkspaceSessionFilter.LOGIN_REQUIRED_PATH)
    ModelAndView loginRequired() {
        ModelAndView page = new ModelAndView("workspace/login-required");
        page.addObject("loginUrl", tasklist);
        page.setStatus(HttpStatus.UNAUTHORIZED);
        return page;
    }

    @RequestMapping(WorkspaceSessionFilter.CSRF_REFUSED_PATH)
    ModelAndView csrfRefused() {
        ModelAndView page = new ModelAndView("workspace/refused");
        page.addObject(
                "reason",
                "Formularen manglede sessionens sikkerhedstoken, så intet er gemt. Gå tilbage, genindlæs siden,"
                        + " og prøv igen.");
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }
}
