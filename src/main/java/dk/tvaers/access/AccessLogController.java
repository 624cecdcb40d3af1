package dk.tvaers.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** "Who looked at this family?": the access log of a record, for the data protection officer only. */
@RestController
@Tag(name = "Adgangslog", description = "Hvem har læst eller ændret en sag (kun databeskyttelsesrådgiveren)")
public class AccessLogController {

    private final AccessLog log;

    public AccessLogController(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/cases/{caseNumber}/access-log")
    @RecordAccess(view = "access-log", purpose = Purpose.ACCESS_LOG)
    @Operation(
            summary = "Adgangsloggen for en familiesag",
            description = "Hver læsning og ændring af sagen gennem API'et og driftstavlen: hvem, hvornår, hvilken"
                    + " visning, om adgangen blev givet, og hvorfra. Kun for databeskyttelsesrådgiveren.")
    public List<AccessLogEntry> familyCase(@PathVariable String caseNumber) {
        return log.entries(RecordType.FAMILY_CASE, caseNumber);
    }

    @GetMapping("/api/concerns/{reportNumber}/access-log")
    @RecordAccess(view = "access-log", purpose = Purpose.ACCESS_LOG)
    @Operation(
            summary = "Adgangsloggen for en underretning",
            description =
                    "Hver læsning af underretningen (skærmbilledet og API'et). Kun for databeskyttelsesrådgiveren.")
    public List<AccessLogEntry> reportOfConcern(@PathVariable String reportNumber) {
        return log.entries(RecordType.REPORT_OF_CONCERN, reportNumber);
    }

    @GetMapping("/api/adult-courses/{courseNumber}/access-log")
    @RecordAccess(view = "access-log", purpose = Purpose.ACCESS_LOG)
    @Operation(
            summary = "Adgangsloggen for et voksenforløb",
            description = "Som for familiesager. Kun for databeskyttelsesrådgiveren.")
    public List<AccessLogEntry> adultCourse(@PathVariable String courseNumber) {
        return log.entries(RecordType.ADULT_COURSE, courseNumber);
    }
}
