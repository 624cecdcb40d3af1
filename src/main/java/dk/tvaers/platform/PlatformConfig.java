package dk.tvaers.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PlatformConfig {

    /** Static: a bean factory post-processor runs before the other beans of this configuration exist. */
    @Bean
    static DatabaseReachabilityCheck databaseReachabilityCheck() {
        return new DatabaseReachabilityCheck();
    }
}
