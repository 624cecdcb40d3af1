package dk.tvaers.adult;

import dk.tvaers.access.RecordAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/adult-courses")
@Tag(name = "Voksenforløb", description = "Klar / Parat / Start for unge voksne på 18-30 år")
public class AdultCourseController {

    private final AdultCourseService courses;

    public AdultCourseController(AdultCourseService courses) {
        this.courses = courses;
    }

    @GetMapping("/{courseNumber}")
    @RecordAccess(view = "course-record")
    @Operation(
            summary = "Læs et voksenforløb",
            description = "Forløbets person (CPR-nummer maskeret), alder, henvisning, fase og fasehistorik, mentor og"
                    + " udskrivningens resultat ud fra forløbsnummeret (processens business key).")
    public AdultCourseView get(@PathVariable String courseNumber) {
        return courses.view(courseNumber);
    }
}
