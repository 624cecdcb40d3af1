package dk.tvaers.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.tvaers.referral.Families;
import dk.tvaers.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Records export (aktindsigt) on PostgreSQL: everything on one person, other persons redacted, for the DPO only. */
class PersonRecordsIntegrationTest extends PostgresIntegrationTest {

    static final String PARENT_CPR = Families.cpr(LocalDate.of(1975, 3, 12), 234);

    String youngAdultCpr;
    String childCpr;
    String caseNumber;
    long youngAdult;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void familyWithAJournal() {
        youngAdultCpr = Families.uniqueCpr(19);
        ResponseEntity<Map> created = as("mette")
                .postForEntity("/api/cases", Families.familyWithYoungAdult("Bispebjerg", youngAdultCpr), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        caseNumber = (String) created.getBody().get("caseNumber");
        List<Map<String, Object>> members = (List<Map<String, Object>>)
                as("mette").getForObject("/api/cases/" + caseNumber, Map.class).get("members");
        youngAdult = members.stream()
                .filter(m -> m.get("name").equals("Yusuf Hassan"))
                .map(m -> ((Number) m.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        childCpr = Families.cpr(Families.aged(9), 602);
        String text = "Hjemmebesøg: Amina Hassan og Adam fortalte, at Yusuf har fået arbejde. Adams CPR "
                + childCpr.replace("-", "") + " og Yusufs CPR " + youngAdultCpr + " er tjekket.";
        assertThat(as("mette")
                        .postForEntity(
                                "/api/cases/" + caseNumber + "/journal",
                                Map.of(
                                        "kind",
                                        "NOTE",
                                        "authorRole",
                                        "coordinator",
                                        "entryDate",
                                        LocalDate.now().toString(),
                                        "text",
                                        text),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(as("mette")
                        .postForEntity(
                                "/api/cases/" + caseNumber + "/screenings",
                                Map.of(
                                        "memberId",
                                        youngAdult,
                                        "screenedOn",
                                        LocalDate.now().toString(),
                                        "scores",
                                        List.of(Map.of("domain", "EMPLOYMENT", "score", 4))),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theDataProtectionOfficerExportsEverythingOnThePersonWithOthersRedacted() {
        ResponseEntity<String> response =
                as("dorthe").getForEntity("/api/persons/" + youngAdult + "/records", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = response.getBody();
        assertThat(body)
                .contains("\"name\":\"Yusuf Hassan\"", youngAdultCpr, caseNumber, "Bispebjerg", "EMPLOYMENT")
                .contains("[udeladt] og [udeladt] fortalte, at Yusuf har fået arbejde")
                .contains("Yusufs CPR " + youngAdultCpr)
                // the registration task, from the engine's history
                .contains("Registrér familiens medlemmer", "coordinator")
                .doesNotContain("Amina", "Adam", PARENT_CPR, PARENT_CPR.replace("-", ""))
                .doesNotContain(childCpr, childCpr.replace("-", ""));
    }

    @Test
    void thePdfSaysTheSameWithOthersRedacted() throws Exception {
        ResponseEntity<byte[]> response =
                as("dorthe").getForEntity("/api/persons/" + youngAdult + "/records.pdf", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
        PdfReader reader = new PdfReader(response.getBody());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString())
                .contains("Tværs – aktindsigt", "Yusuf Hassan", youngAdultCpr, "Familiesag " + caseNumber)
                .doesNotContain("Amina", "Adam", PARENT_CPR, childCpr.replace("-", ""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsTheReportsOfConcernAboutThePersonWithOthersRedacted() throws Exception {
        Map<String, Object> report = Map.of(
                "reporterKind", "PROFESSIONAL",
                "reporterName", "Lærer Gudmandsen",
                "reporterOrganisation", "Bispebjerg Skole",
                "reporterRole", "Klasselærer",
                "reporterContact", "gudmandsen@skole.example",
                "childName", "Yusuf Hassan",
                "childCpr", youngAdultCpr,
                "content", "Yusuf kommer ikke i skole; Amina Hassan svarer ikke på beskeder.");
        ResponseEntity<Map> created = as("sofie").postForEntity("/api/concerns", report, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("reportNumber");

        Map<String, Object> records = as("dorthe").getForObject("/api/persons/" + youngAdult + "/records", Map.class);
        List<Map<String, Object>> reports = (List<Map<String, Object>>) records.get("reportsOfConcern");
        assertThat(reports)
                .filteredOn(r -> number.equals(r.get("reportNumber")))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("content", "Yusuf kommer ikke i skole; [udeladt] svarer ikke på beskeder.")
                        .containsEntry("reporter", "Fagperson: Klasselærer, Bispebjerg Skole")
                        .containsEntry("familyCaseNumber", caseNumber));

        byte[] pdf = as("dorthe").getForObject("/api/persons/" + youngAdult + "/records.pdf", byte[].class);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString())
                .contains("Underretninger", number, "Bispebjerg Skole")
                .doesNotContain("Amina");
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheDataProtectionOfficerMayExportAndEveryExportIsLogged() {
        for (String user : List.of("mette", "henrik", "birgitte", "admin")) {
            ResponseEntity<Map> denied = as(user).getForEntity("/api/persons/" + youngAdult + "/records", Map.class);
            assertThat(denied.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(denied.getBody()).doesNotContainKey("person");
        }
        as("dorthe").getForEntity("/api/persons/" + youngAdult + "/records", String.class);

        List<Map<String, Object>> log =
                as("dorthe").getForObject("/api/cases/" + caseNumber + "/access-log", List.class);
        assertThat(log.stream().map(e -> e.get("userId") + " " + e.get("view") + " " + e.get("outcome")))
                .contains("dorthe records-export GRANTED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownOrMalformedPersonIsRefused() {
        ResponseEntity<Map> unknown = as("dorthe").getForEntity("/api/persons/999999999/records", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("field", "personId");

        ResponseEntity<Map> malformed = as("dorthe").getForEntity("/api/persons/abc/records", Map.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).containsEntry("field", "personId");
    }
}
