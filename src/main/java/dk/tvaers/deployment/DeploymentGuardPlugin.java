package dk.tvaers.deployment;

import java.util.ArrayList;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Deploying a model is running code in Camunda 7: its expressions reach every bean and service of the application.
 * This plugin puts the review in the engine, so that the REST API, the webapps and Java calls on a user's behalf are
 * covered alike: {@link ReviewingDeployer} reviews and logs every new deployment before any model is parsed, and
 * {@link CaseProtectionInterceptor} refuses changes to definitions that would stop or destroy cases.
 */
@Component
public class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

    private final DeploymentReviewProperties properties;
    private final DeploymentLog log;
    private final ApplicationContext beans;

    public DeploymentGuardPlugin(DeploymentReviewProperties properties, DeploymentLog log, ApplicationContext beans) {
        this.properties = properties;
        this.log = log;
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        // first: nothing of a refused deployment is parsed
        configuration.getCustomPreDeployers().add(0, new ReviewingDeployer(() -> review(configuration), log));
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CaseProtectionInterceptor());
    }

    private DeploymentReview review(ProcessEngineConfigurationImpl configuration) {
        return new DeploymentReview(properties, springBeans(), element -> {
            DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
            if (dmn == null) {
                return null;
            }
            return switch (element) {
                case "inputExpression" -> dmn.getDefaultInputExpressionExpressionLanguage();
                case "inputEntry" -> dmn.getDefaultInputEntryExpressionLanguage();
                case "outputEntry" -> dmn.getDefaultOutputEntryExpressionLanguage();
                default -> dmn.getDefaultLiteralExpressionLanguage();
            };
        });
    }

    /** The beans as the engine's expressions resolve them: any bean of the application context, by name. */
    private ExpressionReview.Beans springBeans() {
        return new ExpressionReview.Beans() {
            @Override
            public boolean isBean(String name) {
                return beans.containsBean(name);
            }

            @Override
            public Class<?> type(String name) {
                try {
                    Class<?> type = beans.getType(name);
                    return type == null ? null : ClassUtils.getUserClass(type);
                } catch (BeansException e) {
                    return null;
                }
            }
        };
    }
}
