package dk.tvaers.security;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

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

    /** While the database is away every path answers 503 with Retry-After and a Danish problem or page. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutage(
            DataSource database,
            @Value("${tvaers.outage.retry-after:10s}") Duration retryAfter,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(database, retryAfter, webappPath));
        registration.setName("database-outage");
        registration.addUrlPatterns("/*");
        // inside the security headers, outside everything that may reach the database (authentication included)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** The engine's REST API on both paths answers in Danish, with the right status and no internals. */
    @Bean
    FilterRegistrationBean<EngineErrorFilter> engineErrors(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<EngineErrorFilter> registration = new FilterRegistrationBean<>(new EngineErrorFilter());
        registration.setName("engine-errors");
        registration.addUrlPatterns(ApiAuthenticationConfig.ENGINE_REST_PATH + "/*", webappPath + "/api/engine/*");
        // right inside the outage filter: it sees every answer of the engine's API, authentication's included
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
        return new IdempotencyKeys(jdbc, clock, properties);
    }

    /** Idempotency-Key and the retry of a write that lost to a concurrent change, inside authentication. */
    @Bean
    FilterRegistrationBean<ApiWriteFilter> apiWrites(
            IdempotencyKeys keys, ProcessEngine engine, IdempotencyProperties properties) {
        FilterRegistrationBean<ApiWriteFilter> registration =
                new FilterRegistrationBean<>(new ApiWriteFilter(keys, engine.getIdentityService(), properties));
        registration.setName("api-writes");
        registration.addUrlPatterns(ApiAuthenticationConfig.API_PATH + "/*");
        registration.setOrder(ApiAuthenticationConfig.AUTHENTICATION_ORDER + 1);
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
                    // a server that does not answer at all (a network fault) fails the connection attempt in
                    // seconds too, within the pool's connection timeout (docs/faults.md)
                    hikari.addDataSourceProperty("connectTimeout", "3");
                }
                return bean;
            }
        };
    }
}
