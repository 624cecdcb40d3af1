package dk.tvaers.family;

import dk.tvaers.access.RecordAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The SSP concern about each child of a case over time; need-to-know on the case as for every case record. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Sager", description = "Familiesager på tværs af forvaltninger")
public class SspConcernController {

    private final SspConcernService concerns;

    public SspConcernController(SspConcernService concerns) {
        this.concerns = concerns;
    }

    @PostMapping("/{caseNumber}/ssp-concerns")
    @RecordAccess(view = "ssp-concern")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Registrér SSP-bekymringen for et barn",
            description = "SSP-bekymringsniveauet (SSP-kategori 1-4, lavere er bedre) for et barn eller en ung i"
                    + " familien på en dato; højst én vurdering pr. barn pr. dag. Resultatrapporten læser udviklingen"
                    + " fra første til seneste niveau.")
    public SspConcernService.Entry add(@PathVariable String caseNumber, @Valid @RequestBody NewSspConcern concern) {
        return concerns.add(caseNumber, concern);
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(SspConcernService.MeasureNotAllowedException.class)
    org.springframework.http.ProblemDetail notAllowed(SspConcernService.MeasureNotAllowedException e) {
        org.springframework.http.ProblemDetail problem =
                org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Ikke tilladt");
        return problem;
    }

    @GetMapping("/{caseNumber}/ssp-concerns")
    @RecordAccess(view = "ssp-concern-history")
    @Operation(
            summary = "Læs SSP-bekymringen over tid",
            description = "Alle registrerede niveauer pr. barn, ældste først.")
    public List<SspConcernService.Entry> history(@PathVariable String caseNumber) {
        return concerns.history(caseNumber);
    }
}
