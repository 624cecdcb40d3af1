package dk.tvaers.support;

import dk.tvaers.process.AdultPathwayProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;

/**
 * TEST FIXTURE until bpmn/adult-pathway.bpmn lands: deploys src/test/resources/test-models/adult-pathway-stub.bpmn
 * (process id "adult-pathway", one user task for the mentor group) so that POST /api/adult-courses can start its
 * process. It deploys nothing once a definition with that key exists, so the real model, when auto-deployed, wins.
 * Remove this class and the stub model when the real model is in bpmn/.
 */
public final class AdultPathwayStub {

    public static final String RESOURCE = "test-models/adult-pathway-stub.bpmn";

    public static synchronized void deployUnlessModelled(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(AdultPathwayProcess.KEY)
                        .count()
                > 0) {
            return;
        }
        repository
                .createDeployment()
                .name("adult-pathway test fixture")
                .addClasspathResource(RESOURCE)
                .deploy();
    }

    private AdultPathwayStub() {}
}
