package dk.tvaers.referral;

import static dk.tvaers.referral.Families.aged;
import static dk.tvaers.referral.Families.cpr;
import static dk.tvaers.referral.Families.uniqueCpr;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.tvaers.support.PostgresIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the bad-input corpus (src/test/resources/bad-input/corpus.json) against the case API: every request is
 * refused with the expected status and a problem naming the field, no CPR number comes back, nothing is stored and no
 * process is started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode CORPUS = read("/bad-input/corpus.json");
    private static final List<String> TABLES = List.of(
            "family_case",
            "case_member",
            "referral",
            "action_plan",
            "plan_goal",
            "plan_consent",
            "screening_score",
            "journal_entry",
            "adult_course",
            "adult_course_phase",
            "act_hi_procinst");
    private static final Pattern CPR = Pattern.compile("(\\d{6})-?(\\d{4})");
    private static final Pattern REPEAT = Pattern.compile("\"\\$repeat:(\\d+)\"");

    @Autowired
    DataSource dataSource;

    @Autowired
    ProcessEngine engine;

    /** JSON literals for the corpus's $names. */
    private final Map<String, String> values = new LinkedHashMap<>();

    private String caseNumber;

    @BeforeAll
    void family() throws IOException {
        LocalDate today = LocalDate.now();
        values.put("$cprParent", quoted(cpr(LocalDate.of(1984, 12, 3), 101)));
        values.put("$cprChild", quoted(cpr(aged(10), 202)));
        values.put("$cprFuture", quoted(cpr(today.plusDays(400), 303)));
        values.put("$today", quoted(today.toString()));
        values.put("$tomorrow", quoted(today.plusDays(1).toString()));

        String parentA = cpr(LocalDate.of(1980, 5, 17), 411);
        values.put("$cprParentA", quoted(parentA));
        JsonNode a = intake(List.of(
                member("Forælder A", parentA, "PARENT"),
                member("Barn på 15", cpr(aged(15), 512), "CHILD"),
                member("Barn på 10", cpr(aged(10), 613), "CHILD")));
        caseNumber = a.get("caseNumber").asText();
        values.put("$case", quoted(caseNumber));
        values.put("$parentA", a.at("/members/0/id").asText());
        values.put("$child15A", a.at("/members/1/id").asText());
        values.put("$child10A", a.at("/members/2/id").asText());
        JsonNode b = intake(List.of(
                member("Forælder B", cpr(LocalDate.of(1979, 1, 2), 714), "PARENT"),
                member("Barn B", cpr(aged(12), 815), "CHILD")));
        values.put("$memberB", b.at("/members/0/id").asText());

        values.put("$cprAdult", quoted(uniqueCpr(22)));
        values.put("$cprAged17", quoted(uniqueCpr(17)));
        values.put("$cprAged31", quoted(uniqueCpr(31)));
        String openCourse = uniqueCpr(25);
        values.put("$cprOpenCourse", quoted(openCourse));
        ResponseEntity<String> course = as("mette")
                .postForEntity(
                        "/api/adult-courses",
                        Map.of("name", "I forløb", "cpr", openCourse, "referralSource", "SELF"),
                        String.class);
        assertThat(course.getStatusCode().value()).as(course.getBody()).isEqualTo(201);
    }

    @Test
    void theCorpusHoldsAtLeastThirtyBadRequests() {
        assertThat(CORPUS.get("cases").size()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void theCorpusHoldsAtLeastTenBadRequestsOfTheAdultPath() {
        assertThat(StreamSupport.stream(CORPUS.get("cases").spliterator(), false)
                        .map(c -> c.get("path").asText())
                        .filter(path -> path.startsWith("/api/adult-courses") || path.startsWith("/api/outcomes/")))
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedAndStoresNothing(String name, JsonNode badRequest) {
        String path = badRequest.get("path").asText().replace("$case", caseNumber);
        String body = fill(body(badRequest));
        Map<String, Integer> before = counts();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        // reports are for team leads; everything else is the coordinator's own case
        ResponseEntity<String> response = as(path.startsWith("/api/outcomes/") ? "henrik" : "mette")
                .exchange(
                        path,
                        HttpMethod.valueOf(badRequest.path("method").asText("POST")),
                        new HttpEntity<>(body, headers),
                        String.class);

        assertThat(response.getStatusCode().value())
                .isEqualTo(badRequest.get("status").asInt());
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = parse(response.getBody());
        assertThat(problem.path("field").asText())
                .isEqualTo(badRequest.get("field").asText());
        assertThat(problem.path("detail").asText()).isNotBlank();
        Matcher cpr = CPR.matcher(body == null ? "" : body);
        while (cpr.find()) {
            assertThat(response.getBody()).doesNotContain(cpr.group(), cpr.group(1) + cpr.group(2));
        }
        assertThat(counts()).isEqualTo(before);
    }

    static Stream<Arguments> corpus() {
        return StreamSupport.stream(CORPUS.get("cases").spliterator(), false)
                .map(c -> Arguments.of(c.get("name").asText(), c));
    }

    /** The request body: a raw text, or a template with fields set and removed; null for none. */
    private static String body(JsonNode badRequest) {
        if (badRequest.has("raw")) {
            return badRequest.get("raw").asText();
        }
        if (!badRequest.has("template")) {
            return null;
        }
        JsonNode body =
                CORPUS.get("templates").get(badRequest.get("template").asText()).deepCopy();
        badRequest.path("set").fields().forEachRemaining(e -> Paths.set(body, e.getKey(), e.getValue()));
        badRequest.path("remove").forEach(p -> Paths.remove(body, p.asText()));
        return body.toString();
    }

    private String fill(String body) {
        if (body == null) {
            return null;
        }
        Matcher repeat = REPEAT.matcher(body);
        String filled = repeat.replaceAll(m -> quoted("a".repeat(Integer.parseInt(m.group(1)))));
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(quoted(value.getKey()), value.getValue());
        }
        // a raw body may hold a $name inside a string it cuts off
        for (Map.Entry<String, String> value : values.entrySet()) {
            String unquoted = value.getValue().startsWith("\"")
                    ? value.getValue().substring(1, value.getValue().length() - 1)
                    : value.getValue();
            filled = filled.replace(value.getKey(), unquoted);
        }
        return filled;
    }

    private Map<String, Integer> counts() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Integer.class)));
        return counts;
    }

    private JsonNode intake(List<Map<String, String>> members) {
        Map<String, Object> request = Map.of(
                "district",
                "Valby",
                "referral",
                Map.of(
                        "source",
                        "POLICE",
                        "concern",
                        "Bekymring",
                        "sspCategory",
                        3,
                        "awarenessDate",
                        LocalDate.now().toString()),
                "members",
                members);
        ResponseEntity<String> created = as("mette").postForEntity("/api/cases", request, String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return parse(created.getBody());
    }

    private static Map<String, String> member(String name, String cpr, String role) {
        return Map.of("name", name, "cpr", cpr, "role", role);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths such as {@code referral.sspCategory} and {@code members[1].cpr} into a JSON tree. */
    static final class Paths {

        private static final Pattern SEGMENT = Pattern.compile("([^\\[]+)(?:\\[(\\d+)])?");

        static void set(JsonNode root, String path, JsonNode value) {
            edit(root, path, value);
        }

        static void remove(JsonNode root, String path) {
            edit(root, path, null);
        }

        private static void edit(JsonNode root, String path, JsonNode value) {
            String[] segments = path.split("\\.");
            JsonNode node = root;
            for (int i = 0; i < segments.length; i++) {
                Matcher m = SEGMENT.matcher(segments[i]);
                if (!m.matches()) {
                    throw new IllegalArgumentException("Bad corpus path " + path);
                }
                String field = m.group(1);
                boolean last = i == segments.length - 1;
                if (m.group(2) == null) {
                    if (last) {
                        if (value == null) {
                            ((ObjectNode) node).remove(field);
                        } else {
                            ((ObjectNode) node).set(field, value);
                        }
                    } else {
                        node = node.get(field);
                    }
                } else {
                    ArrayNode array = (ArrayNode) node.get(field);
                    int index = Integer.parseInt(m.group(2));
                    if (!last) {
                        node = array.get(index);
                    } else if (value == null) {
                        array.remove(index);
                    } else if (index == array.size()) {
                        array.add(value);
                    } else {
                        array.set(index, value);
                    }
                }
            }
        }

        private Paths() {}
    }
}
