package dk.tvaers.workspace;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case context of tasks, for Tasklist's task cards and "Sag" tab. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Opgaver", description = "Opgavernes sag i Tasklist")
public class TaskContextController {

    private final TaskContextService contexts;

    public TaskContextController(TaskContextService contexts) {
        this.contexts = contexts;
    }

    @GetMapping("/{taskId}/context")
    @Operation(
            summary = "Opgavens sag",
            description = "Sagen bag en åben opgave: medlemmer med rolle og alder (uden CPR-nummer), henvisning og"
                    + " bekymring, SSP-kategori, frister som datoer, handleplan, seneste screeninger, journal, sagens"
                    + " åbne opgaver på tværs af forvaltninger og hvad en beslutningsopgave kræver. Kun hvis"
                    + " brugeren må se opgaven og åbne sagen (need-to-know); læsningen logges.")
    public TaskContext context(@PathVariable String taskId, HttpServletRequest request) {
        return contexts.context(taskId, request);
    }

    @GetMapping("/context")
    @Operation(
            summary = "Opgavekortenes sag",
            description = "Sagsnummer, bydel og (for en opgave om et barn) barnets fornavn og alder for hver af de"
                    + " opgaver (højst 50), brugeren må se og hvis sag hun må åbne; de andre udelades. Læsningen"
                    + " logges pr. opgave.")
    public List<TaskContextCard> cards(@RequestParam List<String> ids, HttpServletRequest request) {
        return contexts.cards(ids, request);
    }
}
