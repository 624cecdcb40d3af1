package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.access.RecordAccessDeniedException;
import dk.tvaers.concern.ConcernOutcome;
import dk.tvaers.concern.ConcernService;
import dk.tvaers.family.DecisionProperties;
import dk.tvaers.process.LegalBasis;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The reports of concern on a child and the child's siblings, newest first: repeated reports are seen together. Each
 * task of "Modtag underretning" links here. Only those who receive and assess reports (SOF, team chiefs, team leads)
 * see it: the access module's interceptor checks that and logs every read under the report number, granted or denied.
 */
@Controller
class WorkspaceConcernController extends WorkspacePages {

    private static final Pattern REPORT_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");

    /** The Danish words for an assessment's outcome. */
    static final Map<ConcernOutcome, String> OUTCOMES = Map.of(
            ConcernOutcome.NO_ACTION, "Ingen yderligere handling",
            ConcernOutcome.REFER, "Henvist til metoden",
            ConcernOutcome.OPEN_CASE, "Indgår i barnets åbne sag",
            ConcernOutcome.REASSESSED, "Vurderet på ny i den åbne sag");

    private final ConcernService concerns;
    private final LegalBasis legalBasis;
    private final DecisionProperties letters;

    WorkspaceConcernController(ConcernService concerns, LegalBasis legalBasis, DecisionProperties letters) {
        this.concerns = concerns;
        this.legalBasis = legalBasis;
        this.letters = letters;
    }

    /**
     * The receipt to a professional reporter as a Danish letter (PDF), linked from the receipt task's form and the
     * reports screen. A read of personal data: checked and logged as {@code receipt-letter}.
     */
    @GetMapping("/workspace/concerns/{reportNumber}/receipt.pdf")
    @RecordAccess(view = "receipt-letter")
    ResponseEntity<byte[]> receiptLetter(@PathVariable String reportNumber) {
        if (!concerns.exists(reportNumber)) {
            throw new ConcernService.ReportNotFoundException(reportNumber);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("kvittering-" + reportNumber + ".pdf")
                                .build()
                                .toString())
                .body(concerns.receiptLetter(reportNumber, letters.authority(), legalBasis.getConcernReceipt()));
    }

    @Override
    @ExceptionHandler(RecordAccessDeniedException.class)
    ModelAndView refused() {
        ModelAndView page = new ModelAndView("workspace/refused");
        page.addObject(
                "reason",
                "Underretninger ses kun af Socialforvaltningen, teamchefer og teamledere, som modtager og"
                        + " vurderer dem. Forsøget er registreret i adgangsloggen.");
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }

    @GetMapping("/workspace/concerns/{reportNumber}")
    @RecordAccess(view = "report-of-concern")
    ModelAndView reports(@PathVariable String reportNumber) {
        // exactly as the access log has it: the number is not normalised, so what is shown is what was logged
        String wanted = reportNumber;
        if (!REPORT_NUMBER.matcher(wanted).matches() || !concerns.exists(wanted)) {
            ModelAndView page = new ModelAndView("workspace/not-found");
            page.addObject("message", "Underretningen " + reportNumber + " findes ikke");
            page.setStatus(HttpStatus.NOT_FOUND);
            return page;
        }
        List<ConcernService.Listed> reports = concerns.related(wanted);
        ModelAndView page = new ModelAndView("workspace/concerns");
        page.addObject("reportNumber", wanted);
        page.addObject("reports", reports);
        page.addObject("outcomes", OUTCOMES);
        page.addObject(
                "current",
                reports.stream()
                        .filter(r -> r.reportNumber().equals(wanted))
                        .findFirst()
                        .orElseThrow());
        return page;
    }
}
