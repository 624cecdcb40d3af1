package dk.tvaers;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
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
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage(ROOT + "..")
                .should(new ArchCondition<JavaClass>("only use other features through their top-level package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = feature(origin);
                        origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            String to = feature(target);
                            if (to != null && !to.equals(from) && isInternal(target)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(CLASSES);
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

    /** The feature a class belongs to: the first package segment below dk.tvaers, or null outside the features. */
    static String feature(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isInternal(JavaClass type) {
        String rest = type.getPackageName().substring(ROOT.length() + 1);
        return rest.contains(".");
    }
}
