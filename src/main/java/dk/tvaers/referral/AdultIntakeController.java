package dk.tvaers.referral;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.AdultCourseView;
import dk.tvaers.adult.NewAdultCourse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/adult-courses")
@Tag(name = "Voksenforløb", description = "Klar / Parat / Start for unge voksne på 18-30 år")
public class AdultIntakeController {

    private final AdultIntakeService intake;
    private final AdultCourseService courses;

    public AdultIntakeController(AdultIntakeService intake, AdultCourseService courses) {
        this.intake = intake;
        this.courses = courses;
    }

    @PostMapping
    @Operation(
            summary = "Henvis en ung voksen til Klar / Parat / Start",
            description = "Opretter voksenforløbet for en ung på 18-30 år, med eller uden familiesag (henvist fra"
                    + " familiesagen, jobcentret, politi/SSP, Kriminalforsorgen eller af sig selv), og starter"
                    + " forløbet i fasen Klar med forløbsnummeret som business key. Fejl i anmodningen gemmer intet.")
    public ResponseEntity<AdultCourseView> refer(@RequestBody NewAdultCourse referral) {
        String courseNumber = intake.refer(referral);
        return ResponseEntity.created(URI.create("/api/adult-courses/" + courseNumber))
                .body(courses.view(courseNumber));
    }
}
