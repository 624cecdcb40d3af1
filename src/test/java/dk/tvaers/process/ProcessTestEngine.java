package dk.tvaers.process;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The in-memory engine process tests run on: H2 in memory, no job executor (tests move the clock and run jobs), and
 * the beans the models' expressions name, which each test registers afresh with {@link ProcessDoubles}.
 */
public final class ProcessTestEngine {

    /** The case number the double of openCaseDelegate gives a case started without one. */
    public static final String CASE_NUMBER = "TV-2026-99999";

    /** The phases a case entered, the reasons it closed, and the answers of the capacity check to give. */
    public static final class CaseRecordDouble {
        public final List<String> phases = new ArrayList<>();
        public final List<String> closeReasons = new ArrayList<>();
        public final Deque<Boolean> capacity = new ArrayDeque<>();
        public final Map<Long, Date> birthdays = new HashMap<>();
        public final List<Long> adultPathsStarted = new ArrayList<>();
        public final List<String> adultEvents = new ArrayList<>();
        public final List<String> coordinators = new ArrayList<>();
        public List<Long> children = List.of(1L);
        public List<Long> youngAdults = List.of();
        /** What the case record kept of endings and decisions ({@code RecordDecisionListener}), in order. */
        public final List<String> recorded = new ArrayList<>();
        /** How each running investigation ended, as "childId OUTCOME". */
        public final List<String> investigationEndings = new ArrayList<>();
        /** The children without a conversation recorded (the investigation and the decision are refused for them). */
        public final java.util.Set<Long> unheardChildren = new java.util.HashSet<>();
        /** Whether the decision's draft is written, and whether every party has answered. */
        public boolean drafted = true;

        public boolean allAnswered = true;
        /** What the decision steps did: "opened", "hearing", "closed", "decided by lars", "wishes ...". */
        public final List<String> decisionEvents = new ArrayList<>();
        /** What the report-of-concern model did to the concern table (registered, referred, tasks completed). */
        public final List<String> concernEvents = new ArrayList<>();
        /** The open family case the double of registerReportDelegate finds the child in (null: none). */
        public String openCase;
        /** Who worked on the open case (the re-assessment refuses them). */
        public java.util.Set<String> workedOnCase = java.util.Set.of();
        /** What the progress decision's form shows as the re-screening against the intake screening. */
        public String screeningComparison = "Barn 1 (indskrivning 2026-03-02, genscreening 2026-08-10)";
        /** Whether a revised plan was saved since the family meeting was called. */
        public boolean planSavedSinceMeeting = true;
        /** Whether the team chief's written decision on urgent support is recorded since her task was created. */
        public boolean urgentSupportWritten = true;
        /** What the case course told the follow-up of support (urgent support started, investigations finished). */
        public final List<String> followUpEvents = new ArrayList<>();
        /** Whether the case has a child or young person registered (the registration is refused without one). */
        public boolean hasYoungMember = true;

        /** Whether a member of the family is screened (the visitation waits for the intake screening without). */
        public boolean screened = true;

        /** The recommendation's inputs the screening and referral give ({@code VisitationRecords.basis}). */
        public dk.tvaers.family.VisitationRecords.Basis basis =
                new dk.tvaers.family.VisitationRecords.Basis(3, 4, 2, 1, 3, 2, null);

        /** What the visitation steps recorded: "recommended TARGET_GROUP 5", "decided VISITED by lars". */
        public final List<String> visitationEvents = new ArrayList<>();

        public boolean hasIntakeScreening(String caseNumber) {
            return screened;
        }

        /** A child's 18th birthday; far in the future unless a test sets it. */
        public Date eighteenthBirthday(Long memberId) {
            return birthdays.getOrDefault(memberId, Date.from(Instant.parse("2040-01-01T00:00:00Z")));
        }

        /** Six months (the default notice) before the 18th birthday. */
        public Date supportAfter18DecisionStart(Long memberId) {
            return Date.from(eighteenthBirthday(memberId)
                    .toInstant()
                    .atZone(java.time.ZoneId.systemDefault())
                    .minus(ProcessDeadlines.defaults().supportAfter18Notice())
                    .toInstant());
        }

        /** The day before the 18th birthday. */
        public Date dayBeforeEighteenthBirthday(Long memberId) {
            return Date.from(eighteenthBirthday(memberId)
                    .toInstant()
                    .atZone(java.time.ZoneId.systemDefault())
                    .minusDays(1)
                    .toInstant());
        }

        public List<Long> youngAdults(String caseNumber) {
            return youngAdults;
        }

        public List<Long> childInvestigationSubjects(String caseNumber) {
            return children;
        }

        /** How the children are investigated, as the registration recorded it: "SHARED/FULL" etc. */
        public final List<String> investigationPlans = new ArrayList<>();

        /** Like InvestigationPlan: the lead (first) child alone when the siblings share one investigation. */
        public List<Long> investigationSubjects(String caseNumber) {
            boolean shared = !investigationPlans.isEmpty()
                    && investigationPlans.get(investigationPlans.size() - 1).startsWith("SHARED");
            return shared && !children.isEmpty() ? children.subList(0, 1) : children;
        }

        /** Like the case record: entering the phase the case is in changes nothing. */
        public void enter(String caseNumber, String phase) {
            if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase)) {
                phases.add(phase);
            }
        }
    }

    /** Records what family-intervention.bpmn tells the follow-up of support ({@code supportFollowUps}). */
    public static final class SupportFollowUpsDouble {
        private final CaseRecordDouble record;

        SupportFollowUpsDouble(CaseRecordDouble record) {
            this.record = record;
        }

        public void urgentSupportStarted(String caseNumber, Object startDate) {
            record.followUpEvents.add("urgent support started " + FormDay.of(startDate, "urgentSupportStartDate"));
        }

        public void investigationsFinished(String caseNumber) {
            record.followUpEvents.add("investigations finished");
        }
    }

    /** Records the phases an adult course enters, with the other adult events. */
    public static final class AdultPhasesDouble {
        private final CaseRecordDouble record;

        AdultPhasesDouble(CaseRecordDouble record) {
            this.record = record;
        }

        public void enter(String courseNumber, String phase) {
            record.adultEvents.add("phase " + phase);
        }

        public void enrol(String courseNumber) {
            record.adultEvents.add("enrolled");
        }
    }

    /**
     * The engine's clock at a fixed instant for each test, reset after it, with Camunda BPM Assert bound to the
     * engine. A process test registers it as an instance field after its static {@link #extension()}.
     */
    public static EngineAt engineAt(ProcessEngineCoverageExtension engine, Instant now) {
        return new EngineAt(engine, now);
    }

    /** See {@link #engineAt}. */
    public static final class EngineAt implements BeforeEachCallback, AfterEachCallback {
        private final ProcessEngineCoverageExtension engine;
        private final Instant now;

        private EngineAt(ProcessEngineCoverageExtension engine, Instant now) {
            this.engine = engine;
            this.now = now;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            BpmnAwareTests.init(engine.getProcessEngine());
            ClockUtil.setCurrentTime(Date.from(now));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            ClockUtil.reset();
        }
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
        // the beans the models name are registered per test (ProcessDoubles) and resolved through Camunda's Mocks
        configuration.setExpressionManager(new MockExpressionManager());
        // a failing step: the back-off of tvaers.jobs.retry-cycle's default, then a Danish incident and a follow-up
        configuration.getProcessEnginePlugins().add(new FailedJobIncidents(FailedJobIncidents.DEFAULT_RETRY_CYCLE));
        return configuration;
    }

    private ProcessTestEngine() {}
}
