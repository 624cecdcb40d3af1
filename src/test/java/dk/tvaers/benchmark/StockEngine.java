package dk.tvaers.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import dk.tvaers.process.StockEngineBeans;
import dk.tvaers.support.PostgresDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Stock": a process engine as the Camunda Spring Boot starter 7.24 builds it when nothing is configured, on its own
 * database of the benchmarks' PostgreSQL server: a {@link SpringProcessEngineConfiguration} with Spring's transaction
 * manager over a Hikari pool of Spring Boot's default size (10), history level full, authorization off, strong UUIDs
 * (the starter's id generator), JDBC batching on (the engine's default), and the starter's job executor: a
 * {@link SpringJobExecutor} on a thread pool of core 3, max 10, queue 3 ({@code camunda.bpm.job-execution} defaults),
 * 3 jobs per acquisition, 5 s wait, 5 min lock, no back-off (the engine's defaults). Tværs's models run on it with
 * {@link StockEngineBeans} in place of the application's beans.
 */
final class StockEngine implements AutoCloseable {

    final ProcessEngine engine;
    final HikariDataSource dataSource;
    final TransactionTemplate transactions;
    final String jdbcUrl;
    private final ThreadPoolTaskExecutor threads;

    private StockEngine(
            ProcessEngine engine,
            HikariDataSource dataSource,
            TransactionTemplate transactions,
            String jdbcUrl,
            ThreadPoolTaskExecutor threads) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.jdbcUrl = jdbcUrl;
        this.threads = threads;
    }

    /** A stock engine on a fresh database with the starter's default job executor, not started. */
    static StockEngine start(String name) {
        String url = PostgresDatabases.newDatabase();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setPoolName(name);
        DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);

        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setBeans(StockEngineBeans.beans());
        ThreadPoolTaskExecutor threads = threads(new JobExecutionProperty(), name + "-job-");
        configuration.setJobExecutor(jobExecutor(new JobExecutionProperty(), threads));
        configuration.setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        return new StockEngine(engine, dataSource, new TransactionTemplate(transactionManager), url, threads);
    }

    /** The thread pool the starter gives its job executor, from {@code camunda.bpm.job-execution}. */
    static ThreadPoolTaskExecutor threads(JobExecutionProperty properties, String prefix) {
        ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
        threads.setCorePoolSize(properties.getCorePoolSize());
        threads.setMaxPoolSize(properties.getMaxPoolSize());
        threads.setQueueCapacity(properties.getQueueCapacity());
        if (properties.getKeepAliveSeconds() != null) {
            threads.setKeepAliveSeconds(properties.getKeepAliveSeconds());
        }
        threads.setThreadNamePrefix(prefix);
        threads.initialize();
        return threads;
    }

    /** The job executor the starter builds from {@code camunda.bpm.job-execution} (DefaultJobConfiguration). */
    static SpringJobExecutor jobExecutor(JobExecutionProperty properties, ThreadPoolTaskExecutor threads) {
        SpringJobExecutor executor = new SpringJobExecutor();
        executor.setTaskExecutor(threads);
        executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
        if (properties.getLockTimeInMillis() != null) {
            executor.setLockTimeInMillis(properties.getLockTimeInMillis());
        }
        if (properties.getMaxJobsPerAcquisition() != null) {
            executor.setMaxJobsPerAcquisition(properties.getMaxJobsPerAcquisition());
        }
        if (properties.getWaitTimeInMillis() != null) {
            executor.setWaitTimeInMillis(properties.getWaitTimeInMillis());
        }
        if (properties.getMaxWait() != null) {
            executor.setMaxWait(properties.getMaxWait());
        }
        if (properties.getBackoffTimeInMillis() != null) {
            executor.setBackoffTimeInMillis(properties.getBackoffTimeInMillis());
        }
        if (properties.getMaxBackoff() != null) {
            executor.setMaxBackoff(properties.getMaxBackoff());
        }
        if (properties.getBackoffDecreaseThreshold() != null) {
            executor.setBackoffDecreaseThreshold(properties.getBackoffDecreaseThreshold());
        }
        if (properties.getWaitIncreaseFactor() != null) {
            executor.setWaitIncreaseFactor(properties.getWaitIncreaseFactor());
        }
        return executor;
    }

    /** Deploys Tværs's models (from bpmn/, and their forms) and any extra models. */
    StockEngine deploy(Map<String, BpmnModelInstance> extra, String... tvaersModels) {
        try {
            DeploymentBuilder deployment =
                    engine.getRepositoryService().createDeployment().name("benchmark");
            for (String model : tvaersModels) {
                deployment.addString(model, Files.readString(Path.of("bpmn", model)));
            }
            if (tvaersModels.length > 0) {
                try (var forms = Files.list(Path.of("forms"))) {
                    for (Path form : forms.toList()) {
                        deployment.addString(form.getFileName().toString(), Files.readString(form));
                    }
                }
            }
            extra.forEach(deployment::addModelInstance);
            deployment.deploy();
            return this;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    @Override
    public void close() {
        jobExecutor().shutdown();
        engine.close();
        threads.shutdown();
        dataSource.close();
    }
}
