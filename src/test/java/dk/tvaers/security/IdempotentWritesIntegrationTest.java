package dk.tvaers.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.referral.Families;
import dk.tvaers.referral.ReferralProperties;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, point 2: a write sent again with the same Idempotency-Key gives the first answer and writes nothing
 * more; the same key with another request is refused 422; concurrent duplicates write once; a key is the user's own,
 * so it opens nothing to anyone else; a referral of a person already in an open case is 409 naming the case unless
 * it is meant.
 */
class IdempotentWritesIntegrationTest extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    ReferralProperties referrals;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void aReferralSentTwiceWithTheSameKeyOpensOneCaseAndAnswersTheSameTwice() throws Exception {
        String childCpr = Families.uniqueCpr(9);
        Map<String, Object> family = family("Valby", childCpr, "Fravær");
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> first = post("mette", "/api/cases", family, key);
        ResponseEntity<String> again = post("mette", "/api/cases", family, key);

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getLocation())
                .isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(casesOf(childCpr)).isOne();

        // the same key, another body: 422 in Danish, nothing written
        ResponseEntity<String> other = post("mette", "/api/cases", family("Valby", childCpr, "Andet"), key);
        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(other.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(JSON.readTree(other.getBody()).path("detail").asText()).contains("allerede brugt");
        assertThat(casesOf(childCpr)).isOne();

        // without a key, a second referral is a second case (the duplicate refusal is off in this context)
        assertThat(post("mette", "/api/cases", family, null).getStatusCode().value())
                .isEqualTo(201);
        assertThat(casesOf(childCpr)).isEqualTo(2);
    }

    @Test
    void concurrentDuplicatesOfANoteWriteOnce() throws Exception {
        String caseNumber = FamilyScenario.in("Valby")
                .member("Mor Samtidig", Families.uniqueCpr(38), "PARENT")
                .member("Barn Samtidig", Families.uniqueCpr(10), "CHILD")
                .refer(this::as);
        String text = "Telefonsamtale " + UUID.randomUUID();
        Map<String, Object> note = note(text);
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return post("mette", "/api/cases/" + caseNumber + "/journal", note, key);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<ResponseEntity<String>> answer : answers) {
            ResponseEntity<String> a = answer.get();
            statuses.add(a.getStatusCode().value());
            if (a.getStatusCode().value() == 409) {
                assertThat(a.getBody()).contains("behandles allerede");
            }
        }
        assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(notes(caseNumber, text)).isOne();
        // once answered, the key gives the answer to everyone who asks again
        assertThat(post("mette", "/api/cases/" + caseNumber + "/journal", note, key)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        assertThat(notes(caseNumber, text)).isOne();
    }

    @Test
    void aScreeningAndAnAdultCourseSentTwiceAreStoredOnce() throws Exception {
        String caseNumber = FamilyScenario.in("Valby")
                .member("Mor Screening", Families.uniqueCpr(40), "PARENT")
                .member("Barn Screening", Families.uniqueCpr(12), "CHILD")
                .refer(this::as);
        long member = JSON.readTree(as("mette").getForObject("/api/cases/" + caseNumber, String.class))
                .path("members")
                .get(0)
                .path("id")
                .asLong();
        Map<String, Object> screening = Map.of(
                "memberId",
                member,
                "screenedOn",
                LocalDate.now().toString(),
                "scores",
                List.of(Map.of("domain", "SCHOOL_EDUCATION", "score", 3)));
        String key = UUID.randomUUID().toString();
        int before = screenings(member);
        ResponseEntity<String> first = post("mette", "/api/cases/" + caseNumber + "/screenings", screening, key);
        assertThat(first.getStatusCode().is2xxSuccessful()).as(first.getBody()).isTrue();
        ResponseEntity<String> again = post("mette", "/api/cases/" + caseNumber + "/screenings", screening, key);
        assertThat(again.getStatusCode()).isEqualTo(first.getStatusCode());
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(screenings(member)).isEqualTo(before + 1);

        String youngAdult = Families.uniqueCpr(22);
        Map<String, Object> course =
                Map.of("name", "Mads Igen", "cpr", youngAdult, "referralSource", "SELF", "district", "Valby");
        String courseKey = UUID.randomUUID().toString();
        ResponseEntity<String> opened = post("mette", "/api/adult-courses", course, courseKey);
        assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
        ResponseEntity<String> reopened = post("mette", "/api/adult-courses", course, courseKey);
        assertThat(reopened.getStatusCode().value()).isEqualTo(201);
        assertThat(JSON.readTree(reopened.getBody()).path("courseNumber").asText())
                .isEqualTo(JSON.readTree(opened.getBody()).path("courseNumber").asText());
    }

    @Test
    void aKeyIsTheUsersOwnAndOpensNothingToOthers() {
        String caseNumber = FamilyScenario.in("Valby")
                .member("Mor Nøgle", Families.uniqueCpr(36), "PARENT")
                .member("Barn Nøgle", Families.uniqueCpr(8), "CHILD")
                .refer(this::as);
        String text = "Notat " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String path = "/api/cases/" + caseNumber + "/journal";
        assertThat(post("mette", path, note(text), key).getStatusCode().value()).isEqualTo(201);
        // another administration (BUF), a process designer and a request without a password send the same key
        assertThat(post("jonas", path, note(text), key).getStatusCode().value()).isEqualTo(403);
        assertThat(post(designer(), path, note(text), key).getStatusCode().value())
                .isEqualTo(403);
        assertThat(send(http, path, note(text), key).getStatusCode().value()).isEqualTo(401);
        assertThat(notes(caseNumber, text)).isOne();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?", Integer.class, key))
                .as("only mette's answered key is kept")
                .isOne();
        // a key that is not a key
        assertThat(post("mette", path, note(text), "x".repeat(300))
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
    }

    @Test
    void expiredKeysAreDeleted() {
        String key = "expiry-" + UUID.randomUUID();
        assertThat(keys.claim("mette", key, "h", "POST", "/api/cases")).isInstanceOf(IdempotencyKeys.Taken.class);
        keys.complete("mette", key, 201, "application/json", null, "{}");
        assertThat(keys.claim("mette", key, "h", "POST", "/api/cases")).isInstanceOf(IdempotencyKeys.Answered.class);
        try {
            clock.set(clock.instant().plus(Duration.ofHours(25)));
            assertThat(keys.deleteExpired()).isPositive();
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?", Integer.class, key))
                    .isZero();
        } finally {
            clock.reset();
        }
    }

    @Test
    void referringAPersonAlreadyInAnOpenCaseIs409NamingItUnlessMeant() throws Exception {
        String childCpr = Families.uniqueCpr(11);
        referrals.setRefuseDuplicates(true);
        try {
            ResponseEntity<String> first = post("mette", "/api/cases", family("Valby", childCpr, "Fravær"), null);
            assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
            String open = JSON.readTree(first.getBody()).path("caseNumber").asText();

            ResponseEntity<String> again = post("mette", "/api/cases", family("Valby", childCpr, "Ny bekymring"), null);
            assertThat(again.getStatusCode().value()).isEqualTo(409);
            JsonNode problem = JSON.readTree(again.getBody());
            assertThat(problem.path("caseNumber").asText()).isEqualTo(open);
            assertThat(problem.path("field").asText()).isEqualTo("members[1].cpr");
            assertThat(problem.path("detail").asText()).contains("allerede med i den åbne sag " + open);
            assertThat(again.getBody()).doesNotContain(childCpr);
            assertThat(casesOf(childCpr)).isOne();

            Map<String, Object> meant = new java.util.HashMap<>(family("Valby", childCpr, "Ny bekymring"));
            meant.put("confirmDuplicate", true);
            assertThat(post("mette", "/api/cases", meant, null).getStatusCode().value())
                    .isEqualTo(201);
            assertThat(casesOf(childCpr)).isEqualTo(2);
        } finally {
            referrals.setRefuseDuplicates(false);
        }
    }

    /** A process designer and nothing else. */
    private String designer() {
        return dk.tvaers.support.TestUsers.processDesigner(engine, "idempotency-designer");
    }

    private int casesOf(String cpr) {
        return jdbc.queryForObject("SELECT count(*) FROM case_member WHERE cpr = ?", Integer.class, cpr);
    }

    private int notes(String caseNumber, String text) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM journal_entry j JOIN family_case c ON c.id = j.case_id"
                        + " WHERE c.case_number = ? AND j.text = ?",
                Integer.class,
                caseNumber,
                text);
    }

    private int screenings(long member) {
        return jdbc.queryForObject("SELECT count(*) FROM screening_score WHERE member_id = ?", Integer.class, member);
    }

    private static Map<String, Object> family(String district, String childCpr, String concern) {
        return FamilyScenario.in(district)
                .referredBy("SCHOOL", concern, 3)
                .member("Mor Dobbelt", Families.uniqueCpr(41), "PARENT")
                .member("Barn Dobbelt", childCpr, "CHILD")
                .body();
    }

    private static Map<String, Object> note(String text) {
        return Map.of(
                "kind",
                "NOTE",
                "authorRole",
                "Koordinator",
                "entryDate",
                LocalDate.now().toString(),
                "text",
                text);
    }

    private ResponseEntity<String> post(String user, String path, Object body, String key) {
        return send(as(user), path, body, key);
    }

    private static ResponseEntity<String> send(TestRestTemplate client, String path, Object body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set(ApiWriteFilter.HEADER, key);
        }
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
