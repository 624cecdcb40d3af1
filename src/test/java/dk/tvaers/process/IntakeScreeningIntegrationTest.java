package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.family.CaseLifecycle;
import dk.tvaers.family.CasePhase;
import dk.tvaers.family.VisitationRecords;
import dk.tvaers.process.FamilyInterventionIds.Elements;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import dk.tvaers.referral.Families;
import dk.tvaers.support.ChildVoiceSteps;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Screening at intake and visitation by need on real PostgreSQL (issue 15): the visitation waits for the screening and
 * refuses without it; the recommendation of bpmn/visitation.dmn is computed from the screening and the referral and
 * kept with the team chief's decision; WHO-5 is recorded per child and refused to other administrations, a process
 * designer and no password, with nothing changed; the queue orders the waiting families by need.
 */
class IntakeScreeningIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    VisitationRecords visitation;

    @Autowired
    CaseLifecycle lifecycle;

    @Test
    @SuppressWarnings("unchecked")
    void visitationWaitsForTheScreeningAndTheTeamChiefDecidesOnTheRecommendation() {
        String caseNumber = family().registered(this::as, engine).caseNumber();
        Map<String, Object> record = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        List<Map<String, Object>> members = (List<Map<String, Object>>) record.get("members");
        long parent = ((Number) members.get(0).get("id")).longValue();
        long child = ((Number) members.get(1).get("id")).longValue();
        ChildVoiceSteps.hear(this::as, caseNumber, child);
        driver().complete(
                        "sofie",
                        caseNumber,
                        ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                        Map.of(
                                ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                                "SUPPORT_NEEDED",
                                ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                                true));

        // no screening: the coordinator gets the screening task, and it is refused until a member is screened
        assertThat(driver().tasks("mette", caseNumber, Elements.USER_SCREEN_FAMILY))
                .hasSize(1);
        assertThat(driver().tasks("lars", caseNumber, Elements.USER_DECIDE_VISITATION))
                .isEmpty();
        ResponseEntity<Map> refused = driver().tryComplete(
                        "mette", caseNumber, Elements.USER_SCREEN_FAMILY, Map.of(Variables.INTAKE_SCREENED, true));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(refused.getBody())).contains("Familien er ikke screenet");
        assertThat(driver().tasks("mette", caseNumber, Elements.USER_SCREEN_FAMILY))
                .hasSize(1);

        // the parent: no attachment to work (1), measures 2, the network's crime 2; the child: criminal network 2,
        // WHO-5
        screen(caseNumber, parent, null, Map.of("EMPLOYMENT", 1, "MEASURES", 2, "NETWORK_CRIME", 2, "HOUSING", 2));
        ResponseEntity<Map> child5 = screen(caseNumber, child, List.of(3, 2, 4, 1, 2), Map.of("CRIME_RISK", 2));
        assertThat(((Map<String, Object>) child5.getBody()).get("who5")).isEqualTo(48);
        driver().complete("mette", caseNumber, Elements.USER_SCREEN_FAMILY, Map.of(Variables.INTAKE_SCREENED, true));

        // 5 problems (+1), measures 2 (+1), labour 1 (+2), network 2 (+1), network's crime 2 (+1) = 6; SSP 4
        VisitationRecords.Assessment assessment = visitation.latest(caseNumber).orElseThrow();
        assertThat(assessment.burdenGrade()).isEqualTo(6);
        assertThat(assessment.recommendation()).isEqualTo(VisitationRecords.Recommendation.TARGET_GROUP);
        assertThat(assessment.reasons().get(0)).startsWith("SSP-kategori 3–4");
        assertThat(assessment.basis().problemCount()).isEqualTo(5);
        assertThat(driver().tasks("lars", caseNumber, Elements.USER_DECIDE_VISITATION))
                .hasSize(1);

        // the team chief deviates, with her reason: the decision is kept beside the recommendation
        driver().complete(
                        "lars",
                        caseNumber,
                        Elements.USER_DECIDE_VISITATION,
                        Map.of(
                                Variables.VISITATION_DECISION, "NOT_VISITED",
                                Variables.VISITATION_REASON, "Familien modtager allerede en tilsvarende indsats"));
        VisitationRecords.Assessment decided = visitation.latest(caseNumber).orElseThrow();
        assertThat(decided.decision()).isEqualTo("NOT_VISITED");
        assertThat(decided.decidedBy()).isEqualTo("lars");
        assertThat(decided.deviates()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void who5IsForChildrenAndTheScreeningIsRefusedToOthersWithNothingChanged() {
        String caseNumber = family().registered(this::as, engine).caseNumber();
        Map<String, Object> record = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        List<Map<String, Object>> members = (List<Map<String, Object>>) record.get("members");
        long parent = ((Number) members.get(0).get("id")).longValue();
        long child = ((Number) members.get(1).get("id")).longValue();
        Object before = as("mette").getForObject("/api/cases/" + caseNumber + "/screenings", Map.class);

        ResponseEntity<Map> adult = screen(caseNumber, parent, List.of(1, 1, 1, 1, 1), Map.of("HOUSING", 3));
        assertThat(adult.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(adult.getBody()).containsEntry("field", "who5");
        ResponseEntity<Map> six = screen(caseNumber, child, List.of(1, 6, 1, 1, 1), Map.of("HOUSING", 3));
        assertThat(six.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        Map<String, Object> body = body(child, List.of(5, 5, 5, 5, 5), Map.of("MENTAL_HEALTH", 4));
        for (TestRestTemplate who : List.of(
                as("jonas"),
                as(dk.tvaers.support.TestUsers.processDesigner(engine, "intake-designer")),
                http,
                http.withBasicAuth("karen", "forkert"))) {
            ResponseEntity<String> refused =
                    who.postForEntity("/api/cases/" + caseNumber + "/screenings", body, String.class);
            assertThat(refused.getStatusCode().value())
                    .as("%s", refused.getBody())
                    .isIn(401, 403, 404);
        }
        assertThat(as("mette").getForObject("/api/cases/" + caseNumber + "/screenings", Map.class))
                .isEqualTo(before);
        assertThat(visitation.hasIntakeScreening(caseNumber)).isFalse();
    }

    @Test
    void theQueueGivesTheHighestNeedFirstAndTiesToTheLongestWaiting() {
        String district = "Vanløse";
        java.time.Instant start = clock.instant();
        String low = queued(district, 3);
        clock.set(start.plusSeconds(3600));
        String high = queued(district, 9);
        clock.set(start.plusSeconds(7200));
        String highLater = queued(district, 9);
        clock.reset();

        assertThat(visitation.waiting(district))
                .extracting(VisitationRecords.WaitingFamily::caseNumber)
                .filteredOn(List.of(low, high, highLater)::contains)
                .containsExactly(high, highLater, low);
    }

    /** A referred case in the district, queued with a recommendation of this burden grade. */
    private String queued(String district, int grade) {
        String caseNumber = FamilyScenario.in(district)
                .member("Lone Hansen", Families.uniqueCpr(41), "PARENT")
                .member("Emil Hansen", Families.uniqueCpr(13), "CHILD")
                .refer(this::as);
        visitation.recordRecommendation(
                caseNumber,
                new VisitationRecords.Basis(2, 0, null, null, null, null, null),
                grade,
                VisitationRecords.Recommendation.CONSIDER,
                List.of("test"));
        lifecycle.enter(caseNumber, CasePhase.QUEUED);
        return caseNumber;
    }

    private ResponseEntity<Map> screen(
            String caseNumber, long member, List<Integer> who5, Map<String, Integer> scores) {
        return as("mette")
                .postForEntity("/api/cases/" + caseNumber + "/screenings", body(member, who5, scores), Map.class);
    }

    private static Map<String, Object> body(long member, List<Integer> who5, Map<String, Integer> scores) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("memberId", member);
        body.put("screenedOn", LocalDate.now().minusDays(1).toString());
        body.put(
                "scores",
                scores.entrySet().stream()
                        .map(e -> Map.of("domain", e.getKey(), "score", e.getValue()))
                        .toList());
        if (who5 != null) {
            body.put("who5", who5);
        }
        return body;
    }

    private TaskDriver driver() {
        return new TaskDriver(this::as, engine);
    }

    private static FamilyScenario family() {
        return FamilyScenario.in("Valby")
                .referredBy("SSP", "Gentagen kriminalitet", 4)
                .member("Lone Hansen", Families.uniqueCpr(41), "PARENT")
                .member("Emil Hansen", Families.uniqueCpr(13), "CHILD");
    }
}
