package dk.tvaers.process;

import dk.tvaers.family.UrgentSupportDecisions;
import java.time.Instant;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Support is decided in writing: the team chief's "Beslut akut støtte under undersøgelsen" cannot be completed with a
 * support (anything but NOT_NEEDED) until her written decision with reasons is recorded in the case since the task was
 * created (the workspace's "Akut støtte under undersøgelsen", which also completes the task). Refused in Danish, naming
 * the field; the task stays open.
 */
@Component(UrgentSupportDecisionListener.BEAN)
class UrgentSupportDecisionListener implements TaskListener {

    static final String BEAN = "urgentSupportDecisionListener";

    static final String FIELD = "urgentSupport";

    static final String REFUSAL = "Afgørelsen om akut støtte er ikke skrevet. Skriv afgørelsen med begrundelse i sagens"
            + " 'Akut støtte under undersøgelsen', som laver afgørelsesbrevet og afslutter opgaven";

    private final BiPredicate<String, Instant> decidedSince;

    @Autowired
    UrgentSupportDecisionListener(UrgentSupportDecisions decisions) {
        this(decisions::decidedSince);
    }

    UrgentSupportDecisionListener(BiPredicate<String, Instant> decidedSince) {
        this.decidedSince = decidedSince;
    }

    @Override
    public void notify(DelegateTask task) {
        DecisionListeners.requireWrittenSinceCreated(
                task, FamilyInterventionProcess.URGENT_SUPPORT, "NOT_NEEDED", decidedSince, FIELD, REFUSAL);
    }
}
