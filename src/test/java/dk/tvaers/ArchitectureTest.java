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
}
