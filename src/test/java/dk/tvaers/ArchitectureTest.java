package dk.tvaers;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * Package boundaries. Each direct sub-package of dk.tvaers is a feature; its own top-level package is its API and any
 * package below it is its internals, which no other feature may touch. Features depend on each other without cycles.
 */
class ArchitectureTest {

    private static final String ROOT = "dk.tvaers";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noFeatureReachesIntoAnotherFeaturesInternals() {
        noReachIntoInternals(ROOT).check(CLASSES);
    }

    @Test
    void theRuleCatchesAFeatureThatReachesIntoAnothersInternals() {
        String fixtures = ROOT + ".support.archfixture";
        JavaClasses classes = new ClassFileImporter().importPackages(fixtures);
        EvaluationResult result = noReachIntoInternals(fixtures).evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .allSatisfy(line -> assertThat(line).contains("Intruder.intoInternals()", "internal.Secret"))
                .isNotEmpty();
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

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

    static ArchRule noReachIntoInternals(String root) {
        return ArchRuleDefinition.classes()
                .that()
                .resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use other features only through their top-level package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = feature(root, origin);
                        origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            String to = feature(root, target);
                            if (to != null && !to.equals(from) && isInternal(root, target)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                });
    }

    /** The feature a class belongs to: the first package segment below the root, or null outside the features. */
    static String feature(String root, JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return null;
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isInternal(String root, JavaClass type) {
        return type.getPackageName().substring(root.length() + 1).contains(".");
    }
}
