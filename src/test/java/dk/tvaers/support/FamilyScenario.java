package dk.tvaers.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A family at a stage of its case, for integration tests: described once (district, referral, members), then taken
 * to the stage the test needs. {@link #refer} leaves it referred by the coordinator mette (POST /api/cases);
 * {@link #registered} also has mette register the members, so the children's investigations are open.
 */
public final class FamilyScenario {

    private final String district;
    private String source = "SCHOOL";
    private String concern = "Fravær";
    private int sspCategory = 3;
    private LocalDate awarenessDate = LocalDate.now().minusDays(2);
    private final List<Map<String, Object>> members = new ArrayList<>();

    private FamilyScenario(String district) {
        this.district = district;
    }

    /** A family in the district, referred by a school for absence (SSP category 3) two days ago, no members yet. */
    public static FamilyScenario in(String district) {
        return new FamilyScenario(district);
    }

    /** A parent (41) and a child (13) in the district, referred as {@link #in} says. */
    public static FamilyScenario parentAndChildIn(String district) {
        return in(district)
                .member("Lone Hansen", dk.tvaers.referral.Families.uniqueCpr(41), "PARENT")
                .member("Emil Hansen", dk.tvaers.referral.Families.uniqueCpr(13), "CHILD");
    }

    public FamilyScenario referredBy(String source, String concern, int sspCategory) {
        this.source = source;
        this.concern = concern;
        this.sspCategory = sspCategory;
        return this;
    }

    public FamilyScenario awareOn(LocalDate day) {
        this.awarenessDate = day;
        return this;
    }

    public FamilyScenario awareDaysAgo(int days) {
        return awareOn(LocalDate.now().minusDays(days));
    }

    public FamilyScenario member(String name, String cpr, String role) {
        members.add(Map.of("name", name, "cpr", cpr, "role", role));
        return this;
    }

    public FamilyScenario member(String name, String cpr, String role, String contacts) {
        members.add(Map.of("name", name, "cpr", cpr, "role", role, "contacts", contacts));
        return this;
    }

    /** The body of POST /api/cases. */
    public Map<String, Object> body() {
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("source", source);
        referral.put("concern", concern);
        referral.put("sspCategory", sspCategory);
        referral.put("awarenessDate", awarenessDate.toString());
        return Map.of("district", district, "referral", referral, "members", List.copyOf(members));
    }

    /** Stage "referred": mette refers the family; returns the case number. */
    @SuppressWarnings("unchecked")
    public String refer(Function<String, TestRestTemplate> as) {
        ResponseEntity<Map> created = as.apply("mette").postForEntity("/api/cases", body(), Map.class);
        assertThat(created.getStatusCode().value())
                .as("referral: %s", created.getBody())
                .isEqualTo(201);
        return (String) created.getBody().get("caseNumber");
    }

    /** A case whose members are registered, and the task of its first open child investigation. */
    public record Registered(String caseNumber, String investigationTaskId) {}

    /** Stage "registered": referred, and mette has registered the members; the child investigations are open. */
    public Registered registered(Function<String, TestRestTemplate> as, ProcessEngine engine) {
        return registerMembers(as, engine, refer(as));
    }

    /** Takes a referred case to stage "registered": mette registers the members; the child investigations open. */
    public static Registered registerMembers(
            Function<String, TestRestTemplate> as, ProcessEngine engine, String caseNumber) {
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
                .list()
                .get(0)
                .getId();
        return new Registered(caseNumber, task);
    }
}
