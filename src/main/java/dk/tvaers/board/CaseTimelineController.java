package dk.tvaers.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case page's timeline, under /api/cases/{caseNumber}/ with the rest of the case. */
@RestController
@Tag(name = "Sager", description = "Familiesager")
public class CaseTimelineController {

    private final CaseTimelineService timelines;

    public CaseTimelineController(CaseTimelineService timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/api/cases/{caseNumber}/timeline")
    @dk.tvaers.access.RecordAccess(view = "timeline")
    @Operation(
            summary = "Sagens tidslinje",
            description = "Faserne med start og slut, og alle opgaver i familiens forløb og børnefaglige undersøgelser:"
                    + " navn, grupper, oprettet, frist, afsluttet, ansvarlig og tilstand (afsluttet, åben,"
                    + " overskredet eller lukket uden at blive udført).")
    public CaseTimeline timeline(@PathVariable String caseNumber) {
        return timelines.timeline(caseNumber);
    }
}
