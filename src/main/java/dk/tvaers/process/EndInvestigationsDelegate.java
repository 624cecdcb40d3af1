package dk.tvaers.process;

import dk.tvaers.family.CaseEndings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends every child investigation the case still runs with an explicit outcome before the case closes early: the case
 * record keeps the outcome (and, for a hand-over, the municipality that took the investigation over), then the
 * investigation passes its own end event for that outcome. The service task names the outcome as the input parameter
 * investigationEnding.
 */
@Component("endInvestigationsDelegate")
class EndInvestigationsDelegate implements JavaDelegate {

    private final CaseEndings endings;
    private final FamilyInterventionProcess familyIntervention;

    EndInvestigationsDelegate(CaseEndings endings, FamilyInterventionProcess familyIntervention) {
        this.endings = endings;
        this.familyIntervention = familyIntervention;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = FamilyInterventionProcess.CASE_NUMBER.from(execution);
        ChildInvestigationProcess.Ending ending = ChildInvestigationProcess.Ending.valueOf(
                ChildInvestigationProcess.INVESTIGATION_ENDING.from(execution));
        for (FamilyInterventionProcess.RunningInvestigation investigation :
                familyIntervention.runningInvestigations(execution.getProcessInstanceId())) {
            endings.recordInvestigationEnding(
                    caseNumber, investigation.childId(), CaseEndings.InvestigationEnding.valueOf(ending.name()));
            familyIntervention.endInvestigationEarly(investigation.processInstanceId(), ending);
        }
    }
}
