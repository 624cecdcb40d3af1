package dk.tvaers.process;

import dk.tvaers.family.PlanVersionService;
import java.time.Instant;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A family meeting called during the course revises the plan: its task cannot be completed until the revised plan is
 * saved in the case (a new plan version since the meeting was called), unless the coordinator states that the meeting
 * kept the plan as it was. Refused with a reason naming the field; the task stays open.
 */
@Component(PlanRevisionListener.BEAN)
class PlanRevisionListener implements TaskListener {

    static final String BEAN = "planRevisionListener";

    /** The form field the refusal names. */
    static final String FIELD = "planRevised";

    static final String REFUSAL = "Der er ikke gemt en revideret handleplan i sagen, siden familiemødet blev"
            + " indkaldt. Gem den reviderede plan under 'Handleplan', eller vælg, at planen fortsætter uændret";

    private final BiPredicate<String, Instant> savedSince;

    @Autowired
    PlanRevisionListener(PlanVersionService versions) {
        this(versions::savedSince);
    }

    PlanRevisionListener(BiPredicate<String, Instant> savedSince) {
        this.savedSince = savedSince;
    }

    @Override
    public void notify(DelegateTask task) {
        DecisionListeners.requireWrittenSinceCreated(
                task,
                FamilyInterventionProcess.PLAN_REVISION,
                PlanRevision.UNCHANGED.name(),
                savedSince,
                FIELD,
                REFUSAL);
    }

    /** The values of {@link FamilyInterventionProcess#PLAN_REVISION}. */
    enum PlanRevision {
        REVISED,
        UNCHANGED
    }
}
