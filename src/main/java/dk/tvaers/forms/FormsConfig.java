package dk.tvaers.forms;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
public class FormsConfig {

    @Bean
    FilterRegistrationBean<FormSubmissionFilter> formSubmissionFilter(FormService forms, TaskService tasks) {
        FilterRegistrationBean<FormSubmissionFilter> registration =
                new FilterRegistrationBean<>(new FormSubmissionFilter(new TaskForms(() -> forms), tasks));
        registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
        // after authentication, so that the checks run as the caller
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
