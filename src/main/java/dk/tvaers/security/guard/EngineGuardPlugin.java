package dk.tvaers.security.guard;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Puts the engine guard into every command the engine runs, inside its transaction: a refused command stores
 * nothing. Covers Camunda's REST API, the webapps' engine API and Java calls alike.
 */
@Component
@EnableConfigurationProperties(GuardProperties.class)
public class EngineGuardPlugin extends AbstractProcessEnginePlugin {

    private final GuardInterceptor interceptor;

    public EngineGuardPlugin(GuardProperties properties) {
        this.interceptor = new GuardInterceptor(new EngineRules(properties));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(interceptor);
        if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(interceptor);
    }
}
