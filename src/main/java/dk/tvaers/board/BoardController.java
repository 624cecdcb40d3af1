package dk.tvaers.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Driftstavle", description = "Overblik over kørende familiesager")
public class BoardController {

    private final BoardService board;

    public BoardController(BoardService board) {
        this.board = board;
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
            @RequestParam(defaultValue = "50") int size) {
        return board.board(new BoardFilter(
                district, phase, coordinator, administration, overdueOnly, sort, direction, page, size));
    }
}
