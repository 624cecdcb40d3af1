package dk.tvaers.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the retention job on its schedule (tvaers.retention.schedule). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionConfig {}
