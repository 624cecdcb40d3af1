package dk.tvaers.board;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.support.PostgresIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outcome report's costs on PostgreSQL, by the domain's unit prices, for a recorded course in a period long past
 * (January and February 2001, no daylight-saving change, no other test's cases):
 *
 * <ul>
 *   <li>a family opened on 11 January (Danish midnight), intensive from 1 February, phase-out from 15 February, closed
 *       on 31 March; two parents with a BIF goal and a child with one (children get no combination package);
 *   <li>a family closed before the period, which costs nothing in it.
 * </ul>
 *
 * In the period: 49 family-days (coordinator 49 × 500,000 / 365 / 15 = 4,475 kr.), 14 intensive days × 2 parents =
 * 4 parent-weeks (4 × 1,723.50 = 6,894 kr.), 28 days in intensive phase or phase-out (28 × 7.2 mill. / 30 / 365 =
 * 18,411 kr., at the second year's 10.8 mill. 27,616 kr.).
 */
class OutcomeCostsIntegrationTest extends PostgresIntegrationTest {

    private static final String PERIOD = "from=2001-01-01&to=2001-02-28";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aCourseIn2001() {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM family_case WHERE case_number = 'TV-2001-00001'", Boolean.class))) {
            return; // the shared database keeps it from an earlier test of the class
        }
        long costed = family("TV-2001-00001", "2001-01-10T23:00:00Z", "2001-03-30T22:00:00Z");
        phase(costed, "REFERRAL", "2001-01-10T23:00:00Z");
        phase(costed, "INTENSIVE", "2001-01-31T23:00:00Z");
        phase(costed, "PHASE_OUT", "2001-02-14T23:00:00Z");
        phase(costed, "CLOSED", "2001-03-30T22:00:00Z");
        jdbc.update("INSERT INTO action_plan (case_id, agreed_on) VALUES (?, DATE '2001-01-30')", costed);
        goal(costed, member(costed, "PARENT", "010170-1001"), "bif");
        goal(costed, member(costed, "GUARDIAN", "010171-1002"), "bif");
        goal(costed, member(costed, "CHILD", "010195-1003"), "bif");

        long before = family("TV-2001-00002", "2000-06-01T10:00:00Z", "2000-12-01T10:00:00Z");
        phase(before, "INTENSIVE", "2000-07-01T10:00:00Z");
        phase(before, "CLOSED", "2000-12-01T10:00:00Z");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportCostsTheRecordedCourseByTheDomainsUnitPrices() {
        ResponseEntity<Map> response = as("henrik").getForEntity("/api/reports/outcomes?" + PERIOD, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> costs = (Map<String, Object>) response.getBody().get("costs");
        assertThat(costs).containsEntry("priceYear", 2009);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) costs.get("lines");
        assertThat(line(lines, "coordinator"))
                .containsEntry("quantity", 49.0)
                .containsEntry("unitPrice", 91.32)
                .containsEntry("amount", 4475)
                .containsEntry("recorded", true);
        assertThat(line(lines, "combinationPackage"))
                .containsEntry("quantity", 4.0)
                .containsEntry("unitPrice", 1723.5)
                .containsEntry("amount", 6894);
        // social offers: a ramp-up, not a range; 2001 lies before the project's start (2010-01-01), so its first year:
        // 28 family-days x 7,200,000 / 30 / 365 = 28 x 657.53 = 18,411
        assertThat(line(lines, "socialOffersFirstYear"))
                .containsEntry("quantity", 28.0)
                .containsEntry("unitPrice", 657.53)
                .containsEntry("amount", 18411);
        assertThat(line(lines, "socialOffersFullCapacity"))
                .containsEntry("quantity", 0.0)
                .containsEntry("unitPrice", 986.3)
                .containsEntry("amount", 0);
        // school and club: 49 family-days x 2,500,000 / 30 / 365 = 49 x 228.31 = 11,187
        assertThat(line(lines, "schoolClub"))
                .containsEntry("recorded", true)
                .containsEntry("quantity", 49.0)
                .containsEntry("unitPrice", 228.31)
                .containsEntry("amount", 11187);
        // mentor: 49 x 400,000 / 30 / 365 = 49 x 36.53 = 1,790; PPR: 49 x 500,000 / 30 / 365 = 49 x 45.66 = 2,237
        assertThat(line(lines, "mentor")).containsEntry("unitPrice", 36.53).containsEntry("amount", 1790);
        assertThat(line(lines, "ppr")).containsEntry("unitPrice", 45.66).containsEntry("amount", 2237);
        // 4,475 + 6,894 + 18,411 + 0 + 11,187 + 1,790 + 2,237 = 44,994
        assertThat(costs).containsEntry("total", 44994).doesNotContainKey("totalHigh");
    }

    @Test
    void theCsvAndThePdfCarryTheCosts() {
        ResponseEntity<String> csv = as("birgitte").getForEntity("/api/reports/outcomes.csv?" + PERIOD, String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getBody())
                .contains("omkostninger prisniveau;2009\n")
                .contains("omkostning Koordinator familiedage;49,00\n")
                .contains("omkostning Koordinator kr.;4475\n")
                .contains("omkostning Kombinationspakke (BIF) kr.;6894\n")
                .contains("omkostning Sociale tilbud: familiebehandling (SOF), projektets første år kr.;18411\n")
                .contains("omkostning Skole-, klub- m.v. tilbud (BUF) kr.;11187\n")
                .contains("omkostninger i alt kr.;44994\n")
                .doesNotContain("ikke registreret");

        ResponseEntity<byte[]> pdf = as("birgitte").getForEntity("/api/reports/outcomes.pdf?" + PERIOD, byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void theCsvAndThePdfShowDanishDatesAndNamesNotIds() throws Exception {
        String csv = as("birgitte").getForObject("/api/reports/outcomes.csv?" + PERIOD, String.class);
        assertThat(csv)
                .contains("periode fra;1.1.2001\n", "periode til;28.2.2001\n")
                .contains("overskredne opgaver Socialforvaltningen (SOF);")
                .contains("overskredne opgaver Beskæftigelses- og Integrationsforvaltningen (BIF);")
                .doesNotContain("2001-01-01", "2001-02-28");
        assertNoPhaseIds(csv);

        String pdf = pdfText(as("birgitte").getForObject("/api/reports/outcomes.pdf?" + PERIOD, byte[].class));
        assertThat(pdf)
                .contains("Periode 1.1.2001 – 28.2.2001")
                .contains("Overskredne opgaver, Socialforvaltningen (SOF)")
                .doesNotContain("2001-01-01", "2001-02-28");
        assertNoPhaseIds(pdf);
        // each cost's label stands on its own line, its basis on the next: they do not run together
        List<String> lines = pdf.lines().map(String::strip).toList();
        assertThat(lines).contains("Koordinator", "Kombinationspakke (BIF)");
        int label = lines.indexOf("Koordinator");
        assertThat(lines.get(label + 1)).isNotBlank().doesNotStartWith("Koordinator");
    }

    private static void assertNoPhaseIds(String text) {
        for (dk.tvaers.family.CasePhase phase : dk.tvaers.family.CasePhase.values()) {
            assertThat(text).as(phase.name()).doesNotContain(" " + phase.name());
        }
    }

    /** The PDF's text, page by page, as OpenPDF extracts it. */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        return dk.tvaers.support.Pdfs.text(pdf);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPeriodStillToComeCostsNothingAndCoordinatorsMayReadTheReport() {
        String future = "from=" + java.time.LocalDate.now().plusYears(1) + "&to="
                + java.time.LocalDate.now().plusYears(1).plusDays(30);
        ResponseEntity<Map> response = as("mette").getForEntity("/api/reports/outcomes?" + future, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> costs = (Map<String, Object>) response.getBody().get("costs");
        assertThat(costs).containsEntry("total", 0);
    }

    private static Map<String, Object> line(List<Map<String, Object>> lines, String item) {
        return lines.stream()
                .filter(l -> item.equals(l.get("item")))
                .findFirst()
                .orElseThrow();
    }

    private long family(String caseNumber, String created, String closed) {
        long id = jdbc.queryForObject("SELECT nextval('family_case_seq')", Long.class);
        jdbc.update(
                "INSERT INTO family_case (id, case_number, district, referral_source, ssp_category, awareness_date,"
                        + " status, phase, created_at, phase_started_at, closed_at, close_reason)"
                        + " VALUES (?, ?, 'Bispebjerg', 'SSP', 4, DATE '2000-12-01', 'CLOSED', 'CLOSED', ?, ?, ?,"
                        + " 'COMPLETED')",
                id,
                caseNumber,
                ts(created),
                ts(closed),
                ts(closed));
        return id;
    }

    private void phase(long caseId, String phase, String at) {
        jdbc.update(
                "INSERT INTO case_phase (id, case_id, phase, started_at) VALUES (nextval('case_phase_seq'), ?, ?, ?)",
                caseId,
                phase,
                ts(at));
    }

    private long member(long caseId, String role, String cpr) {
        long id = jdbc.queryForObject("SELECT nextval('case_member_seq')", Long.class);
        jdbc.update(
                "INSERT INTO case_member (id, case_id, name, cpr, date_of_birth, role) VALUES (?, ?, 'Test', ?,"
                        + " DATE '1970-01-01', ?)",
                id,
                caseId,
                cpr,
                role);
        return id;
    }

    private void goal(long caseId, long memberId, String administration) {
        jdbc.update(
                "INSERT INTO plan_goal (id, case_id, member_id, administration, description, status)"
                        + " VALUES (nextval('plan_goal_seq'), ?, ?, ?, 'Beskæftigelse', 'IN_PROGRESS')",
                caseId,
                memberId,
                administration);
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
