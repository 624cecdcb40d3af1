package dk.tvaers.adult;

import dk.tvaers.access.RecordAccess;
import dk.tvaers.access.Viewer;
import dk.tvaers.kernel.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The success criteria's data on one course: offences while enrolled (charged and prosecuted apart) and the involved
 * professionals' assessments. Need-to-know on the course as for every course record; never a process designer.
 */
@RestController
@RequestMapping("/api/adult-courses")
@Tag(name = "Voksenforløb", description = "Klar / Parat / Start for unge voksne")
public class AdultMeasuresController {

    private final AdultMeasuresService measures;
    private final IdentityService identity;

    public AdultMeasuresController(AdultMeasuresService measures, IdentityService identity) {
        this.measures = measures;
        this.identity = identity;
    }

    @GetMapping("/{courseNumber}/measures")
    @RecordAccess(view = "course-measures")
    @Operation(
            summary = "Forløbets målinger",
            description = "Indskrivning og frafald (da de skete), lovovertrædelser under forløbet og fagpersonernes"
                    + " vurderinger.")
    public CourseMeasures get(@PathVariable String courseNumber) {
        return measures.measures(courseNumber);
    }

    @PostMapping("/{courseNumber}/offences")
    @RecordAccess(view = "course-offence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Registrér en lovovertrædelse under forløbet",
            description = "Sigtet (CHARGED) eller tiltalt (PROSECUTED) på en dato fra indskrivningen, efter politiets"
                    + " registre via KSP/SSP. Succeskriteriet (højst 15%) tæller tiltalte. For koordinator, teamleder"
                    + " og Kriminalforsorgen.")
    public CourseMeasures.Offence offence(@PathVariable String courseNumber, @Valid @RequestBody NewOffence offence) {
        String userId = userWho(
                Roles::mayRecordOffences,
                "Kun koordinator, teamleder og Kriminalforsorgen registrerer lovovertrædelser");
        return measures.addOffence(courseNumber, offence, userId);
    }

    @PostMapping("/{courseNumber}/assessments")
    @RecordAccess(view = "course-assessment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Registrér din faglige vurdering af forløbet",
            description = "Den indloggede fagpersons vurdering: har den unge bevæget sig markant i positiv retning, og"
                    + " hvordan. Én pr. fagperson; en ny erstatter den tidligere. Den unge tæller i 60%-kriteriet, når"
                    + " flere end halvdelen af vurderingerne siger ja.")
    public CourseMeasures.Assessment assess(
            @PathVariable String courseNumber, @Valid @RequestBody NewAssessment assessment) {
        String userId = userWho(Roles::mayRecordMeasures, "En procesdesigner vurderer ikke forløb");
        return measures.assess(courseNumber, assessment, userId);
    }

    /** The signed-in user's id when her groups may do the write; otherwise 403 with the Danish reason. */
    private String userWho(Predicate<Collection<String>> may, String refusal) {
        Viewer viewer = Viewer.of(identity.getCurrentAuthentication());
        if (!may.test(viewer.groups())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
        }
        return viewer.userId();
    }
}
