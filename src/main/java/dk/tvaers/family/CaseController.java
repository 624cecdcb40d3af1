package dk.tvaers.family;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Sager", description = "Familiesager")
public class CaseController {

    private final FamilyCaseService cases;

    public CaseController(FamilyCaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "Læs en sag", description = "Sagens stamdata ud fra sagsnummeret (procesens business key).")
    public CaseView get(@PathVariable String caseNumber) {
        return CaseView.of(cases.get(caseNumber));
    }
}
