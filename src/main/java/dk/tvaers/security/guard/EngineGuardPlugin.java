package dk.tvaers.security.guard;

import dk.tvaers.security.EngineFailures;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
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

    /** Outermost: records what failed, also when the transaction's flush fails (a concurrent change). */
    private static final CommandInterceptor FAILURES = new CommandInterceptor() {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                EngineFailures.record(e);
                throw e;
            }
        }
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(FAILURES);
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
