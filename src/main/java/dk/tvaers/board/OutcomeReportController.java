package dk.tvaers.board;

import dk.tvaers.access.Purpose;
import dk.tvaers.access.RecordAccessDeniedException;
import dk.tvaers.access.Viewer;
import dk.tvaers.adult.OutcomeReport;
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
        ParentalAuthority authority = r.parentalAuthority();
        line(csv, "familier med SSP-bekymringen målt mindst to gange for et barn", authority.familiesMeasured());
        line(csv, "familier med bedre forældreautoritet (SSP-bekymringen faldet)", authority.familiesImproved());
        line(csv, "familier hvor SSP-bekymringen er steget", authority.familiesWorse());
        line(csv, "andel bedre forældreautoritet (mål ≥ 0,60)", authority.share());
        OutcomeReport adult = r.adultPath();
        line(csv, "voksenforløb indskrevet i perioden", adult.enrolled());
        line(csv, "voksenforløb frafald registreret i perioden", adult.droppedOutInPeriod());
        line(csv, "voksenforløb af de indskrevne udskrevet", adult.discharged());
        line(csv, "voksenforløb af de indskrevne stadig i forløb", adult.stillEnrolled());
        line(csv, "voksenforløb af de indskrevne faldet fra", adult.droppedOut());
        line(csv, "voksenforløb af de indskrevne sigtet under forløbet", adult.chargedWhileEnrolled());
        line(
                csv,
                "voksenforløb gennemført eller videre (mål ≥ 0,75)",
                adult.criteria().completedOrMovedOn().share());
        line(
                csv,
                "voksenforløb tiltalt under forløbet (mål ≤ 0,15)",
                adult.criteria().prosecutedWhileEnrolled().share());
        line(
                csv,
                "voksenforløb markant positiv bevægelse (mål ≥ 0,60)",
                adult.criteria().significantPositiveMovement().share());
        ReportCosts costs = r.costs();
        line(csv, "omkostninger prisniveau", costs.priceYear());
        for (ReportCosts.Line cost : costs.lines()) {
            String name = "omkostning " + cost.label();
            if (!cost.recorded()) {
                line(csv, name + " kr.", "ikke registreret");
                continue;
            }
            line(csv, name + " " + cost.unit(), cost.quantity());
            line(csv, name + " kr.", cost.amount());
        }
        line(csv, "omkostninger i alt kr.", costs.total());
        for (OutcomeReportService.Method method : r.methods()) {
            line(csv, "beregning " + method.label(), method.computation());
        }
        for (ReportCosts.Line cost : costs.lines()) {
            line(csv, "beregning omkostning " + cost.label(), cost.basis());
        }
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
