package dk.tvaers.access;

import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the need-to-know check and the access log in front of every operation on one case record, API or screen. */
@Configuration(proxyBeanMethods = false)
class AccessConfig implements WebMvcConfigurer {

    private final CaseAccessPolicy policy;
    private final AccessLog log;
    private final IdentityService identity;

    AccessConfig(CaseAccessPolicy policy, AccessLog log, IdentityService identity) {
        this.policy = policy;
        this.log = log;
        this.identity = identity;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RecordAccessInterceptor(policy, log, identity))
                .addPathPatterns(
                        "/api/cases/*",
                        "/api/cases/*/**",
                        "/api/adult-courses/*",
                        "/api/adult-courses/*/**",
                        // a report of concern: the API's read and the reports screen (module workspace)
                        "/api/concerns/*",
                        "/api/concerns/*/**",
                        "/workspace/concerns/*",
                        "/workspace/concerns/*/**",
                        // the case workspace's screens (module workspace) read and write the same records
                        "/workspace/cases/*",
                        "/workspace/cases/*/**",
                        // an adult course's page and its forms (module workspace)
                        "/workspace/courses/*",
                        "/workspace/courses/*/**");
    }

    /** 403 as an RFC 7807 problem in Danish. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @RestControllerAdvice(basePackages = "dk.tvaers")
    static class DeniedHandler {

        @ExceptionHandler(RecordAccessDeniedException.class)
        ProblemDetail denied(RecordAccessDeniedException e) {
            String detail =
                    switch (e.purpose()) {
                        case CASE_WORK ->
                            "Du har kun adgang til sager, som dine grupper arbejder eller har arbejdet"
                                    + " på. Forsøget er registreret i adgangsloggen.";
                        case ACCESS_LOG -> "Kun databeskyttelsesrådgiveren kan læse adgangsloggen.";
                        case REPORTS ->
                            "Resultatrapporter er for koordinatorer, teamledere, styregruppen og administratorer.";
                        case RECORDS_EXPORT ->
                            "Kun databeskyttelsesrådgiveren kan udtrække oplysninger til aktindsigt.";
                    };
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
            problem.setTitle("Ingen adgang");
            problem.setType(URI.create("https://tvaers.dk/problems/no-need-to-know"));
            return problem;
        }
    }
}
