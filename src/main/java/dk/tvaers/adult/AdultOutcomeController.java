package dk.tvaers.adult;

import dk.tvaers.access.Purpose;
import dk.tvaers.access.RecordAccessDeniedException;
import dk.tvaers.access.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outcomes")
@Tag(name = "Resultater", description = "Metodernes resultater målt mod deres succeskriterier")
public class AdultOutcomeController {

    private final AdultMeasuresService courses;
    private final IdentityService identity;

    public AdultOutcomeController(AdultMeasuresService courses, IdentityService identity) {
        this.courses = courses;
        this.identity = identity;
    }

    @GetMapping("/adult-path")
    @Operation(
            summary = "Voksenforløbets resultater i en periode",
            description = "Deltagerne indskrevet (visiteret) i perioden (begge dage med), fulgt til dags dato, og"
                    + " succeskriterierne over dem: mindst 75% gennemfører eller går videre i uddannelse/job, højst"
                    + " 15% tiltales under forløbet, mindst 60% bevæger sig markant positivt efter flertallet af"
                    + " fagpersonernes vurderinger; frafald talt da de skete. Hvert kriterium siger, hvordan det"
                    + " beregnes. Andele er brøker med 4 decimaler; uden indskrevne er de tomme (null) og kriterierne"
                    + " ikke opfyldt. For teamledere, styregruppen, koordinatorer og administratorer.")
    public OutcomeReport outcomes(
            @Parameter(description = "Periodens første dag, ÅÅÅÅ-MM-DD", example = "2026-01-01")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Periodens sidste dag, ÅÅÅÅ-MM-DD", example = "2026-12-31")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        if (!Viewer.of(identity.getCurrentAuthentication()).readsReports()) {
            throw new RecordAccessDeniedException(Purpose.REPORTS);
        }
        return courses.outcomes(from, to);
    }
}
