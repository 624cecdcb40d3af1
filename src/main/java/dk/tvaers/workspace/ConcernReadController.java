package dk.tvaers.workspace;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.concern.ConcernService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A report of concern through the API, with the child's and siblings' other reports, newest first: what the reports
 * screen shows. Only SOF, team chiefs and team leads; every read is logged under the report number (the access module's
 * interceptor, as for a case).
 */
@RestController
@Tag(name = "Underretning", description = "Modtagelse af en underretning om et barn")
class ConcernReadController {

    private final ConcernService concerns;

    ConcernReadController(ConcernService concerns) {
        this.concerns = concerns;
    }

    @GetMapping("/api/concerns/{reportNumber}")
    @RecordAccess(view = "report-of-concern")
    @Operation(
            summary = "En underretning og de tidligere underretninger om barnet og søskende",
            description = "Nyeste først. Kun SOF, teamchef og teamleder; hver læsning står i adgangsloggen.")
    public List<ConcernService.Listed> report(@PathVariable String reportNumber) {
        if (!concerns.exists(reportNumber)) {
            throw new ConcernService.ReportNotFoundException(reportNumber);
        }
        return concerns.related(reportNumber);
    }
}
