package dk.tvaers.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The in-memory engine process tests run on: H2 in memory, no job executor (tests move the clock and run jobs), and
 * the beans the models' expressions name, with test doubles where a delegate would reach the case tables.
 */
public final class ProcessTestEngine {

    /** Beans the models may call; a test may replace one before its process starts. */
    public static final Map<Object, Object> BEANS = new HashMap<>();

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

    /**
     * The extension a process test registers: an engine with process-test coverage (HTML and JSON reports under
     * target/process-test-coverage/) and a gate that fails the test class when it leaves a flow node or sequence flow
     * of its models unvisited.
     */
    public static ProcessEngineCoverageExtension extension() {
        return ProcessEngineCoverageExtension.builder(configuration())
                .assertClassCoverageAtLeast(REQUIRED_CLASS_COVERAGE)
                .build();
    }

    /** Every path of every model has a process test. */
    public static final double REQUIRED_CLASS_COVERAGE = 1.0;

    private static ProcessEngineConfigurationImpl configuration() {
        ProcessCoverageInMemProcessEngineConfiguration configuration =
                new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("process-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setBeans(BEANS);
        return configuration;
    }

    private ProcessTestEngine() {}
}
