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

    /** Static: a bean post-processor must exist before the data source it serialises the start on. */
    @Bean
    static ClusterStartupLock clusterStartupLock() {
        return new ClusterStartupLock();
    }
}
