package dk.tvaers.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The beans Tværs's models name, for a plain process engine without the application (the benchmarks' "stock" engine):
 * the real deadlines, legal basis and listeners that need no case tables, and thread-safe doubles, doing nothing,
 * where a delegate would reach the case tables. Unlike {@link ProcessDoubles} (Camunda's thread-bound Mocks), these
 * are handed to the engine's configuration as its beans, so the job executor's threads and several clients see them.
 */
public final class StockEngineBeans {

    /** The beans by the names the models use. */
    public static Map<Object, Object> beans() {
        ProcessDeadlines deadlines = ProcessDeadlines.defaults();
        Map<Object, Object> beans = new HashMap<>();
        beans.put(ProcessDeadlines.BEAN, deadlines);
        beans.put(LegalBasis.BEAN, new LegalBasis());
        beans.put(
                QuarterlyReportPeriodListener.BEAN,
                new QuarterlyReportPeriodListener(deadlines, Clock.system(ZoneId.of("Europe/Copenhagen"))));
        beans.put(IntensivePhaseListener.BEAN, new IntensivePhaseListener(deadlines));
        beans.put(ProgressComparisonListener.BEAN, new ProgressComparisonListener(caseNumber -> ""));
        beans.put(PlanRevisionListener.BEAN, new PlanRevisionListener((caseNumber, since) -> true));
        beans.put(CasePhases.BEAN, new Phases());
        beans.put(SupportFollowUps.BEAN, new FollowUps());
        beans.put(UrgentSupportDecisionListener.BEAN, new UrgentSupportDecisionListener((caseNumber, since) -> true));
        beans.put(CaseRecordExpressions.BEAN, new Record());
        beans.put("adultPhases", new Phases());
        beans.put("openCaseDelegate", (JavaDelegate) execution -> {
            if (execution.getProcessBusinessKey() == null) {
                execution.setProcessBusinessKey(ProcessTestEngine.CASE_NUMBER);
            }
            FamilyInterventionProcess.CASE_NUMBER.set(execution, execution.getProcessBusinessKey());
        });
        beans.put("checkCapacityDelegate", (JavaDelegate)
                execution -> FamilyInterventionProcess.CAPACITY_AVAILABLE.set(execution, true));
        beans.put("closeCaseDelegate", (JavaDelegate) execution -> {});
        beans.put(AssignReferrerListener.BEAN, new AssignReferrerListener());
        beans.put(RegistrationCheckListener.BEAN, new RegistrationCheckListener(caseNumber -> true));
        beans.put("assignCoordinatorListener", (TaskListener) task -> {});
        beans.put("investigationPlanListener", (TaskListener) task -> {});
        beans.put("recordDecisionListener", (TaskListener) task -> {});
        beans.put("endInvestigationsDelegate", (JavaDelegate) execution -> {});
        // the child's voice and the decision on support (issue 14): every child heard, every draft written
        beans.put("childConversationCheckListener", (TaskListener) task -> {});
        beans.put("planWishesListener", (TaskListener) task -> task.removeVariable("childWishes"));
        beans.put("openDecisionDelegate", (JavaDelegate) execution -> execution.setVariable("decisionId", 1L));
        beans.put("decisionDraftCheckListener", (TaskListener) task -> {});
        beans.put("openHearingDelegate", (JavaDelegate) execution -> execution.setVariable("hearingParties", 2));
        beans.put("hearingCheckListener", (TaskListener) task -> {});
        beans.put("closeHearingDelegate", (JavaDelegate) execution -> {});
        beans.put("finalDecisionListener", (TaskListener) task -> {});
        beans.put("startAdultPathDelegate", (JavaDelegate) execution -> {});
        beans.put("assignMentorListener", (TaskListener) task -> {});
        beans.put("closeAdultCourseDelegate", (JavaDelegate) execution -> {});
        beans.put("dischargeAdultCourseDelegate", (JavaDelegate) execution -> {});
        // screening at intake and visitation by need (issue 15): every family screened, recommended as target group
        beans.put("intakeScreeningCheckListener", (TaskListener) task -> {});
        beans.put("visitationDecisionListener", (TaskListener) task -> {});
        beans.put("recommendVisitationDelegate", (JavaDelegate) execution -> {
            FamilyInterventionProcess.BURDEN_GRADE.set(execution, 6);
            FamilyInterventionProcess.VISITATION_RECOMMENDATION.set(execution, "TARGET_GROUP");
        });
        return beans;
    }

    /** The follow-up of urgent support is not run here (the stock engine has no support-follow-up cases). */
    public static final class FollowUps {
        public void urgentSupportStarted(String caseNumber, Object startDate) {}

        public void investigationsFinished(String caseNumber) {}
    }

    /** Entering a phase, or the enrolment, changes no case record here. */
    public static final class Phases {
        public void enter(String number, String phase) {}

        public void enrol(String number) {}
    }

    /** One child per family, every 18th birthday far ahead. */
    public static final class Record {
        public List<Long> childInvestigationSubjects(String caseNumber) {
            return List.of(1L);
        }

        public List<Long> investigationSubjects(String caseNumber) {
            return List.of(1L);
        }

        public List<Long> youngAdults(String caseNumber) {
            return List.of();
        }

        public boolean hasIntakeScreening(String caseNumber) {
            return true;
        }

        public Date supportAfter18DecisionStart(Long memberId) {
            return Date.from(Instant.parse("2039-07-01T00:00:00Z"));
        }

        public Date dayBeforeEighteenthBirthday(Long memberId) {
            return Date.from(Instant.parse("2039-12-31T00:00:00Z"));
        }

        public Date eighteenthBirthday(Long memberId) {
            return Date.from(Instant.parse("2040-01-01T00:00:00Z"));
        }
    }

    private StockEngineBeans() {}
}
