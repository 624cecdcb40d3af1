package dk.tvaers.support;

import dk.tvaers.referral.Families;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A family referred by mette with one child, its members registered: SOF's child investigation is open. */
public final class Investigations {

    /** The case and its open child investigation task. */
    public record Open(String caseNumber, String taskId) {}

    public static Open open(
            Function<String, TestRestTemplate> as, ProcessEngine engine, String district, String child) {
        FamilyScenario.Registered registered = FamilyScenario.in(district)
                .referredBy("SCHOOL", "Fravær", 2)
                .awareDaysAgo(1)
                .member(child, Families.uniqueCpr(10), "CHILD")
                .registered(as, engine);
        return new Open(registered.caseNumber(), registered.investigationTaskId());
    }

    private Investigations() {}
}
