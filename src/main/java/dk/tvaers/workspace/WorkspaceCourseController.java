package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.access.Viewer;
import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.AdultCourseView;
import dk.tvaers.adult.AdultMeasuresService;
import dk.tvaers.adult.CourseMeasures;
import dk.tvaers.adult.MovementReason;
import dk.tvaers.adult.NewAssessment;
import dk.tvaers.adult.NewOffence;
import dk.tvaers.adult.OffenceKind;
import dk.tvaers.board.People;
import dk.tvaers.kernel.Roles;
import dk.tvaers.process.AdultDropOuts;
import jakarta.validation.Validator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The young adult's course (Klar / Parat / Start) in the workspace: what is recorded for the success criteria
 * (enrolment, drop-out, offences while enrolled, the professionals' assessments), and the forms that record them under
 * the API's rules: offences by the coordinator, the team lead and the prison and probation service (charged and
 * prosecuted kept apart), one's own assessment by anyone working on the course but a process designer, the drop-out by
 * the coordinator, the mentor and the team lead (it interrupts the course, in Klar too).
 */
@Controller
class WorkspaceCourseController extends WorkspacePages {

    private final AdultCourseService courses;
    private final AdultMeasuresService measures;
    private final AdultDropOuts dropOuts;
    private final People people;
    private final IdentityService identity;
    private final Validator validator;
    private final Clock clock;

    WorkspaceCourseController(
            AdultCourseService courses,
            AdultMeasuresService measures,
            AdultDropOuts dropOuts,
            People people,
            IdentityService identity,
            Validator validator,
            Clock clock) {
        this.courses = courses;
        this.measures = measures;
        this.dropOuts = dropOuts;
        this.people = people;
        this.identity = identity;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/workspace/courses/{courseNumber}")
    @RecordAccess(view = "course-record")
    ModelAndView course(@PathVariable String courseNumber) {
        AdultCourseView course = courses.view(courseNumber);
        CourseMeasures recorded = measures.measures(courseNumber);
        List<String> logins = new ArrayList<>();
        recorded.offences().forEach(o -> logins.add(o.recordedBy()));
        recorded.assessments().forEach(a -> logins.add(a.professional()));
        logins.add(course.mentor());
        ModelAndView page = new ModelAndView("workspace/course");
        page.addObject("course", course);
        page.addObject("measures", recorded);
        page.addObject("people", people.names(logins));
        return page;
    }

    @GetMapping("/workspace/courses/{courseNumber}/offences/new")
    @RecordAccess(view = "course-record")
    ModelAndView offenceForm(@PathVariable String courseNumber) {
        if (!allowed(Roles::mayRecordOffences)) {
            return notAllowed(OFFENCES_REFUSED);
        }
        return form("workspace/course-offence", courseNumber, Map.of("occurredOn", today()), Map.of());
    }

    @PostMapping("/workspace/courses/{courseNumber}/offences")
    @RecordAccess(view = "course-offence")
    ModelAndView offence(
            @PathVariable String courseNumber, @RequestParam Map<String, String> values, RedirectAttributes redirect) {
        if (!allowed(Roles::mayRecordOffences)) {
            return notAllowed(OFFENCES_REFUSED);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        NewOffence offence = new NewOffence(
                choice(OffenceKind.class, values.get("kind"), "kind", "Vælg sigtet eller tiltalt", errors),
                date(values.get("occurredOn"), "occurredOn", errors));
        return save(
                "workspace/course-offence",
                courseNumber,
                values,
                errors,
                offence,
                () -> measures.addOffence(courseNumber, offence, userId()),
                "Lovovertrædelsen er registreret.",
                redirect);
    }

    @GetMapping("/workspace/courses/{courseNumber}/assessments/new")
    @RecordAccess(view = "course-record")
    ModelAndView assessmentForm(@PathVariable String courseNumber) {
        if (!allowed(Roles::mayRecordMeasures)) {
            return notAllowed(ASSESSMENT_REFUSED);
        }
        return form("workspace/course-assessment", courseNumber, Map.of("assessedOn", today()), Map.of());
    }

    @PostMapping("/workspace/courses/{courseNumber}/assessments")
    @RecordAccess(view = "course-assessment")
    ModelAndView assessment(
            @PathVariable String courseNumber, @RequestParam Map<String, String> values, RedirectAttributes redirect) {
        if (!allowed(Roles::mayRecordMeasures)) {
            return notAllowed(ASSESSMENT_REFUSED);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String answer = values.get("significantPositive");
        Boolean yes = answer == null || answer.isBlank() ? null : "true".equals(answer);
        NewAssessment assessment = new NewAssessment(
                yes,
                choice(MovementReason.class, values.get("movementReason"), "movementReason", "Vælg bevægelsen", errors),
                date(values.get("assessedOn"), "assessedOn", errors));
        return save(
                "workspace/course-assessment",
                courseNumber,
                values,
                errors,
                assessment,
                () -> measures.assess(courseNumber, assessment, userId()),
                "Din faglige vurdering er registreret.",
                redirect);
    }

    @GetMapping("/workspace/courses/{courseNumber}/drop-out")
    @RecordAccess(view = "course-record")
    ModelAndView dropOutForm(@PathVariable String courseNumber) {
        if (!allowed(Roles::mayRecordDropOut)) {
            return notAllowed(DROP_OUT_REFUSED);
        }
        return form("workspace/course-drop-out", courseNumber, Map.of(), Map.of());
    }

    @PostMapping("/workspace/courses/{courseNumber}/drop-out")
    @RecordAccess(view = "course-drop-out")
    ModelAndView dropOut(
            @PathVariable String courseNumber, @RequestParam Map<String, String> values, RedirectAttributes redirect) {
        if (!allowed(Roles::mayRecordDropOut)) {
            return notAllowed(DROP_OUT_REFUSED);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"true".equals(values.get("confirmed"))) {
            errors.put("confirmed", "Bekræft, at den unge er faldet fra forløbet");
        }
        return save(
                "workspace/course-drop-out",
                courseNumber,
                values,
                errors,
                null,
                () -> dropOuts.dropOut(courseNumber, userId()),
                "Frafaldet er registreret, og forløbet er afbrudt: koordinatoren udskriver nu den unge.",
                redirect);
    }

    private static final String OFFENCES_REFUSED =
            "Kun koordinator, teamleder og Kriminalforsorgen registrerer lovovertrædelser under forløbet.";
    private static final String ASSESSMENT_REFUSED = "En procesdesigner vurderer ikke forløb.";
    private static final String DROP_OUT_REFUSED = "Kun koordinator, mentor og teamleder registrerer frafald.";

    /** Validates, writes and goes back to the course; or shows the form again with its errors (400). */
    private ModelAndView save(
            String view,
            String courseNumber,
            Map<String, String> values,
            Map<String, String> errors,
            Object input,
            Runnable write,
            String notice,
            RedirectAttributes redirect) {
        if (input != null) {
            violations(validator, input).forEach(errors::putIfAbsent);
        }
        return saveOrShowAgain(
                errors,
                write,
                courseUrl(courseNumber) + "#maalinger",
                notice,
                redirect,
                field -> field,
                () -> form(view, courseNumber, values, errors));
    }

    private ModelAndView form(
            String view, String courseNumber, Map<String, String> values, Map<String, String> errors) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("course", courses.view(courseNumber));
        page.addObject("values", values);
        page.addObject("errors", errors);
        return page;
    }

    private boolean allowed(Predicate<List<String>> rule) {
        return rule.test(Viewer.of(identity.getCurrentAuthentication()).groups());
    }

    private String userId() {
        return Viewer.of(identity.getCurrentAuthentication()).userId();
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }

    private static ModelAndView notAllowed(String reason) {
        ModelAndView page = new ModelAndView("workspace/refused");
        page.addObject("reason", reason);
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }

    /** The course's page. */
    static String courseUrl(String courseNumber) {
        return "/workspace/courses/" + URLEncoder.encode(courseNumber, StandardCharsets.UTF_8);
    }
}
