package dk.tvaers.process;

import dk.tvaers.family.VisitationRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * service_recommend_visitation: reads the recommendation's inputs from the screening and the referral, evaluates
 * bpmn/visitation.dmn, records the burden grade, recommendation and reasons in the case tables, and gives the team
 * chief's form the burden grade and the recommendation (small values; the reasons stay in the case).
 */
@Component("recommendVisitationDelegate")
class RecommendVisitationDelegate implements JavaDelegate {

    private final VisitationRecords records;

    RecommendVisitationDelegate(VisitationRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = FamilyInterventionProcess.CASE_NUMBER.from(execution);
        VisitationRecords.Basis basis = records.basis(caseNumber);
        VisitationDecisions.Outcome outcome = VisitationDecisions.evaluate(
                VisitationDecisions.of(execution.getProcessEngineServices().getDecisionService()), basis);
        records.recordRecommendation(
                caseNumber, basis, outcome.burdenGrade(), outcome.recommendation(), outcome.reasons());
        FamilyInterventionProcess.BURDEN_GRADE.set(execution, outcome.burdenGrade());
        FamilyInterventionProcess.VISITATION_RECOMMENDATION.set(
                execution, outcome.recommendation().name());
    }
}
