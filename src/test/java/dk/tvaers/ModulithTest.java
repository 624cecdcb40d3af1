package dk.tvaers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * Module boundaries, verified by Spring Modulith. Each direct sub-package of dk.tvaers is a module; its own package is
 * its API and any package below it is internal to it (unless the module publishes it as a named interface). Modules use
 * each other only through their API and without cycles. The test also writes the module picture into docs/modules.
 */
class ModulithTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TvaersApplication.class);

    /** Committed: components.puml (all modules), and per module its module-*.puml and its canvas module-*.adoc. */
    static final String DOCS = "docs/modules";

    /** The fixture in src/test: alpha uses beta's internals; gamma uses alpha, which it does not name; alpha and gamma use each other. */
    static final String FIXTURE = "dk.tvaers.support.archfixture";

    @Test
    void modulesUseEachOtherOnlyThroughTheirApiAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void theVerificationCatchesAModuleThatReachesIntoAnothersInternals() {
        assertThat(fixtureViolations()).anySatisfy(message -> assertThat(message)
                .contains("Module 'alpha' depends on non-exposed type", "beta.internal.Secret"));
    }

    @Test
    void theVerificationCatchesAModuleThatUsesOneItDoesNotName() {
        assertThat(fixtureViolations()).anySatisfy(message -> assertThat(message)
                .contains("Module 'gamma' depends on module 'alpha'", "Allowed targets: beta"));
    }

    @Test
    void theVerificationCatchesACycle() {
        assertThat(fixtureViolations())
                .anySatisfy(message -> assertThat(message).contains("Cycle detected", "alpha", "gamma"));
    }

    /**
     * Regenerates docs/modules. A run over unchanged code leaves the git tree clean; a changed module shows up as a diff
     * to commit with the change.
     */
    @Test
    void writesTheModulePictureIntoDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS))
                .writeDocumentation(
                        DiagramOptions.defaults()
                                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE),
                        Documenter.CanvasOptions.defaults());
        try (Stream<Path> files = Files.list(Path.of(DOCS))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.writeString(file, inStableOrder(Files.readString(file)));
            }
        }
    }

    /**
     * The documenter lists a diagram's modules and dependencies in the order it happened to find them, which changes
     * with what ran before it in the JVM; sorting each run of Component(...) and Rel(...) lines makes the files the same
     * from run to run (PlantUML does not care about their order).
     */
    static String inStableOrder(String plantUml) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : plantUml.split("\n", -1)) {
            String kind = line.strip().startsWith("Rel(")
                    ? "Rel("
                    : line.strip().startsWith("Component(") ? "Component(" : null;
            if (runKind != null && !runKind.equals(kind)) {
                Collections.sort(run);
                out.addAll(run);
                run.clear();
            }
            runKind = kind;
            (kind == null ? out : run).add(line);
        }
        Collections.sort(run);
        out.addAll(run);
        return String.join("\n", out);
    }

    private static List<String> fixtureViolations() {
        // the fixture lives in src/test, which ApplicationModules leaves out unless told otherwise
        return ApplicationModules.of(FIXTURE, location -> true)
                .detectViolations()
                .getMessages();
    }
}
