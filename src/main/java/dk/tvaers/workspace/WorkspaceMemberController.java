package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.MemberIdentity;
import dk.tvaers.family.MemberRole;
import dk.tvaers.family.NewMember;
import dk.tvaers.kernel.Cpr;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.referral.DuplicateReferralException;
import dk.tvaers.referral.DuplicateReferrals;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registers a family member and corrects one registered wrongly. The CPR number is checked and shown masked. */
@Controller
class WorkspaceMemberController extends WorkspacePages {

    /**
     * The member form as posted; the CPR number may be left empty when correcting, to keep the one registered.
     * {@code confirmDuplicate}: the person is already in another open case, and registering her here is meant.
     */
    record MemberForm(String name, String cpr, String role, String contacts, Boolean confirmDuplicate) {
        static MemberForm empty() {
            return new MemberForm("", "", "", "", false);
        }

        boolean duplicateConfirmed() {
            return Boolean.TRUE.equals(confirmDuplicate);
        }
    }

    private final CaseRecordService record;
    private final DuplicateReferrals duplicates;
    private final Validator validator;

    WorkspaceMemberController(CaseRecordService record, DuplicateReferrals duplicates, Validator validator) {
        this.record = record;
        this.duplicates = duplicates;
        this.validator = validator;
    }

    @GetMapping("/workspace/cases/{caseNumber}/members/new")
    @RecordAccess(view = "case-record")
    ModelAndView newMember(@PathVariable String caseNumber) {
        return form(record.view(caseNumber), null, MemberForm.empty(), Map.of());
    }

    @PostMapping("/workspace/cases/{caseNumber}/members")
    @RecordAccess(view = "members")
    ModelAndView addMember(
            @PathVariable String caseNumber, @ModelAttribute MemberForm form, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        NewMember member = member(form, form.cpr(), errors);
        if (errors.isEmpty()) {
            try {
                // the Tasklist referral names its persons here: one already in another open case is asked about
                duplicates.refuseInCase(Cpr.parse(form.cpr()), caseNumber, form.duplicateConfirmed());
                CaseRecordView.Member added = record.addMember(caseNumber, member);
                redirect.addFlashAttribute(
                        "notice", added.name() + " er registreret som medlem (CPR-nummer " + added.cpr() + ").");
                return new ModelAndView("redirect:" + caseUrl(caseNumber) + "#medlemmer");
            } catch (InvalidInputException e) {
                errors.put(e.field(), e.getMessage());
            } catch (DuplicateReferralException e) {
                errors.put(
                        "cpr",
                        "Personen er allerede med i den åbne sag " + e.caseNumber() + ". Er henvisningen alligevel"
                                + " ment, så skriv CPR-nummeret igen, sæt kryds ved «Ja, henvisningen er ment» og"
                                + " registrér medlemmet. Intet er gemt.");
                ModelAndView page = form(record.view(caseNumber), null, withoutCpr(form), errors);
                page.addObject("duplicateOf", e.caseNumber());
                page.setStatus(HttpStatus.CONFLICT);
                return page;
            }
        }
        return invalid(form(record.view(caseNumber), null, withoutCpr(form), errors));
    }

    @GetMapping("/workspace/cases/{caseNumber}/members/{memberId}")
    @RecordAccess(view = "case-record")
    ModelAndView editMember(@PathVariable String caseNumber, @PathVariable Long memberId) {
        CaseRecordView c = record.view(caseNumber);
        CaseRecordView.Member member = member(c, memberId);
        return form(
                c,
                member,
                new MemberForm(
                        member.name(),
                        "",
                        member.role().name(),
                        member.contacts() == null ? "" : member.contacts(),
                        false),
                Map.of());
    }

    @PostMapping("/workspace/cases/{caseNumber}/members/{memberId}")
    @RecordAccess(view = "members")
    ModelAndView correctMember(
            @PathVariable String caseNumber,
            @PathVariable Long memberId,
            @ModelAttribute MemberForm form,
            RedirectAttributes redirect) {
        CaseRecordView c = record.view(caseNumber);
        CaseRecordView.Member registered = member(c, memberId);
        Map<String, String> errors = new LinkedHashMap<>();
        // an empty CPR field keeps the registered number, which the page never shows whole
        String cpr = form.cpr() == null || form.cpr().isBlank()
                ? record.member(caseNumber, memberId)
                        .map(MemberIdentity::cpr)
                        .map(Cpr::value)
                        .orElse(null)
                : form.cpr();
        NewMember member = member(form, cpr, errors);
        if (errors.isEmpty()) {
            try {
                CaseRecordView.Member corrected = record.correctMember(caseNumber, memberId, member);
                redirect.addFlashAttribute(
                        "notice", corrected.name() + " er rettet (CPR-nummer " + corrected.cpr() + ").");
                return new ModelAndView("redirect:" + caseUrl(caseNumber) + "#medlemmer");
            } catch (InvalidInputException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return invalid(form(c, registered, withoutCpr(form), errors));
    }

    private NewMember member(MemberForm form, String cpr, Map<String, String> errors) {
        MemberRole role = choice(MemberRole.class, form.role(), "role", "Vælg en rolle", errors);
        NewMember member = new NewMember(form.name(), cpr, null, role, blankToNull(form.contacts()));
        violations(validator, member).forEach(errors::putIfAbsent);
        if (cpr != null && !cpr.isBlank()) {
            // the CPR number's form is checked with the other fields, so that every message shows at once
            try {
                Cpr.parse(cpr);
            } catch (InvalidInputException e) {
                errors.putIfAbsent("cpr", e.getMessage());
            }
        }
        return member;
    }

    /** A CPR number is never sent back to the browser, not even the one just typed. */
    private static MemberForm withoutCpr(MemberForm form) {
        return new MemberForm(form.name(), "", form.role(), form.contacts(), false);
    }

    private static CaseRecordView.Member member(CaseRecordView c, Long memberId) {
        return c.members().stream()
                .filter(m -> m.id().equals(memberId) && m.name() != null)
                .findFirst()
                .orElseThrow(() -> new dk.tvaers.kernel.NotFoundException(
                        "memberId", "Medlemmet findes ikke i sagen " + c.caseNumber()) {});
    }

    private static ModelAndView form(
            CaseRecordView c, CaseRecordView.Member member, MemberForm form, Map<String, String> errors) {
        ModelAndView page = new ModelAndView("workspace/member");
        page.addObject("c", c);
        page.addObject("member", member);
        page.addObject("form", form);
        page.addObject("errors", errors);
        return page;
    }

    static ModelAndView invalid(ModelAndView page) {
        page.setStatus(INVALID);
        return page;
    }
}
