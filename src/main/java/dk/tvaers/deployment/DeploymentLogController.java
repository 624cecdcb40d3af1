package dk.tvaers.deployment;

import dk.tvaers.kernel.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deployment log, for administrators only. */
@RestController
@Tag(
        name = "Udrulningslog",
        description = "Hvem har udrullet hvilke modeller, og blev de godkendt (kun administratorer)")
public class DeploymentLogController {

    static final int MAX_ENTRIES = 1000;

    private final DeploymentLog log;
    private final IdentityService identity;

    public DeploymentLogController(DeploymentLog log, IdentityService identity) {
        this.log = log;
        this.identity = identity;
    }

    @GetMapping("/api/admin/deployments/log")
    @Operation(
            summary = "Udrulningsloggen",
            description = "De seneste udrulninger, nyeste først: hvem, hvornår, udrulningens id og navn, hver fil med"
                    + " dens SHA-256-kontrolsum, og om udrulningen blev godkendt eller afvist og hvorfor. Kun for"
                    + " administratorer.")
    public List<DeploymentLog.Entry> log(@RequestParam(defaultValue = "100") int limit) {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || !Roles.readsDeploymentLog(user.getGroupIds())) {
            throw new NotAnAdministratorException();
        }
        return log.latest(Math.max(1, Math.min(limit, MAX_ENTRIES)));
    }

    @ExceptionHandler(NotAnAdministratorException.class)
    ProblemDetail forbidden(NotAnAdministratorException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "Kun administratorer kan læse udrulningsloggen.");
        problem.setTitle("Ingen adgang");
        problem.setType(URI.create("https://tvaers.dk/problems/administrators-only"));
        return problem;
    }

    static class NotAnAdministratorException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAnAdministratorException() {
            super("the deployment log is for administrators only");
        }
    }
}
