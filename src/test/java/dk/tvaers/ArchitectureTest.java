package dk.tvaers;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dk.tvaers.kernel.EngineDates;
import dk.tvaers.kernel.TimeConfig;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules about where kinds of classes live, and that time has one source. Module boundaries and cycles are
 * ModulithTest's.
 */
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
     *   <li>TaskCases asks the engine which of a page's tasks the logged-in user may read (a task query under her own
     *       authorization, the check that decides what Tasklist lists for her; it starts, completes or correlates
     *       nothing).
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
                .doNotHaveFullyQualifiedName(ROOT + ".process.ReportOfConcernProcess")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".process.IncidentFollowUpProcess")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".process.SupportFollowUpProcess")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".tasklist.TasklistFilters")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".tasklist.TasklistFilters$Definition")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".tasklist.TasklistFilters$FilterQuery")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".deployment.CaseProtectionInterceptor")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".process.TaskCases")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(org.camunda.bpm.engine.RuntimeService.class, org.camunda.bpm.engine.TaskService.class)
                .because("process objects are the only application code that talks to running processes")
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
}
