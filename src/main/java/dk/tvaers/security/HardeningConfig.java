package dk.tvaers.security;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The hardening of Tværs's own paths: security headers and Secure cookies, the API's body limit (docs/hardening.md). */
@Configuration(proxyBeanMethods = false)
public class HardeningConfig {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(
            SecurityProperties properties,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(webappPath, properties.hstsMaxAge()));
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        // outermost, so that every response carries the headers and every cookie passes through it
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The engine's REST API on both paths answers in Danish, with the right status and no internals. */
    @Bean
    FilterRegistrationBean<EngineErrorFilter> engineErrors(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<EngineErrorFilter> registration = new FilterRegistrationBean<>(new EngineErrorFilter());
        registration.setName("engine-errors");
        registration.addUrlPatterns(ApiAuthenticationConfig.ENGINE_REST_PATH + "/*", webappPath + "/api/engine/*");
        // right inside the security headers: it sees every answer of the engine's API, authentication's included
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiBodyLimitFilter> apiBodyLimit(SecurityProperties properties) {
        FilterRegistrationBean<ApiBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new ApiBodyLimitFilter(properties.maxApiBodySize().toBytes()));
        registration.setName("api-body-limit");
        registration.addUrlPatterns(ApiAuthenticationConfig.API_PATH + "/*");
        registration.setOrder(ApiAuthenticationConfig.AUTHENTICATION_ORDER - 1);
        return registration;
    }

    /**
     * PostgreSQL's error messages quote the offending row ("Key (cpr)=(...) already exists"), and they reach logs
     * and exceptions: the driver leaves that detail out.
     */
    @Bean
    static BeanPostProcessor postgresWithoutErrorDetail() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource hikari
                        && hikari.getJdbcUrl() != null
                        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    hikari.addDataSourceProperty("logServerErrorDetail", "false");
                }
                return bean;
            }
        };
    }
}
