package dk.tvaers.security;

import java.time.Clock;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Login throttling per user and client address ({@link LoginThrottle}) in place of the engine's per-user lock, which
 * application.yaml turns off (docs/hardening.md, "Brute force").
 */
@Configuration(proxyBeanMethods = false)
public class LoginThrottleConfig {

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties, Clock clock) {
        return new LoginThrottle(properties.loginDelayBase(), properties.loginDelayMax(), clock);
    }

    /** Every password check of the engine passes the throttle. */
    @Bean
    ProcessEnginePlugin throttledPasswordChecks(LoginThrottle throttle) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setIdentityService(new ThrottledIdentityService(throttle));
            }
        };
    }
}
