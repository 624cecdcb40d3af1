package dk.tvaers.workspace;

import dk.tvaers.security.ApiAuthenticationConfig;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workspace's pages need the webapps' login session (see {@link WorkspaceSessionFilter}). */
@Configuration(proxyBeanMethods = false)
class WorkspaceConfig {

    @Bean
    FilterRegistrationBean<WorkspaceSessionFilter> workspaceAuthentication(ProcessEngine engine) {
        FilterRegistrationBean<WorkspaceSessionFilter> registration =
                new FilterRegistrationBean<>(new WorkspaceSessionFilter(engine));
        registration.setName("workspace-authentication");
        registration.addUrlPatterns(
                "/workspace/cases/*", "/workspace/concerns/*", "/workspace/courses/*", "/workspace/", "/workspace");
        registration.setOrder(ApiAuthenticationConfig.AUTHENTICATION_ORDER);
        return registration;
    }
}
