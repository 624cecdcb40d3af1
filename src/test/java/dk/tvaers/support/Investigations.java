package dk.tvaers.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.referral.Families;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** A family referred by mette with one child, its members registered: SOF's child investigation is open. */
public final class Investigations {

    /** The case and its open child investigation task. */
    public record Open(String caseNumber, String taskId) {}

    @SuppressWarnings("unchecked")
    public static Open open(
            Function<String, TestRestTemplate> as, ProcessEngine engine, String district, String child) {
        Map<String, Object> referral = Map.of(
                "district",
                district,
                "referral",
                Map.of(
                        "source",
                        "SCHOOL",
                        "concern",
                        "Fravær",
                        "sspCategory",
                        2,
                        "awarenessDate",
                        LocalDate.now().minusDays(1).toString()),
                "members",
                List.of(Map.of("name", child, "cpr", Families.uniqueCpr(10), "role", "CHILD")));
        ResponseEntity<Map> created = as.apply("mette").postForEntity("/api/cases", referral, Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String caseNumber = (String) created.getBody().get("caseNumber");
        new TaskDriver(as, engine)
                .complete(
                        "mette",
                        caseNumber,
                        FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS,
                        Map.of(FamilyInterventionIds.Variables.MEMBERS_REGISTERED, true));
        String task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION)
                .singleResult()
                .getId();
        return new Open(caseNumber, task);
    }

    private Investigations() {}
}
