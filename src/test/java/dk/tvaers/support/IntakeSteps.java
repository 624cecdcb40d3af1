package dk.tvaers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The screening at intake (issue 15), for integration tests that take a case to visitation: the coordinator mette
 * screens the family's first member through the API, so the visitation does not wait for the screening task.
 */
public final class IntakeSteps {

    private IntakeSteps() {}

    /**
     * mette screens the first member: a large need in crime and criminal network (2) and in school (2), housing 4 (one
     * scale, 1 = very large need … 5 = no need).
     */
    @SuppressWarnings("unchecked")
    public static void screenFamily(Function<String, TestRestTemplate> as, String caseNumber) {
        Map<String, Object> record = as.apply("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        List<Map<String, Object>> members = (List<Map<String, Object>>) record.get("members");
        ResponseEntity<String> screened = as.apply("mette")
                .postForEntity(
                        "/api/cases/" + caseNumber + "/screenings",
                        Map.of(
                                "memberId",
                                ((Number) members.get(0).get("id")).longValue(),
                                "screenedOn",
                                LocalDate.now().minusDays(1).toString(),
                                "scores",
                                List.of(
                                        Map.of("domain", "CRIME_RISK", "score", 2),
                                        Map.of("domain", "SCHOOL_EDUCATION", "score", 2),
                                        Map.of("domain", "HOUSING", "score", 4))),
                        String.class);
        assertThat(screened.getStatusCode().value())
                .as("screening: %s", screened.getBody())
                .isEqualTo(201);
    }
}
