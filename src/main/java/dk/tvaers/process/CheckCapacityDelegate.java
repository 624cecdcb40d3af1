package dk.tvaers.process;

import dk.tvaers.family.CaseLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether the family's district has room for one more running family (tvaers.capacity.families-per-district). */
@Component("checkCapacityDelegate")
class CheckCapacityDelegate implements JavaDelegate {

    private final CaseLifecycle lifecycle;
    private final int familiesPerDistrict;

    CheckCapacityDelegate(
            CaseLifecycle lifecycle, @Value("${tvaers.capacity.families-per-district:10}") int familiesPerDistrict) {
        this.lifecycle = lifecycle;
        this.familiesPerDistrict = familiesPerDistrict;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String district = FamilyInterventionProcess.DISTRICT.from(execution);
        FamilyInterventionProcess.CAPACITY_AVAILABLE.set(
                execution, lifecycle.runningFamilies(district) < familiesPerDistrict);
    }
}
