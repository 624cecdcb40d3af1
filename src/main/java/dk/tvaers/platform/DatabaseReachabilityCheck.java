package dk.tvaers.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Opens one connection to the configured database before any bean is built, so that an unreachable database ends
 * startup with one clear sentence naming the URL (see {@link StartupFailureAnalyzer}) instead of a wall of stack
 * traces from the connection pool, Flyway and the engine.
 */
public class DatabaseReachabilityCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank() || url.startsWith("jdbc:h2:mem:")) {
            return;
        }
        Properties credentials = new Properties();
        putIfPresent(credentials, "user", environment.getProperty("spring.datasource.username"));
        putIfPresent(credentials, "password", environment.getProperty("spring.datasource.password"));
        int previousTimeout = DriverManager.getLoginTimeout();
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection ignored = DriverManager.getConnection(url, credentials)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(url, rootMessage(e), e);
        } finally {
            DriverManager.setLoginTimeout(previousTimeout);
        }
    }

    private static void putIfPresent(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message =
                root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message).trim();
    }
}
