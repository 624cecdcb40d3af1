package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.ChildVoiceService;
import dk.tvaers.family.ConversationOccasion;
import dk.tvaers.family.CurrentUser;
import dk.tvaers.family.MemberRole;
import dk.tvaers.family.NewChildConversation;
import dk.tvaers.family.SupportDecisionService;
import dk.tvaers.kernel.InvalidInputException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The child's voice in the workspace: "Samtale med barn" records a conversation with a child (date, who was present,
 * the child's and the parents' views) or why it was not held; and a final decision's letter (PDF) to download. Both
 * under need-to-know like the rest of the case record.
 */
@Controller
class WorkspaceChildVoiceController extends WorkspacePages {

    record ConversationForm(
            String memberId,
            String occasion,
            String held,
            String heldOn,
            String present,
            String childViews,
            String parentViews,
            String notHeldReason) {}

    private final CaseRecordService record;
    private final ChildVoiceService voice;
    private final SupportDecisionService decisions;
    private final CurrentUser user;
    private final Validator validator;
    private final Clock clock;

    WorkspaceChildVoiceController(
            CaseRecordService record,
            ChildVoiceService voice,
            SupportDecisionService decisions,
            CurrentUser user,
            Validator validator,
            Clock clock) {
        this.record = record;
        this.voice = voice;
        this.decisions = decisions;
        this.user = user;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/workspace/cases/{caseNumber}/conversations/new")
    @RecordAccess(view = "case-record")
    ModelAndView newConversation(
            @PathVariable String caseNumber,
            @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String occasion) {
        String chosen = occasion != null
                        && WorkspaceLabels.OCCASIONS.keySet().stream()
                                .anyMatch(o -> o.name().equals(occasion))
                ? occasion
                : ConversationOccasion.INVESTIGATION.name();
        return form(
                record.view(caseNumber),
                new ConversationForm(
                        memberId == null ? "" : memberId,
                        chosen,
                        "true",
                        LocalDate.now(clock).toString(),
                        "",
                        "",
                        "",
                        ""),
                Map.of());
    }

    @PostMapping("/workspace/cases/{caseNumber}/conversations")
    @RecordAccess(view = "child-conversation")
    ModelAndView addConversation(
            @PathVariable String caseNumber, @ModelAttribute ConversationForm form, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long memberId = id(form.memberId(), "memberId", errors);
        ConversationOccasion occasion =
                choice(ConversationOccasion.class, form.occasion(), "occasion", "Vælg anledningen", errors);
        Boolean held = "true".equals(form.held()) ? Boolean.TRUE : "false".equals(form.held()) ? Boolean.FALSE : null;
        LocalDate day = date(form.heldOn(), "heldOn", errors);
        NewChildConversation conversation = new NewChildConversation(
                memberId,
                occasion,
                held,
                day,
                blankToNull(form.present()),
                blankToNull(form.childViews()),
                blankToNull(form.parentViews()),
                blankToNull(form.notHeldReason()));
        violations(validator, conversation).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                voice.record(caseNumber, conversation, user.id());
                redirect.addFlashAttribute(
                        "notice",
                        held
                                ? "Samtalen med barnet er gemt i sagen."
                                : "Begrundelsen for, at samtalen ikke blev" + " holdt, er gemt i sagen.");
                return new ModelAndView("redirect:" + caseUrl(caseNumber) + "#samtaler");
            } catch (InvalidInputException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return WorkspaceMemberController.invalid(form(record.view(caseNumber), form, errors));
    }

    @GetMapping("/workspace/cases/{caseNumber}/decisions/{decisionId}/letter")
    @RecordAccess(view = "decision-letter")
    ResponseEntity<byte[]> letter(@PathVariable String caseNumber, @PathVariable Long decisionId) {
        return pdf(decisions.letter(caseNumber, decisionId), "afgoerelse-" + caseNumber + "-" + decisionId + ".pdf");
    }

    private static ModelAndView form(CaseRecordView c, ConversationForm form, Map<String, String> errors) {
        ModelAndView page = new ModelAndView("workspace/conversation");
        List<CaseRecordView.Member> children = c.members().stream()
                .filter(m -> m.name() != null && m.role() != null && m.role().isYoung())
                .toList();
        page.addObject("c", c);
        page.addObject("children", children);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("youngRoles", List.of(MemberRole.CHILD, MemberRole.YOUNG_ADULT));
        return page;
    }
}
