package dk.tvaers.process;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** What the engine plugins that replace one of the engine's managers share. */
final class EngineSessions {

    /** Lets the engine open the given session in place of its own manager of that type. */
    static void replace(
            ProcessEngineConfigurationImpl configuration, Class<?> type, Supplier<? extends Session> session) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return session.get();
            }
        });
    }

    /** The engine's own connection, inside the current command's transaction; not to be closed by the caller. */
    static Connection connection() {
        return Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    }

    private EngineSessions() {}
}
