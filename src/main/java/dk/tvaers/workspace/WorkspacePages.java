package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccessDeniedException;
import dk.tvaers.kernel.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every workspace page shares: the form's CSRF token, field errors from Bean Validation, and Danish pages for a
 * case one may not open (403) or that does not exist (404). The handlers are the controllers' own, so they answer
 * before the API's problem handlers.
 */
abstract class WorkspacePages {

    /** The status of a form shown again with its errors. */
    static final HttpStatus INVALID = HttpStatus.BAD_REQUEST;

    @ModelAttribute("csrf")
    String csrf(HttpServletRequest request) {
        Object token = request.getAttribute(WorkspaceSessionFilter.CSRF_ATTRIBUTE);
        return token == null ? "" : token.toString();
    }

    @ExceptionHandler(RecordAccessDeniedException.class)
    ModelAndView refused() {
        ModelAndView page = new ModelAndView("workspace/refused");
        page.addObject(
                "reason",
                "Du har kun adgang til sager, som dine grupper arbejder eller har arbejdet på."
                        + " Forsøget er registreret i adgangsloggen.");
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        ModelAndView page = new ModelAndView("workspace/not-found");
        page.addObject("message", e.getMessage());
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    /** Each invalid field's first message, by the field's name as the API names it. */
    static Map<String, String> violations(Validator validator, Object input) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(input).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    /** A date from an {@code <input type="date">} (åååå-mm-dd); a message at the field when it is not one. */
    static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, "Datoen skal skrives som åååå-mm-dd");
            return null;
        }
    }

    /** An enum constant by name; a message at the field when it is not one. */
    static <E extends Enum<E>> E choice(
            Class<E> type, String text, String field, String message, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, message);
            return null;
        }
    }

    static Long id(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, "Vælg et medlem af sagen");
            return null;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A letter (PDF) shown in the browser, with the file name it is saved under. */
    static org.springframework.http.ResponseEntity<byte[]> pdf(byte[] letter, String filename) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.inline()
                                .filename(filename)
                                .build()
                                .toString())
                .body(letter);
    }

    /**
     * Writes when the form has no errors, and goes to the page with a notice (post/redirect/get); otherwise, or when the
     * service refuses the input, shows the form again (400) with each message at its field.
     *
     * @param fieldName the form's name of a field as the service names it
     * @param formAgain the form with the values entered and the errors
     */
    static ModelAndView saveOrShowAgain(
            Map<String, String> errors,
            Runnable write,
            String redirectTo,
            String notice,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
            java.util.function.UnaryOperator<String> fieldName,
            java.util.function.Supplier<ModelAndView> formAgain) {
        if (errors.isEmpty()) {
            try {
                write.run();
                redirect.addFlashAttribute("notice", notice);
                return new ModelAndView("redirect:" + redirectTo);
            } catch (dk.tvaers.kernel.InvalidInputException e) {
                errors.put(fieldName.apply(e.field()), e.getMessage());
            }
        }
        ModelAndView page = formAgain.get();
        page.setStatus(INVALID);
        return page;
    }

    /** A form page of a case: the case, the values entered so far, their errors, and the members one may choose. */
    static ModelAndView caseForm(
            String view,
            dk.tvaers.family.CaseRecordView c,
            Map<String, String> values,
            Map<String, String> errors,
            Map<Long, String> members) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("c", c);
        page.addObject("values", values);
        page.addObject("errors", errors);
        page.addObject("members", members);
        return page;
    }

    /** The case's overview page. */
    static String caseUrl(String caseNumber) {
        return "/workspace/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
    }
}
