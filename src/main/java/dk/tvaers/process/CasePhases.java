package dk.tvaers.process;

import dk.tvaers.family.CaseLifecycle;
import dk.tvaers.family.CasePhase;
import org.springframework.stereotype.Component;

/** Called by the models' execution listeners as {@code ${casePhases.enter(caseNumber, 'INTENSIVE')}}. */
@Component(CasePhases.BEAN)
public class CasePhases {

    static final String BEAN = "casePhases";

    private final CaseLifecycle lifecycle;

    public CasePhases(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void enter(String caseNumber, String phase) {
        lifecycle.enter(caseNumber, CasePhase.valueOf(phase));
    }
}
