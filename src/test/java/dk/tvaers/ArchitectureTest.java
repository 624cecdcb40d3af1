package dk.tvaers;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/** Rules about where kinds of classes live. Module boundaries and cycles are ModulithTest's. */
class ArchitectureTest {

    private static final String ROOT = "dk.tvaers";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void onlyTheProcessPackageImplementsDelegates() {
        ArchRuleDefinition.classes()
                .that()
                .implement(org.camunda.bpm.engine.delegate.JavaDelegate.class)
                .should()
                .resideInAPackage(ROOT + ".process..")
                .check(CLASSES);
    }

    /**
     * The process objects are the only application code that starts, ends or correlates processes through
     * RuntimeService or TaskService. The named exceptions are engine infrastructure, not process work:
     *
     * <ul>
     *   <li>TasklistFilters, an engine plugin, builds the saved queries of Tasklist's filters with TaskService
     *       (a query definition; it starts, completes or correlates nothing).
     *   <li>CaseProtectionInterceptor, a command interceptor, counts a definition's running instances before a
     *       cascading delete; it runs inside the engine's command and must not call back into application beans.
     * </ul>
     */
    @Test
    void onlyTheProcessObjectsCallTheEnginesRuntimeAndTaskServices() {
        ArchRuleDefinition.noClasses()
                .that()
                .doNotHaveFullyQualifiedName(ROOT + ".process.FamilyInterventionProcess")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".process.AdultPathwayProcess")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".tasklist.TasklistFilters")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".tasklist.TasklistFilters$Definition")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".tasklist.TasklistFilters$FilterQuery")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".deployment.CaseProtectionInterceptor")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(org.camunda.bpm.engine.RuntimeService.class, org.camunda.bpm.engine.TaskService.class)
                .because("process objects are the only application code that talks to running processes")
                .check(CLASSES);
    }
}
