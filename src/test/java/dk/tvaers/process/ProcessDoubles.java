package dk.tvaers.process;

import dk.tvaers.process.ProcessTestEngine.AdultPhasesDouble;
import dk.tvaers.process.ProcessTestEngine.CaseRecordDouble;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The beans the models' expressions name, registered for one test with Camunda's {@link Mocks} and dropped after it:
 * the real deadlines and legal basis, and recording doubles where a delegate would reach the case tables. A process
 * test holds one as an instance field with {@code @RegisterExtension}, so each test starts from a fresh record.
 */
public final class ProcessDoubles implements BeforeEachCallback, AfterEachCallback {

    /** The case number the double of openCaseDelegate gives a case started without one. */
    public static final String CASE_NUMBER = ProcessTestEngine.CASE_NUMBER;

    /** The report number the double of registerReportDelegate gives a report started without one. */
    public static final String REPORT_NUMBER = "UR-2026-99999";

    private final CaseRecordDouble record = new CaseRecordDouble();

    /** The engine's clock (ClockUtil, which the process tests move) as a java.time Clock in the engine's zone. */
    public static final java.time.Clock ENGINE_CLOCK = new java.time.Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneId.systemDefault();
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.time.Instant instant() {
            return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
        }
    };

    /** What the models did to the case record in this test, and the answers the doubles give. */
    public CaseRecordDouble record() {
        return record;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Mocks.reset();
        Mocks.register(ProcessDeadlines.BEAN, ProcessDeadlines.defaults());
        Mocks.register(
                QuarterlyReportPeriodListener.BEAN,
                new QuarterlyReportPeriodListener(
                        ProcessDeadlines.defaults(), java.time.Clock.system(java.time.ZoneId.of("Europe/Copenhagen"))));
        Mocks.register(LegalBasis.BEAN, new LegalBasis());
        Mocks.register(IntensivePhaseListener.BEAN, new IntensivePhaseListener(ProcessDeadlines.defaults()));
        Mocks.register(
                ProgressComparisonListener.BEAN,
                new ProgressComparisonListener(caseNumber -> record.screeningComparison));
        Mocks.register(
                PlanRevisionListener.BEAN,
                new PlanRevisionListener((caseNumber, since) -> record.planSavedSinceMeeting));
        Mocks.register(CasePhases.BEAN, record);
        Mocks.register(SupportFollowUps.BEAN, new ProcessTestEngine.SupportFollowUpsDouble(record));
        Mocks.register(
                UrgentSupportDecisionListener.BEAN,
                new UrgentSupportDecisionListener((caseNumber, since) -> record.urgentSupportWritten));
        Mocks.register(CaseRecordExpressions.BEAN, record);
        Mocks.register("openCaseDelegate", (JavaDelegate) execution -> {
            if (execution.getProcessBusinessKey() == null) {
                execution.setProcessBusinessKey(CASE_NUMBER);
            }
            FamilyInterventionProcess.CASE_NUMBER.set(execution, execution.getProcessBusinessKey());
        });
        Mocks.register(
                "checkCapacityDelegate", (JavaDelegate) execution -> FamilyInterventionProcess.CAPACITY_AVAILABLE.set(
                        execution, record.capacity.isEmpty() || record.capacity.poll()));
        Mocks.register("closeCaseDelegate", (JavaDelegate)
                execution -> record.closeReasons.add(FamilyInterventionProcess.CLOSE_REASON.from(execution)));
        Mocks.register(AssignReferrerListener.BEAN, new AssignReferrerListener());
        Mocks.register(
                RegistrationCheckListener.BEAN, new RegistrationCheckListener(caseNumber -> record.hasYoungMember));
        Mocks.register("assignCoordinatorListener", (TaskListener)
                task -> record.coordinators.add(task.getAssignee() != null ? task.getAssignee() : "mette"));
        Mocks.register(InvestigationPlanListener.BEAN, (TaskListener) task -> {
            String scope = FamilyInterventionProcess.INVESTIGATION_SCOPE.from(task);
            String extent = FamilyInterventionProcess.INVESTIGATION_EXTENT.from(task);
            record.investigationPlans.add(
                    (scope == null ? "PER_CHILD" : scope) + "/" + (extent == null ? "FULL" : extent));
            task.getExecution().removeVariable(FamilyInterventionProcess.INVESTIGATION_EXTENT_REASON.name());
        });
        Mocks.register("startAdultPathDelegate", (JavaDelegate)
                execution -> record.adultPathsStarted.add(FamilyInterventionProcess.MEMBER_ID.from(execution)));
        // safe endings and the 18th birthday: the case record's side recorded, the engine's side real
        Mocks.register(RecordDecisionListener.BEAN, (TaskListener) task -> {
            String key = task.getTaskDefinitionKey();
            switch (key) {
                case FamilyInterventionProcess.USER_TRANSFER_CASE -> {
                    record.recorded.add("transfer " + FamilyInterventionProcess.RECEIVING_MUNICIPALITY.raw(task));
                    task.getExecution().removeVariable(FamilyInterventionProcess.RECEIVING_MUNICIPALITY.name());
                }
                case FamilyInterventionProcess.USER_ASSESS_SUPPORT_WITHOUT_CONSENT ->
                    record.recorded.add("consent " + FamilyInterventionProcess.CONSENT_ASSESSMENT.from(task));
                case FamilyInterventionProcess.USER_DECIDE_HANDOVER_AT_18 -> {
                    record.recorded.add("majority " + FamilyInterventionProcess.MEMBER_ID.from(task) + " "
                            + FamilyInterventionProcess.SUPPORT_AFTER18.from(task));
                    task.getExecution().removeVariable(FamilyInterventionProcess.YOUNG_PERSONS_VIEW.name());
                }
                case FamilyInterventionProcess.USER_OFFER_ADULT_PATH ->
                    record.recorded.add("offer " + FamilyInterventionProcess.MEMBER_ID.from(task) + " "
                            + FamilyInterventionProcess.ADULT_PATH_OFFER.from(task));
                default -> throw new IllegalStateException(key);
            }
        });
        Mocks.register("endInvestigationsDelegate", (JavaDelegate) execution -> {
            FamilyInterventionProcess process = new FamilyInterventionProcess(
                    execution.getProcessEngineServices().getRuntimeService());
            ChildInvestigationProcess.Ending ending = ChildInvestigationProcess.Ending.valueOf(
                    ChildInvestigationProcess.INVESTIGATION_ENDING.from(execution));
            for (FamilyInterventionProcess.RunningInvestigation investigation :
                    process.runningInvestigations(execution.getProcessInstanceId())) {
                record.investigationEndings.add(investigation.childId() + " " + ending);
                process.endInvestigationEarly(investigation.processInstanceId(), ending);
            }
        });
        // the child's voice and the decision on support
        Mocks.register(
                "childConversationCheckListener",
                ChildVoiceListeners.investigationCheck((caseNumber, child) ->
                        record.unheardChildren.contains(child) ? java.util.List.of(child) : java.util.List.<Long>of()));
        Mocks.register(
                "planWishesListener",
                ChildVoiceListeners.planWishes(
                        (caseNumber, wishes, task) -> record.decisionEvents.add("wishes " + wishes)));
        Mocks.register("openDecisionDelegate", (JavaDelegate) execution -> {
            record.decisionEvents.add("opened");
            SupportDecisionProcess.DECISION_ID.set(execution, 7L);
        });
        Mocks.register("decisionDraftCheckListener", DecisionListeners.draftCheck(id -> record.drafted));
        Mocks.register("openHearingDelegate", (JavaDelegate) execution -> {
            record.decisionEvents.add("hearing");
            SupportDecisionProcess.HEARING_PARTIES.set(execution, 3);
        });
        Mocks.register("hearingCheckListener", DecisionListeners.hearingCheck(id -> record.allAnswered));
        Mocks.register("closeHearingDelegate", (JavaDelegate) execution -> record.decisionEvents.add("closed"));
        Mocks.register(
                "finalDecisionListener",
                DecisionListeners.finalDecision(
                        caseNumber -> record.children.stream()
                                .filter(record.unheardChildren::contains)
                                .toList(),
                        (id, task) -> record.decisionEvents.add("decided " + id)));
        // reports of concern: the real working days; the case tables' doubles record what the model did
        Mocks.register(
                WorkingDays.BEAN,
                new WorkingDays(
                        ProcessDeadlines.defaults(),
                        java.util.List.of(
                                java.time.MonthDay.of(6, 5),
                                java.time.MonthDay.of(12, 24),
                                java.time.MonthDay.of(12, 31)),
                        java.time.ZoneId.of("Europe/Copenhagen")));
        Mocks.register("registerReportDelegate", (JavaDelegate) execution -> {
            ReportOfConcernProcess.PERSONAL_FIELDS.forEach(execution::removeVariable);
            if (execution.getProcessBusinessKey() == null) {
                execution.setProcessBusinessKey(REPORT_NUMBER);
                ReportOfConcernProcess.REPORT_NUMBER.set(execution, REPORT_NUMBER);
                ReportOfConcernProcess.IN_OPEN_CASE.set(execution, record.openCase != null);
                ReportOfConcernProcess.CASE_NUMBER.set(execution, record.openCase);
            }
            record.concernEvents.add("registered " + execution.getProcessBusinessKey());
        });
        Mocks.register("referReportDelegate", (JavaDelegate)
                execution -> record.concernEvents.add("referred " + ReportOfConcernProcess.DISTRICT.from(execution)));
        Mocks.register("concernTaskListener", (TaskListener) task ->
                record.concernEvents.add(task.getTaskDefinitionKey() + " " + task.getVariable("assessmentOutcome")));
        Mocks.register(
                "newToCaseListener",
                new NewToCaseListener(
                        caseNumber -> record.workedOnCase,
                        () -> org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine()
                                .getIdentityService()));
        // screening at intake and visitation by need: the real decision tables, the case record's side recorded
        Mocks.register(
                "intakeScreeningCheckListener", VisitationListeners.screeningCheck(caseNumber -> record.screened));
        Mocks.register(
                "visitationDecisionListener",
                VisitationListeners.decision(
                        caseNumber -> record.screened,
                        (caseNumber, decision, task) -> record.visitationEvents.add("decided " + decision)));
        Mocks.register("recommendVisitationDelegate", (JavaDelegate) execution -> {
            VisitationDecisions.Outcome outcome = VisitationDecisions.evaluate(
                    VisitationDecisions.of(execution.getProcessEngineServices().getDecisionService()), record.basis);
            record.visitationEvents.add("recommended " + outcome.recommendation() + " " + outcome.burdenGrade());
            FamilyInterventionProcess.BURDEN_GRADE.set(execution, outcome.burdenGrade());
            FamilyInterventionProcess.VISITATION_RECOMMENDATION.set(
                    execution, outcome.recommendation().name());
        });
        // the follow-up of support: the real check; the conversations recorded since a day are the double's
        Mocks.register(
                SupportFollowUpListener.BEAN,
                SupportFollowUpListener.check(
                        (caseNumber, since) -> {
                            record.decisionEvents.add("follow-up checked since " + since);
                            return record.children.stream()
                                    .filter(record.unheardChildren::contains)
                                    .toList();
                        },
                        ProcessDeadlines.defaults(),
                        ENGINE_CLOCK));
        // the adult path
        Mocks.register(AdultPhases.BEAN, new AdultPhasesDouble(record));
        Mocks.register("assignMentorListener", (TaskListener) task -> {
            String mentor = task.getAssignee() != null ? task.getAssignee() : "ahmed";
            AdultPathwayProcess.MENTOR.set(task.getExecution(), mentor);
            record.adultEvents.add("mentor " + mentor);
        });
        Mocks.register("closeAdultCourseDelegate", (JavaDelegate) execution -> record.adultEvents.add("not visited"));
        Mocks.register("dischargeAdultCourseDelegate", (JavaDelegate)
                execution -> record.adultEvents.add("discharged " + AdultPathwayProcess.OUTCOME.from(execution)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
    }
}
