package dk.tvaers.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The in-memory engine process tests run on: H2 in memory, no job executor (tests move the clock and run jobs), and
 * the beans the models' expressions name, with test doubles where a delegate would reach the case tables.
 */
public final class ProcessTestEngine {

    /** Beans the models may call; a test may replace one before its process starts. */
    public static final Map<Object, Object> BEANS = new HashMap<>();

    private static ProcessEngine engine;

    static {
        resetBeans();
    }

    public static void resetBeans() {
        BEANS.clear();
        BEANS.put(ProcessDeadlines.BEAN, new ProcessDeadlines());
        BEANS.put("openCaseDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            if (execution.getProcessBusinessKey() == null) {
                execution.setProcessBusinessKey("TV-2026-99999");
            }
            execution.setVariable(FamilyInterventionProcess.Variables.CASE_NUMBER, execution.getProcessBusinessKey());
        });
    }

    public static synchronized ProcessEngine engine() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setProcessEngineName("process-tests");
            configuration.setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
            configuration.setJobExecutorActivate(false);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJavaSerializationFormatEnabled(false);
            configuration.setBeans(BEANS);
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }

    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
    }

    private ProcessTestEngine() {}
}
