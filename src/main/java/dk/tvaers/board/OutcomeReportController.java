package dk.tvaers.board;

import dk.tvaers.access.Purpose;
import dk.tvaers.access.RecordAccessDeniedException;
import dk.tvaers.access.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outcome report for a period, as JSON, CSV and PDF, for team leads, the steering group, coordinators (who report
 * quarterly to the steering group; their quarterly task links to the report) and administrators. Figures only.
 */
@RestController
@Tag(name = "Driftstavle", description = "Overblik over kørende familiesager")
public class OutcomeReportController {

    private final OutcomeReportService reports;
    private final IdentityService identity;

    public OutcomeReportController(OutcomeReportService reports, IdentityService identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GetMapping(value = "/api/reports/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Resultatrapport for en periode", description = "Tal uden navne, til styregruppen.")
    public OutcomeReportService.Report report(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        mayRead();
        return reports.report(from, to);
    }

    @GetMapping(value = "/api/reports/outcomes.csv", produces = "text/csv")
    @Operation(summary = "Resultatrapport som CSV", description = "Samme tal som JSON-rapporten, til regneark.")
    public ResponseEntity<String> csv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        mayRead();
        OutcomeReportService.Report r = reports.report(from, to);
        StringBuilder csv = new StringBuilder("nøgletal;værdi\n");
        line(csv, "periode fra", DisplayNames.date(r.from()));
        line(csv, "periode til", DisplayNames.date(r.to()));
        line(csv, "kørende familier", r.familiesRunning());
        r.familiesByPhase().forEach((phase, n) -> line(csv, "familier i fase " + DisplayNames.casePhase(phase), n));
        line(csv, "børnefaglige undersøgelser afsluttet", r.investigationsFinished());
        line(csv, "heraf inden for fristen", r.investigationsWithinDeadline());
        line(csv, "andel inden for fristen", r.investigationsWithinDeadlineShare());
        r.overdueTasksByAdministration()
                .forEach((a, n) -> line(csv, "overskredne opgaver " + DisplayNames.groupTitle(a), n));
        line(csv, "familier screenet mindst to gange", r.familiesScreenedTwice());
        line(csv, "familier med forbedret kriminalitet/risiko-score", r.familiesImprovedCrimeRisk());
        line(csv, "andel forbedret (mål ≥ 0,60)", r.improvedCrimeRiskShare());
        line(csv, "voksenforløb udskrevet", r.adultPath().discharged());
        line(
                csv,
                "voksenforløb gennemført eller videre (mål ≥ 0,75)",
                r.adultPath().criteria().completedOrMovedOn().share());
        line(
                csv,
                "voksenforløb sigtet under forløbet (mål ≤ 0,15)",
                r.adultPath().criteria().chargedWhileEnrolled().share());
        line(
                csv,
                "voksenforløb markant positiv bevægelse (mål ≥ 0,60)",
                r.adultPath().criteria().significantPositiveMovement().share());
        ReportCosts costs = r.costs();
        line(csv, "omkostninger prisniveau", costs.priceYear());
        for (ReportCosts.Line cost : costs.lines()) {
            String name = "omkostning " + cost.label();
            if (!cost.recorded()) {
                line(csv, name + " kr.", "ikke registreret");
                continue;
            }
            line(csv, name + " " + cost.unit(), cost.quantity());
            line(csv, name + (cost.amountHigh() != null ? " kr. (første år)" : " kr."), cost.amount());
            if (cost.amountHigh() != null) {
                line(csv, name + " kr. (fra andet år)", cost.amountHigh());
            }
        }
        line(csv, "omkostninger i alt kr.", costs.total());
        line(csv, "omkostninger i alt kr. (sociale tilbud fra andet år)", costs.totalHigh());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"tvaers-resultater-" + from + "-" + to + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    @GetMapping(value = "/api/reports/outcomes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Resultatrapport som PDF", description = "Samme tal som JSON-rapporten, til styregruppemødet.")
    public ResponseEntity<byte[]> pdf(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        mayRead();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"tvaers-resultater-" + from + "-" + to + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(OutcomeReportPdf.render(reports.report(from, to)));
    }

    /** A key and its value; a number's decimal point becomes the Danish comma, text is written as it is. */
    private static void line(StringBuilder csv, String key, Object value) {
        csv.append(key)
                .append(';')
                .append(
                        value == null
                                ? ""
                                : value instanceof Number ? value.toString().replace('.', ',') : value.toString())
                .append('\n');
    }

    private void mayRead() {
        if (!Viewer.of(identity.getCurrentAuthentication()).readsReports()) {
            throw new RecordAccessDeniedException(Purpose.REPORTS);
        }
    }
}
