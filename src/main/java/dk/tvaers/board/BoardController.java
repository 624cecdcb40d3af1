package dk.tvaers.board;

import dk.tvaers.access.AccessLog;
import dk.tvaers.access.AccessLogEntry;
import dk.tvaers.access.RecordType;
import dk.tvaers.access.Viewer;
import dk.tvaers.family.CaseProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Driftstavle", description = "Overblik over kørende familiesager")
public class BoardController {

    private final BoardService board;
    private final AccessLog accessLog;
    private final IdentityService identity;

    private final CaseProperties cases;
    private final People people;

    public BoardController(
            BoardService board, AccessLog accessLog, IdentityService identity, CaseProperties cases, People people) {
        this.board = board;
        this.accessLog = accessLog;
        this.identity = identity;
        this.cases = cases;
        this.people = people;
    }

    @GetMapping("/api/board/names")
    @Operation(
            summary = "Visningsnavne",
            description = "De danske navne for id'erne i API'et: grupper (forvaltninger og roller), sagens og"
                    + " voksenforløbets faser, målenes status, medlemmernes roller, henvisningens kilder og"
                    + " journalens typer. Driftstavlen, sagssiden og rapporten viser dem i stedet for id'erne.")
    public java.util.Map<String, java.util.Map<String, String>> names() {
        return DisplayNames.all();
    }

    @GetMapping("/api/board/people")
    @Operation(
            summary = "Medarbejdernes navne",
            description = "Navnet (fornavn og efternavn fra brugerstyringen) for op til 50 brugernavne, fx sagens"
                    + " koordinator og dem, der har løst dens opgaver. Ukendte brugernavne udelades. Styregruppen"
                    + " ser ingen navne.")
    public java.util.Map<String, String> people(@RequestParam(name = "id", required = false) List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return java.util.Map.of();
        }
        if (ids.size() > 50) {
            throw new dk.tvaers.kernel.InvalidInputException("id", "Højst 50 brugernavne ad gangen");
        }
        List<String> groups = Viewer.of(identity.getCurrentAuthentication()).groups();
        if (dk.tvaers.kernel.Roles.seesBoardFiguresOnly(groups)) {
            return java.util.Map.of();
        }
        return people.names(ids);
    }

    @GetMapping("/api/board/districts")
    @Operation(
            summary = "Bydelene",
            description =
                    "Kommunens bydele (tvaers.cases.districts) i den rækkefølge, de er sat op: driftstavlens filter"
                            + " og henvisningens formular viser de samme.")
    public List<String> districts() {
        return cases.districts();
    }

    @GetMapping("/api/board")
    @Operation(
            summary = "Driftstavlen",
            description = "Kørende sager med fase, dage i fase, åbne og overskredne opgaver pr. forvaltning og næste"
                    + " frist; filtrering, sortering og sider i databasen. Man ser de sager, ens grupper arbejder"
                    + " eller har arbejdet på; teamleder og styregruppe ser alle (styregruppen uden navne).")
    public BoardPage board(
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) String coordinator,
            @RequestParam(required = false) String administration,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(defaultValue = "caseNumber") String sort,
            @RequestParam(defaultValue = "asc") String direction,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            HttpServletRequest request) {
        BoardPage result = board.board(new BoardFilter(
                district, phase, coordinator, administration, overdueOnly, sort, direction, page, size));
        // every case shown on the board is a read of its record, in the access log
        Viewer viewer = Viewer.of(identity.getCurrentAuthentication());
        accessLog.recordAll(result.rows().stream()
                .map(row -> accessLog.entry(
                        viewer,
                        RecordType.FAMILY_CASE,
                        row.caseNumber(),
                        "board",
                        AccessLogEntry.Action.READ,
                        AccessLogEntry.Outcome.GRANTED,
                        request))
                .toList());
        return result;
    }
}
