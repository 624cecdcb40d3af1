package dk.tvaers.security;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camunda REST API and Tværs's own API (with its documentation) require authentication: HTTP Basic against the
 * engine's identity service, and for Tværs's API also the Camunda webapps' login session.
 * The authenticated user and her groups are set on the engine for the request, so its authorization checks apply.
 */
@Configuration(proxyBeanMethods = false)
public class ApiAuthenticationConfig {

    public static final String ENGINE_REST_PATH = "/engine-rest";
    public static final String API_PATH = "/api";

    /** Before the filters that act as the authenticated user. */
    public static final int AUTHENTICATION_ORDER = org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        return basicAuthentication("engine-rest-authentication", ENGINE_REST_PATH, ENGINE_REST_PATH + "/*");
    }

    /**
     * Tværs's API and its documentation (the OpenAPI spec and Swagger UI): the Camunda webapps' session (the board's
     * pages) or HTTP Basic. The documentation needs a login like the API it describes: whoever may call the API has
     * one, and nobody else needs a map of it (docs/hardening.md).
     */
    @Bean
    FilterRegistrationBean<ApiSessionOrBasicFilter> apiAuthentication(
            ProcessEngine engine,
            @Value("${springdoc.api-docs.path:/v3/api-docs}") String apiDocsPath,
            @Value("${springdoc.swagger-ui.path:/swagger-ui.html}") String swaggerUiPath) {
        FilterRegistrationBean<ApiSessionOrBasicFilter> registration =
                new FilterRegistrationBean<>(new ApiSessionOrBasicFilter(engine));
        registration.setName("api-authentication");
        registration.addUrlPatterns(
                API_PATH + "/*",
                apiDocsPath,
                apiDocsPath + "/*",
                apiDocsPath + ".yaml",
                swaggerUiPath,
                "/swagger-ui/*");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
            String name, String prefix, String urlPattern) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName(name);
        registration.setOrder(AUTHENTICATION_ORDER);
        registration.addUrlPatterns(urlPattern);
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                CanonicalUserBasicAuthenticationProvider.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX,
                prefix));
        return registration;
    }
}
