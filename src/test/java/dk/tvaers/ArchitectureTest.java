package dk.tvaers;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
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
import dk.tvaers.kernel.EngineDates;
import dk.tvaers.kernel.TimeConfig;
import java.time.Clock;
import java.util.List;
import java.util.Set;
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

    @Test
    void timeAndZoneComeOnlyFromTheKernelsClock() {
        oneSourceOfTime(ROOT).check(CLASSES);
    }

    @Test
    void theTimeRuleCatchesAClassThatAsksTheSystemForTimeOrZone() {
        JavaClasses classes = new ClassFileImporter().importPackages(ROOT + ".support.timefixture");
        EvaluationResult result = oneSourceOfTime(ROOT + ".support.timefixture").evaluate(classes);

        assertThat(result.getFailureReport().getDetails())
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("LocalDate.now()"))
                .anySatisfy(line -> assertThat(line).contains("ZoneId.of(java.lang.String)"))
                .anySatisfy(line -> assertThat(line).contains("Clock.systemUTC()"));
    }

    /**
     * "Now" and the zone come from the one {@link Clock} bean (kernel/TimeConfig): no class but the kernel's time
     * configuration asks the system for the time or the zone, names a zone, or makes a clock.
     */
    static ArchRule oneSourceOfTime(String root) {
        return ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(TimeConfig.class, EngineDates.class)))
                .should()
                .callCodeUnitWhere(
                        new DescribedPredicate<JavaCall<?>>(
                                "asks the system for the time or zone (ZoneId.of/systemDefault, TimeZone, Clock.system*,"
                                        + " now() without a clock, new Date(), System.currentTimeMillis)") {
                            @Override
                            public boolean test(JavaCall<?> call) {
                                return asksTheSystemForTime(call);
                            }
                        })
                .as("time and zone come only from the kernel's Clock bean");
    }

    private static final Set<String> TEMPORALS = Set.of(
            "java.time.Instant",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.OffsetDateTime",
            "java.time.OffsetTime",
            "java.time.ZonedDateTime",
            "java.time.Year",
            "java.time.YearMonth",
            "java.time.MonthDay");

    static boolean asksTheSystemForTime(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        List<String> parameters = call.getTarget().getRawParameterTypes().stream()
                .map(JavaClass::getName)
                .toList();
        return switch (owner) {
            case "java.time.ZoneId" -> name.equals("of") || name.equals("systemDefault");
            case "java.util.TimeZone" ->
                name.equals("getDefault") || name.equals("setDefault") || name.equals("getTimeZone");
            case "java.time.Clock" -> name.startsWith("system");
            case "java.lang.System" -> name.equals("currentTimeMillis");
            case "java.util.Date" -> name.equals("<init>") && parameters.isEmpty();
            default ->
                TEMPORALS.contains(owner) && name.equals("now") && !parameters.equals(List.of(Clock.class.getName()));
        };
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
