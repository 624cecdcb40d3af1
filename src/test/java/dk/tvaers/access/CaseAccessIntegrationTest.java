package dk.tvaers.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.tvaers.referral.Families;
import dk.tvaers.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Need-to-know on the case API and the access log behind it, on PostgreSQL. */
class CaseAccessIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyUsersWhoseGroupsWorkOnTheCaseOpenItAndEveryAttemptIsLogged() {
        String caseNumber = referFamily();
        String path = "/api/cases/" + caseNumber;

        // mette's group (coordinator) holds the registration task; the team lead sees every case
        assertThat(as("mette").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("henrik").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // BUF has had nothing to do with the family yet; the steering group sees figures only; the DPO reads logs
        for (String outsider : List.of("jonas", "birgitte", "dorthe", "peter")) {
            ResponseEntity<Map> denied = as(outsider).getForEntity(path, Map.class);
            assertThat(denied.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(denied.getBody()).containsEntry("title", "Ingen adgang").doesNotContainKey("members");
        }
        // writes are checked the same way
        ResponseEntity<String> journal = as("karen")
                .postForEntity(
                        path + "/journal",
                        Map.of(
                                "kind",
                                "NOTE",
                                "authorRole",
                                "kff",
                                "entryDate",
                                java.time.LocalDate.now().toString(),
                                "text",
                                "Ikke min sag"),
                        String.class);
        assertThat(journal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM journal_entry j JOIN family_case c ON c.id = j.case_id"
                                + " WHERE c.case_number = ?",
                        Integer.class,
                        caseNumber))
                .isZero();

        // the log answers "who looked at this family", for the data protection officer only
        ResponseEntity<List> log = as("dorthe").getForEntity(path + "/access-log", List.class);
        assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> entries = log.getBody();
        assertThat(entries)
                .extracting(e -> e.get("userId") + " " + e.get("view") + " " + e.get("action") + " " + e.get("outcome"))
                .containsSubsequence(
                        "mette case-record READ GRANTED",
                        "henrik case-record READ GRANTED",
                        "jonas case-record READ DENIED",
                        "birgitte case-record READ DENIED",
                        "dorthe case-record READ DENIED",
                        "peter case-record READ DENIED",
                        "karen journal CHANGE DENIED");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("recordKey")).isEqualTo(caseNumber);
            assertThat(e.get("channel")).isEqualTo("API");
            assertThat((String) e.get("clientAddress")).isNotBlank();
            assertThat(e.get("loggedAt")).isNotNull();
        });
        // reading the log is itself logged
        assertThat(whoAndView(caseNumber)).contains("dorthe access-log");

        for (String notDpo : List.of("mette", "henrik", "admin")) {
            assertThat(as(notDpo)
                            .getForEntity(path + "/access-log", String.class)
                            .getStatusCode())
                    .as(notDpo)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void theBoardLogsEveryCaseItShows() {
        String caseNumber = referFamily();
        Map<?, ?> page = as("henrik").getForObject("/api/board?sort=caseNumber&direction=desc&size=5", Map.class);
        assertThat(((List<?>) page.get("rows"))
                        .stream()
                                .map(row -> (String) ((Map<?, ?>) row).get("caseNumber"))
                                .toList())
                .contains(caseNumber);

        assertThat(whoAndView(caseNumber)).contains("henrik board");
    }

    @Test
    void anUnknownCaseIsNotFoundForAnyoneAndNotLogged() {
        assertThat(as("jonas")
                        .getForEntity("/api/cases/TV-1999-99998", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM access_log WHERE record_key = 'TV-1999-99998'", Integer.class))
                .isZero();
    }

    @Test
    void theLogIsAppendOnlyInTheDatabase() {
        referFamily();
        assertThatThrownBy(() -> jdbc.update("UPDATE access_log SET user_id = 'someone-else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("TRUNCATE access_log")).hasMessageContaining("append-only");
        // refused whatever the statement touches, none included
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log WHERE user_id = 'nobody-at-all'"))
                .hasMessageContaining("append-only");
    }

    @SuppressWarnings("unchecked")
    private List<String> whoAndView(String caseNumber) {
        List<Map<String, Object>> entries =
                as("dorthe").getForObject("/api/cases/" + caseNumber + "/access-log", List.class);
        return entries.stream().map(e -> e.get("userId") + " " + e.get("view")).toList();
    }

    private String referFamily() {
        Map<String, Object> referral = Families.familyWithYoungAdult("Valby", Families.uniqueCpr(19));
        ResponseEntity<Map> created = as("mette").postForEntity("/api/cases", referral, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("caseNumber");
    }
}
