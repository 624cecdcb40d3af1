package dk.tvaers.referral;

import static dk.tvaers.referral.Families.cpr;
import static dk.tvaers.referral.Families.familyWithYoungAdult;
import static dk.tvaers.referral.Families.uniqueCpr;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.process.AdultPathwayIds.Variables;
import dk.tvaers.process.AdultPathwayProcess;
import dk.tvaers.support.PostgresIntegrationTest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A young adult referred to the adult course through the API on PostgreSQL: the course is opened and the
 * adult-pathway process started with the course number as business key, with or without a family case.
 */
class AdultIntakeIntegrationTest extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProcessEngine engine;

    @Autowired
    DataSource dataSource;

    @Test
    void aSelfReferredYoungAdultStartsACourseInKlar() throws IOException {
        String cpr = uniqueCpr(24);

        ResponseEntity<String> created = as("mette")
                .postForEntity(
                        "/api/adult-courses", referral("Mads Nielsen", cpr, "SELF", null, null, "Valby"), String.class);

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode course = JSON.readTree(created.getBody());
        String courseNumber = course.get("courseNumber").asText();
        assertThat(courseNumber).matches("KPS-\\d{4}-\\d{5}");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/adult-courses/" + courseNumber);
        assertThat(created.getBody()).doesNotContain(cpr, cpr.replace("-", ""));
        assertThat(course.get("cpr").asText()).isEqualTo(cpr.substring(0, 6) + "-xxxx");
        assertThat(course.get("phase").asText()).isEqualTo("KLAR");
        assertThat(course.get("status").asText()).isEqualTo("OPEN");
        assertThat(course.get("referralSource").asText()).isEqualTo("SELF");
        assertThat(course.get("age").asInt()).isEqualTo(24);

        // the process runs with the course number as business key and holds only ids
        ProcessInstance process = process(courseNumber);
        assertThat(process.getProcessDefinitionId()).startsWith(AdultPathwayProcess.KEY + ":");
        // and the plan's two choices, false until the life-conduct interview sets them
        assertThat(variables(process))
                .containsOnly(
                        Map.entry(Variables.COURSE_NUMBER, courseNumber),
                        Map.entry("artNeeded", false),
                        Map.entry("needPrisonProbation", false));
        assertThat(as("ahmed").getForObject("/api/adult-courses/" + courseNumber, String.class))
                .doesNotContain(cpr);
    }

    @Test
    void aYoungAdultFromAFamilyCaseStartsACourseLinkedToTheCase() throws IOException {
        String youngAdult = uniqueCpr(19);
        JsonNode family = familyCase(youngAdult);
        String caseNumber = family.get("caseNumber").asText();
        long memberId = family.at("/members/1/id").asLong();

        ResponseEntity<String> created = as("mette")
                .postForEntity(
                        "/api/adult-courses",
                        referral("Yusuf Hassan", youngAdult, "FAMILY_CASE", caseNumber, memberId, null),
                        String.class);

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode course = JSON.readTree(created.getBody());
        String courseNumber = course.get("courseNumber").asText();
        assertThat(course.get("familyCaseNumber").asText()).isEqualTo(caseNumber);
        assertThat(course.get("memberId").asLong()).isEqualTo(memberId);
        assertThat(variables(process(courseNumber)))
                .containsOnly(
                        Map.entry(Variables.COURSE_NUMBER, courseNumber),
                        Map.entry(Variables.CASE_NUMBER, caseNumber),
                        Map.entry("artNeeded", false),
                        Map.entry("needPrisonProbation", false));
    }

    @Test
    void aRefusedReferralStoresNothingAndStartsNoProcess() throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int courses = jdbc.queryForObject("select count(*) from adult_course", Integer.class);
        long processes = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(AdultPathwayProcess.KEY)
                .count();
        String tooYoung = uniqueCpr(17);

        ResponseEntity<String> refused = as("mette")
                .postForEntity(
                        "/api/adult-courses",
                        referral("For ung", tooYoung, "POLICE_SSP", null, null, null),
                        String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(refused.getBody()).get("field").asText()).isEqualTo("cpr");
        assertThat(refused.getBody()).doesNotContain(tooYoung, tooYoung.replace("-", ""));
        assertThat(jdbc.queryForObject("select count(*) from adult_course", Integer.class))
                .isEqualTo(courses);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(AdultPathwayProcess.KEY)
                        .count())
                .isEqualTo(processes);
    }

    @Test
    void theApiDocumentsTheAdultPathInDanish() throws IOException {
        JsonNode docs = JSON.readTree(as("mette").getForObject("/v3/api-docs", String.class));

        assertThat(docs.at("/paths/~1api~1adult-courses/post/summary").asText())
                .isEqualTo("Henvis en ung voksen til Klar / Parat / Start");
        assertThat(docs.at("/paths/~1api~1adult-courses~1{courseNumber}/get/summary")
                        .asText())
                .isEqualTo("Læs et voksenforløb");
        assertThat(docs.at("/paths/~1api~1outcomes~1adult-path/get/summary").asText())
                .isEqualTo("Voksenforløbets resultater i en periode");
    }

    private ProcessInstance process(String courseNumber) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(AdultPathwayProcess.KEY)
                .processInstanceBusinessKey(courseNumber)
                .singleResult();
    }

    private Map<String, Object> variables(ProcessInstance process) {
        return engine.getRuntimeService().getVariables(process.getId()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, Object> referral(
            String name, String cpr, String source, String familyCaseNumber, Long memberId, String district) {
        Map<String, Object> referral = new HashMap<>();
        referral.put("name", name);
        referral.put("cpr", cpr);
        referral.put("referralSource", source);
        referral.put("familyCaseNumber", familyCaseNumber);
        referral.put("memberId", memberId);
        referral.put("district", district);
        return referral;
    }

    /** A family case with a parent (member 0) and the young adult (member 1). */
    private JsonNode familyCase(String youngAdult) throws IOException {
        ResponseEntity<String> created =
                as("mette").postForEntity("/api/cases", familyWithYoungAdult("Amager Øst", youngAdult), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return JSON.readTree(created.getBody());
    }
}
