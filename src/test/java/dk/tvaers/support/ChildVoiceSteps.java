package dk.tvaers.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.SupportDecisionIds;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The law's steps around the method, for integration tests that take a case through them: the conversation with each
 * child (required to finish the investigation and to decide), and the decision on support with hearing after
 * visitation. Written through the API as the coordinator mette, the tasks completed as sofie (SOF) and lars (team
 * chief), as in Tasklist.
 */
public final class ChildVoiceSteps {

    private ChildVoiceSteps() {}

    /**
     * mette records a held conversation with every child of the case, and screens the family (the visitation waits for
     * the screening at intake, {@link IntakeSteps}) unless someone of the family is screened already.
     */
    @SuppressWarnings("unchecked")
    public static void hearChildren(Function<String, TestRestTemplate> as, String caseNumber) {
        List<?> screened = (List<?>) as.apply("mette")
                .getForObject("/api/cases/" + caseNumber, Map.class)
                .get("latestScreenings");
        if (screened == null || screened.isEmpty()) {
            IntakeSteps.screenFamily(as, caseNumber);
        }
        Map<String, Object> record = as.apply("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        for (Map<String, Object> member : (List<Map<String, Object>>) record.get("members")) {
            if ("CHILD".equals(member.get("role"))) {
                hear(as, caseNumber, ((Number) member.get("id")).longValue());
            }
        }
    }

    /** mette records a held conversation with the child. */
    public static void hear(Function<String, TestRestTemplate> as, String caseNumber, long memberId) {
        ResponseEntity<String> recorded = as.apply("mette")
                .postForEntity(
                        "/api/cases/" + caseNumber + "/child-conversations",
                        Map.of(
                                "memberId",
                                memberId,
                                "occasion",
                                "INVESTIGATION",
                                "held",
                                true,
                                "heldOn",
                                LocalDate.now().toString(),
                                "present",
                                "Barnet og sagsbehandleren",
                                "childViews",
                                "Barnet vil gerne have hjælp i skolen"),
                        String.class);
        assertThat(recorded.getStatusCode().value())
                .as("conversation: %s", recorded.getBody())
                .isEqualTo(201);
    }

    /**
     * Takes the case's open decision on support to its end: mette writes the draft, sofie confirms it, every party's
     * answer is registered, sofie closes the hearing and lars makes the decision final (the letter is stored).
     */
    public static void decideSupport(Function<String, TestRestTemplate> as, ProcessEngine engine, String caseNumber) {
        decideSupportWithoutAnswersFrom(as, engine, caseNumber, List.of());
    }

    /** As {@link #decideSupport}, answering for every party but the given members. */
    @SuppressWarnings("unchecked")
    public static void decideSupportWithoutAnswersFrom(
            Function<String, TestRestTemplate> as, ProcessEngine engine, String caseNumber, List<Long> silent) {
        TaskDriver driver = new TaskDriver(as, engine);
        long decisionId = openDecision(as, caseNumber);
        ResponseEntity<String> drafted = as.apply("mette")
                .exchange(
                        "/api/cases/" + caseNumber + "/decisions/" + decisionId + "/draft",
                        HttpMethod.PUT,
                        new HttpEntity<>(Map.of(
                                "decisionText", "Familien får familiebehandling og mentor i et år.",
                                "reasons", "Den børnefaglige undersøgelse viser behov for støtte.",
                                "legalBasis", "Barnets Lov §32",
                                "appealGuidance", "Du kan klage til Ankestyrelsen inden 4 uger.")),
                        String.class);
        assertThat(drafted.getStatusCode().value())
                .as("draft: %s", drafted.getBody())
                .isEqualTo(200);
        driver.complete(
                "sofie",
                caseNumber,
                SupportDecisionIds.Elements.USER_DRAFT_DECISION,
                Map.of(SupportDecisionIds.Variables.DECISION_DRAFTED, true));
        for (Map<String, Object> hearing :
                (List<Map<String, Object>>) decision(as, caseNumber).get("hearings")) {
            if (silent.contains(((Number) hearing.get("memberId")).longValue())) {
                continue;
            }
            ResponseEntity<String> answered = as.apply("mette")
                    .postForEntity(
                            "/api/cases/" + caseNumber + "/decisions/" + decisionId + "/hearing/"
                                    + hearing.get("memberId"),
                            Map.of(
                                    "answer",
                                    "Enig i afgørelsen",
                                    "answeredOn",
                                    LocalDate.now().toString()),
                            String.class);
            assertThat(answered.getStatusCode().value())
                    .as("answer: %s", answered.getBody())
                    .isEqualTo(200);
        }
        driver.complete(
                "sofie",
                caseNumber,
                SupportDecisionIds.Elements.USER_REGISTER_HEARING,
                Map.of(SupportDecisionIds.Variables.HEARING_ANSWERS_REGISTERED, true));
        driver.complete(
                "lars",
                caseNumber,
                SupportDecisionIds.Elements.USER_FINAL_DECISION,
                Map.of(SupportDecisionIds.Variables.DECISION_FINAL, true));
    }

    /** The id of the case's latest decision. */
    public static long openDecision(Function<String, TestRestTemplate> as, String caseNumber) {
        return ((Number) decision(as, caseNumber).get("id")).longValue();
    }

    /** The case's latest decision as the API shows it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> decision(Function<String, TestRestTemplate> as, String caseNumber) {
        Map<String, Object> record = as.apply("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        List<Map<String, Object>> decisions = (List<Map<String, Object>>) record.get("decisions");
        assertThat(decisions).as("decisions of %s", caseNumber).isNotEmpty();
        return decisions.get(decisions.size() - 1);
    }
}
