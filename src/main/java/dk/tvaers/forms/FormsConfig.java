package dk.tvaers.forms;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
public class FormsConfig {

    @Bean
    FilterRegistrationBean<FormSubmissionFilter> formSubmissionFilter(
            FormService forms, TaskService tasks, IdentityService identity) {
        FilterRegistrationBean<FormSubmissionFilter> registration =
                new FilterRegistrationBean<>(new FormSubmissionFilter(new TaskForms(() -> forms), tasks, identity));
        registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
        // after the REST API's authentication, so that the checks run as the caller (on the webapps' API the filter
        // takes the caller from their login session itself)
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
