package dk.tvaers.records;

import dk.tvaers.access.AccessLog;
import dk.tvaers.access.AccessLogEntry;
import dk.tvaers.access.CaseAccessPolicy;
import dk.tvaers.access.Purpose;
import dk.tvaers.access.RecordAccessDeniedException;
import dk.tvaers.access.RecordType;
import dk.tvaers.access.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records export for a request for access (aktindsigt): everything Tværs holds on a person, as JSON or PDF, for the
 * data protection officer. Each export is in the access log: under the person and under every case and course in it.
 */
@RestController
@Tag(name = "Aktindsigt", description = "Alt, hvad Tværs har om en person (kun databeskyttelsesrådgiveren)")
public class PersonRecordsController {

    static final String VIEW = "records-export";

    private final PersonRecordsService records;
    private final CaseAccessPolicy policy;
    private final AccessLog log;
    private final IdentityService identity;

    public PersonRecordsController(
            PersonRecordsService records, CaseAccessPolicy policy, AccessLog log, IdentityService identity) {
        this.records = records;
        this.policy = policy;
        this.log = log;
        this.identity = identity;
    }

    @GetMapping(value = "/api/persons/{personId}/records", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Aktindsigt som JSON",
            description = "Personens familiesager og voksenforløb med faser, henvisning, mål, samtykker, screeninger,"
                    + " journal og opgaver. Andre personers navne og CPR-numre er udeladt. personId er"
                    + " medlems-id'et fra sagen.")
    public ResponseEntity<?> json(@PathVariable long personId, HttpServletRequest request) {
        return export(personId, request, ResponseEntity.ok()::body);
    }

    @GetMapping(value = "/api/persons/{personId}/records.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Aktindsigt som PDF", description = "Som JSON-udgaven, som et dokument til borgeren.")
    public ResponseEntity<?> pdf(@PathVariable long personId, HttpServletRequest request) {
        return export(personId, request, found -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aktindsigt-" + personId + ".pdf\"")
                .body(PersonRecordsPdf.render(found)));
    }

    private ResponseEntity<?> export(
            long personId,
            HttpServletRequest request,
            java.util.function.Function<PersonRecords, ResponseEntity<?>> answer) {
        Viewer viewer = Viewer.of(identity.getCurrentAuthentication());
        String key = String.valueOf(personId);
        boolean allowed = policy.allowed(viewer, RecordType.PERSON, key, Purpose.RECORDS_EXPORT);
        List<AccessLogEntry> entries = new ArrayList<>();
        entries.add(entry(viewer, RecordType.PERSON, key, allowed, request));
        if (!allowed) {
            log.recordAll(entries);
            throw new RecordAccessDeniedException(Purpose.RECORDS_EXPORT);
        }
        PersonRecords found = records.export(personId, viewer.userId()).orElse(null);
        if (found == null) {
            return notFound(personId);
        }
        found.familyCases()
                .forEach(c -> entries.add(entry(viewer, RecordType.FAMILY_CASE, c.caseNumber(), true, request)));
        found.adultCourses()
                .forEach(c -> entries.add(entry(viewer, RecordType.ADULT_COURSE, c.courseNumber(), true, request)));
        log.recordAll(entries);
        return answer.apply(found);
    }

    private AccessLogEntry entry(Viewer viewer, RecordType type, String key, boolean granted, HttpServletRequest r) {
        return log.entry(
                viewer,
                type,
                key,
                VIEW,
                AccessLogEntry.Action.READ,
                granted ? AccessLogEntry.Outcome.GRANTED : AccessLogEntry.Outcome.DENIED,
                r);
    }

    private static ResponseEntity<ProblemDetail> notFound(long personId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "Der findes ingen person med id " + personId + " i Tværs.");
        problem.setTitle("Personen findes ikke");
        problem.setType(URI.create("https://tvaers.dk/problems/person-not-found"));
        problem.setProperty("field", "personId");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
