package dk.tvaers.concern;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.ReportOfConcernIds.Elements;
import dk.tvaers.process.ReportOfConcernIds.Variables;
import dk.tvaers.process.ReportOfConcernProcess;
import dk.tvaers.referral.Families;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.WorkspaceSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports of concern on real PostgreSQL through the real endpoints: the API and Tasklist's start form store the report
 * in the concern table and in no engine table; only SOF, team chiefs and team leads receive and assess, every refusal
 * changes nothing; a report on a child in an open case is re-assessed by someone new to the case; an assessment refers
 * the child to the method without retyping; the reports screen shows the child's and siblings' reports together.
 */
class ConcernIntegrationTest extends PostgresIntegrationTest {

    private static final String START_FORM = "/engine-rest/process-definition/key/report-of-concern/submit-form";

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aProfessionalsReportThroughTheApiIsStoredAndStartsTheAssessmentAndTheReceipt() {
        String marker = "indhold-" + UUID.randomUUID();
        String cpr = Families.uniqueCpr(8);

        ResponseEntity<Map> created =
                as("sofie").postForEntity("/api/concerns", professional(cpr, "Ida Jensen", marker), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("reportNumber");
        assertThat(number).startsWith("UR-");
        assertThat(created.getBody().get("openCaseNumber")).isNull();
        assertThat(jdbc.queryForMap(
                        "select registered_by, reporter_kind, child_cpr, content from report_of_concern"
                                + " where report_number = ?",
                        number))
                .containsEntry("registered_by", "sofie")
                .containsEntry("reporter_kind", "PROFESSIONAL")
                .containsEntry("child_cpr", dk.tvaers.kernel.Cpr.parse(cpr).value());
        assertThat(tasks(number)).containsExactlyInAnyOrder(Elements.USER_ASSESS_REPORT, Elements.USER_SEND_RECEIPT);
        assertNoEngineTableHolds(marker, "Ida Jensen", cpr);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlySocialServicesTeamChiefsAndTeamLeadsReceiveReportsAndARefusalChangesNothing() {
        for (String user : List.of("jonas", "fatima", "karen", "peter", "birgitte")) {
            long reports = reports();
            long instances = instances();
            ResponseEntity<Map> refused = as(user).postForEntity(
                            "/api/concerns", professional(Families.uniqueCpr(7), "Refused", "x"), Map.class);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) refused.getBody().get("detail")).contains("Kun Socialforvaltningen");
            assertThat(reports()).as(user).isEqualTo(reports);
            assertThat(instances()).as(user).isEqualTo(instances);
        }
        long reports = reports();
        long instances = instances();
        assertThat(http.postForEntity("/api/concerns", professional(Families.uniqueCpr(7), "Anonym", "x"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // bad input stores nothing and names the field
        Map<String, Object> withoutContact = new LinkedHashMap<>(professional(Families.uniqueCpr(7), "Ida", "x"));
        withoutContact.remove("reporterContact");
        ResponseEntity<Map> invalid = as("sofie").postForEntity("/api/concerns", withoutContact, Map.class);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().toString()).contains("reporterContact");
        assertThat(reports()).isEqualTo(reports);
        assertThat(instances()).isEqualTo(instances);

        for (String user : List.of("lars", "henrik")) {
            assertThat(as(user).postForEntity(
                                    "/api/concerns", professional(Families.uniqueCpr(7), "Ok", "x"), Map.class)
                            .getStatusCode())
                    .as(user)
                    .isEqualTo(HttpStatus.CREATED);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReportFromTasklistsStartFormIsStoredByTheReceiverAndOnlySocialServicesMayStartIt() {
        String marker = "tasklist-" + UUID.randomUUID();
        String cpr = Families.uniqueCpr(6);
        Map<String, Object> form = startForm(cpr, "Noah Berg", marker);

        for (String user : List.of("jonas", "fatima", "karen", "peter")) {
            long reports = reports();
            long instances = instances();
            ResponseEntity<String> refused =
                    as(user).postForEntity(START_FORM, Map.of("variables", form), String.class);
            assertThat(refused.getStatusCode().is4xxClientError())
                    .as(user + ": " + refused.getBody())
                    .isTrue();
            assertThat(reports()).as(user).isEqualTo(reports);
            assertThat(instances()).as(user).isEqualTo(instances);
        }
        long reports = reports();
        assertThat(http.postForEntity(START_FORM, Map.of("variables", form), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(reports()).isEqualTo(reports);

        ResponseEntity<Map> started = as("mette").postForEntity(START_FORM, Map.of("variables", form), Map.class);
        assertThat(started.getStatusCode().is2xxSuccessful())
                .as(String.valueOf(started.getBody()))
                .isTrue();
        String number = businessKey((String) started.getBody().get("id"));
        assertThat(jdbc.queryForObject(
                        "select registered_by from report_of_concern where report_number = ?", String.class, number))
                .isEqualTo("mette");
        assertThat(tasks(number)).containsExactly(Elements.USER_ASSESS_REPORT);
        assertNoEngineTableHolds(marker, "Noah Berg", cpr);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAssessmentReferringToTheMethodOpensTheFamilyCaseWithoutRetypingAndOnlySocialServicesMayAssess() {
        String cpr = Families.uniqueCpr(9);
        String content = "Barnet er set sammen med ældre unge, der sælger hash. " + UUID.randomUUID();
        String number = (String) as("sofie")
                .postForEntity("/api/concerns", privatePerson(cpr, "Sara Holm", content), Map.class)
                .getBody()
                .get("reportNumber");
        Task assess = task(number, Elements.USER_ASSESS_REPORT);
        Map<String, Object> refer = Map.of(
                "variables",
                Map.of(
                        Variables.ASSESSMENT_OUTCOME, Map.of("value", "REFER"),
                        Variables.DISTRICT, Map.of("value", "Valby"),
                        Variables.REFERRAL_SOURCE, Map.of("value", "CASEWORKER"),
                        Variables.SSP_CATEGORY, Map.of("value", "3")));

        long cases = jdbc.queryForObject("select count(*) from family_case", Long.class);
        for (String user : List.of("jonas", "fatima", "karen", "peter")) {
            assertThat(as(user).postForEntity("/engine-rest/task/" + assess.getId() + "/complete", refer, String.class)
                            .getStatusCode()
                            .is4xxClientError())
                    .as(user)
                    .isTrue();
        }
        assertThat(http.postForEntity("/engine-rest/task/" + assess.getId() + "/complete", refer, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(task(number, Elements.USER_ASSESS_REPORT)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from family_case", Long.class))
                .isEqualTo(cases);
        assertThat(jdbc.queryForObject(
                        "select outcome from report_of_concern where report_number = ?", String.class, number))
                .isNull();

        ResponseEntity<String> done =
                as("sofie").postForEntity("/engine-rest/task/" + assess.getId() + "/complete", refer, String.class);
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();

        Map<String, Object> report = jdbc.queryForMap(
                "select outcome, assessed_by, family_case_number from report_of_concern where report_number = ?",
                number);
        assertThat(report).containsEntry("outcome", "REFER").containsEntry("assessed_by", "sofie");
        String caseNumber = (String) report.get("family_case_number");
        Map<String, Object> view = as("henrik").getForObject("/api/cases/" + caseNumber, Map.class);
        assertThat((Map<String, Object>) view.get("referral"))
                .containsEntry("concern", content)
                .containsEntry("source", "CASEWORKER")
                .containsEntry("sspCategory", 3);
        assertThat((List<Map<String, Object>>) view.get("members"))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("name", "Sara Holm").containsEntry("role", "CHILD"));
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey("family-intervention")
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewReportOnAChildInAnOpenCaseIsReassessedBySomeoneNewToTheCaseAndShownWithTheSiblingsReports() {
        // a family referred by the coordinator mette: the registration task is hers, so she has worked on the case
        String child = Families.uniqueCpr(9);
        String sibling = Families.uniqueCpr(12);
        Map<String, Object> family = Map.of(
                "district",
                "Valby",
                "referral",
                Map.of(
                        "source",
                        "SCHOOL",
                        "concern",
                        "Bekymring fra skolen.",
                        "sspCategory",
                        3,
                        "awarenessDate",
                        LocalDate.now().minusDays(2).toString()),
                "members",
                List.of(
                        Map.of("name", "Ali Berg", "cpr", child, "role", "CHILD"),
                        Map.of("name", "Omar Berg", "cpr", sibling, "role", "CHILD")));
        String caseNumber = (String) as("mette")
                .postForEntity("/api/cases", family, Map.class)
                .getBody()
                .get("caseNumber");
        String older = (String) as("sofie")
                .postForEntity("/api/concerns", privatePerson(sibling, "Omar Berg", "Ældre søskende: uro"), Map.class)
                .getBody()
                .get("reportNumber");

        ResponseEntity<Map> created =
                as("sofie").postForEntity("/api/concerns", privatePerson(child, "Ali Berg", "Ny bekymring"), Map.class);
        String number = (String) created.getBody().get("reportNumber");
        assertThat(created.getBody()).containsEntry("openCaseNumber", caseNumber);
        assertThat(tasks(number)).containsExactly(Elements.USER_REASSESS_REPORT);
        Task reassess = task(number, Elements.USER_REASSESS_REPORT);
        Map<String, Object> made = Map.of("variables", Map.of(Variables.REASSESSMENT_MADE, Map.of("value", true)));

        // mette worked on the case: the engine refuses her, the task stays open and the report unassessed
        assertThat(as("mette")
                        .postForEntity(
                                "/engine-rest/task/" + reassess.getId() + "/claim",
                                Map.of("userId", "mette"),
                                String.class)
                        .getStatusCode()
                        .is2xxSuccessful())
                .isTrue();
        ResponseEntity<Map> refused =
                as("mette").postForEntity("/engine-rest/task/" + reassess.getId() + "/complete", made, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("ikke har arbejdet på sagen");
        assertThat(task(number, Elements.USER_REASSESS_REPORT)).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select outcome from report_of_concern where report_number = ?", String.class, number))
                .isNull();
        // another administration and no login are refused too
        assertThat(as("jonas")
                        .postForEntity("/engine-rest/task/" + reassess.getId() + "/complete", made, String.class)
                        .getStatusCode()
                        .is4xxClientError())
                .isTrue();

        // the team chief gives it to sofie, who is new to the case
        engine.getTaskService().setAssignee(reassess.getId(), "sofie");
        ResponseEntity<String> done =
                as("sofie").postForEntity("/engine-rest/task/" + reassess.getId() + "/complete", made, String.class);
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select outcome from report_of_concern where report_number = ?", String.class, number))
                .isEqualTo("REASSESSED");

        // the reports screen: the child's report and the sibling's, newest first, in Danish
        ResponseEntity<String> page = WorkspaceSession.login(http, "lars").get("/workspace/concerns/" + number);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody())
                .contains("Alle underretninger om barnet og søskende", "Ny bekymring", "Ældre søskende: uro")
                .contains("Søskende", "Vurderet på ny i den åbne sag")
                .doesNotContain(child);
        assertThat(page.getBody().indexOf(number)).isLessThan(page.getBody().lastIndexOf(older));

        // without a login: the workspace's Danish login page; another administration does not see it
        assertThat(http.getForEntity("/workspace/concerns/" + number, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(WorkspaceSession.login(http, "jonas")
                        .get("/workspace/concerns/" + number)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void readingAReportOnTheScreenOrThroughTheApiIsLoggedLikeACaseRead() {
        String number = (String) as("sofie")
                .postForEntity(
                        "/api/concerns",
                        privatePerson(Families.uniqueCpr(5), "Liva Storm", "Liva er bange for at gå hjem"),
                        Map.class)
                .getBody()
                .get("reportNumber");

        // the API: sofie reads it; another administration, a process designer and no login are refused
        ResponseEntity<List> read = as("sofie").getForEntity("/api/concerns/" + number, List.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) read.getBody()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("content", "Liva er bange for at gå hjem"));
        for (String user : List.of("jonas", "peter")) {
            ResponseEntity<Map> denied = as(user).getForEntity("/api/concerns/" + number, Map.class);
            assertThat(denied.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(denied.getBody()).as(user).doesNotContainKey("content");
        }
        assertThat(http.getForEntity("/api/concerns/" + number, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("sofie")
                        .getForEntity("/api/concerns/UR-1999-99999", Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // the screen: lars reads it, jonas is refused
        assertThat(WorkspaceSession.login(http, "lars")
                        .get("/workspace/concerns/" + number)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> refused = WorkspaceSession.login(http, "jonas").get("/workspace/concerns/" + number);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("Underretninger ses kun af").doesNotContain("Liva");

        // the data protection officer reads who looked, and only she
        ResponseEntity<List> log = as("dorthe").getForEntity("/api/concerns/" + number + "/access-log", List.class);
        assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((List<Map<String, Object>>) log.getBody())
                        .stream()
                                .map(e -> e.get("userId") + " " + e.get("recordType") + " " + e.get("view") + " "
                                        + e.get("action") + " " + e.get("outcome")))
                .contains(
                        "sofie REPORT_OF_CONCERN report-of-concern READ GRANTED",
                        "jonas REPORT_OF_CONCERN report-of-concern READ DENIED",
                        "peter REPORT_OF_CONCERN report-of-concern READ DENIED",
                        "lars REPORT_OF_CONCERN report-of-concern READ GRANTED",
                        "jonas REPORT_OF_CONCERN report-of-concern READ DENIED");
        for (String user : List.of("sofie", "lars", "admin")) {
            assertThat(as(user).getForEntity("/api/concerns/" + number + "/access-log", String.class)
                            .getStatusCode())
                    .as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void tasklistsSagTabShowsTheReportItsDeadlinesAndTheEarlierReportsOnTheChildAndSiblings() {
        String child = Families.uniqueCpr(8);
        String sibling = Families.uniqueCpr(10);
        as("mette")
                .postForEntity(
                        "/api/cases",
                        Map.of(
                                "district", "Valby",
                                "referral",
                                        Map.of(
                                                "source",
                                                "SCHOOL",
                                                "concern",
                                                "Fravær",
                                                "sspCategory",
                                                3,
                                                "awarenessDate",
                                                LocalDate.now().minusDays(2).toString()),
                                "members",
                                        List.of(
                                                Map.of("name", "Sif Dal", "cpr", child, "role", "CHILD"),
                                                Map.of("name", "Bo Dal", "cpr", sibling, "role", "CHILD"))),
                        Map.class);
        String older = (String) as("sofie")
                .postForEntity("/api/concerns", privatePerson(sibling, "Bo Dal", "Bo var alene hjemme"), Map.class)
                .getBody()
                .get("reportNumber");
        String number = (String) as("sofie")
                .postForEntity("/api/concerns", professional(child, "Sif Dal", "Sif har blå mærker"), Map.class)
                .getBody()
                .get("reportNumber");
        Task receipt = task(number, Elements.USER_SEND_RECEIPT);

        ResponseEntity<Map> tab = as("sofie").getForEntity("/api/tasks/" + receipt.getId() + "/context", Map.class);
        assertThat(tab.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> c = tab.getBody();
        assertThat(c)
                .containsEntry("kind", "REPORT_OF_CONCERN")
                .containsEntry("caseNumber", number)
                .containsEntry("workspaceUrl", "/workspace/concerns/" + number);
        assertThat((Map<String, Object>) c.get("person")).containsEntry("firstName", "Sif");
        Map<String, Object> report = (Map<String, Object>) c.get("decision");
        assertThat((List<Map<String, Object>>) report.get("facts"))
                .extracting(f -> f.get("label") + ": " + f.get("text"))
                .anySatisfy(f -> assertThat(f).startsWith("Underretter: Fagperson: Lærer Hansen, Klasselærer"))
                .anySatisfy(f -> assertThat(f).startsWith("Modtaget: "))
                .anySatisfy(f -> assertThat(f).startsWith("Vurderes senest (Barnets Lov §136): "))
                .anySatisfy(f -> assertThat(f).startsWith("Kvittering senest (Barnets Lov §137): "))
                .anySatisfy(f -> assertThat(f).startsWith("Barn: Sif Dal, "))
                .contains("Indhold: Sif har blå mærker")
                .noneSatisfy(f -> assertThat(f).contains(child.substring(0, 6)));
        assertThat((List<Map<String, Object>>) c.get("deadlines")).isNotEmpty();
        assertThat((List<Map<String, Object>>) c.get("reports"))
                .extracting(r -> r.get("reportNumber") + " " + r.get("child") + " " + r.get("sibling") + " "
                        + r.get("thisReport"))
                .containsExactly(number + " Sif Dal false true", older + " Bo Dal true false");
        assertThat((List<Map<String, Object>>) c.get("openTasks"))
                .extracting(t -> t.get("name"))
                .anySatisfy(n -> assertThat((String) n).startsWith("Send kvittering til underretter"));

        // the task's card in the list
        List<Map<String, Object>> cards =
                as("sofie").getForObject("/api/tasks/context?ids=" + receipt.getId(), List.class);
        assertThat(cards).singleElement().satisfies(card -> assertThat(card)
                .containsEntry("caseNumber", number)
                .containsEntry("firstName", "Sif")
                .containsEntry("workspaceUrl", "/workspace/concerns/" + number));

        // another administration and a process designer are refused, and it is logged on the report
        for (String user : List.of("jonas", "peter")) {
            assertThat(as(user).getForEntity("/api/tasks/" + receipt.getId() + "/context", String.class)
                            .getStatusCode())
                    .as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(((List<Map<String, Object>>)
                                as("dorthe").getForObject("/api/concerns/" + number + "/access-log", List.class))
                        .stream().map(e -> e.get("userId") + " " + e.get("view") + " " + e.get("outcome")))
                .contains("sofie task-context GRANTED", "sofie task-card GRANTED", "jonas task-context DENIED");
    }

    @Test
    void aProfessionalsReceiptIsADanishLetterTheCaseworkerDownloadsFromTheReceiptTask() throws Exception {
        String cpr = Families.uniqueCpr(9);
        String number = (String) as("sofie")
                .postForEntity("/api/concerns", professional(cpr, "Ida Kvist", "Ida sover i timerne"), Map.class)
                .getBody()
                .get("reportNumber");
        // the receipt task's form links the letter
        String form = new String(
                getClass().getResourceAsStream("/forms/send-receipt.form").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(form).contains("/workspace/concerns/{{reportNumber}}/receipt.pdf");

        WorkspaceSession sofie = WorkspaceSession.login(http, "sofie");
        ResponseEntity<byte[]> letter = sofie.getBytes("/workspace/concerns/" + number + "/receipt.pdf");
        assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(letter.getHeaders().getContentType()).hasToString("application/pdf");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(letter.getBody());
        // the page's lines joined: a phrase may break at the end of a line
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader)
                .getTextFromPage(1)
                .replaceAll("[\\s\\u00a0]+", " ");
        assertThat(text)
                .contains("Kvittering for modtagelse af din underretning", number, "Ida Kvist")
                .contains("Lærer Hansen, Klasselærer, Valby Skole", "hansen@valbyskole.example")
                .contains("Barnets Lov §137", "Tavshedspligt", "Socialforvaltningen")
                .doesNotContain(cpr, cpr.replace("-", ""), "sover i timerne");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/letters/receipt-letter.pdf"), letter.getBody());

        // a private person's report has no receipt; another administration is refused; both logged
        String privateReport = (String) as("sofie")
                .postForEntity("/api/concerns", privatePerson(Families.uniqueCpr(9), "Eva", "x"), Map.class)
                .getBody()
                .get("reportNumber");
        assertThat(sofie.get("/workspace/concerns/" + privateReport + "/receipt.pdf")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> refused =
                WorkspaceSession.login(http, "jonas").get("/workspace/concerns/" + number + "/receipt.pdf");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).doesNotContain("Ida");
        assertThat(http.getForEntity("/workspace/concerns/" + number + "/receipt.pdf", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log =
                as("dorthe").getForObject("/api/concerns/" + number + "/access-log", List.class);
        assertThat(log.stream().map(e -> e.get("userId") + " " + e.get("view") + " " + e.get("outcome")))
                .contains("sofie receipt-letter GRANTED", "jonas receipt-letter DENIED");
    }

    private static Map<String, Object> professional(String cpr, String name, String content) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reporterKind", "PROFESSIONAL");
        report.put("reporterName", "Lærer Hansen");
        report.put("reporterOrganisation", "Valby Skole");
        report.put("reporterRole", "Klasselærer");
        report.put("reporterContact", "hansen@valbyskole.example");
        report.put("childName", name);
        report.put("childCpr", cpr);
        report.put("content", content);
        return report;
    }

    private static Map<String, Object> privatePerson(String cpr, String name, String content) {
        return Map.of("reporterKind", "PRIVATE", "childName", name, "childCpr", cpr, "content", content);
    }

    private static Map<String, Object> startForm(String cpr, String name, String content) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(Variables.REPORTER_KIND, Map.of("value", "PRIVATE"));
        variables.put(Variables.CHILD_NAME, Map.of("value", name));
        variables.put(Variables.CHILD_CPR, Map.of("value", cpr));
        variables.put(Variables.REPORT_CONTENT, Map.of("value", content));
        return variables;
    }

    private void assertNoEngineTableHolds(String... values) {
        for (String value : values) {
            for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
                assertThat(jdbc.queryForObject(
                                "select count(*) from " + table + " where text_ like ? or text2_ like ?",
                                Long.class,
                                "%" + value + "%",
                                "%" + value + "%"))
                        .as(table + " holds " + value)
                        .isZero();
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from act_hi_op_log where org_value_ like ? or new_value_ like ?",
                            Long.class,
                            "%" + value + "%",
                            "%" + value + "%"))
                    .isZero();
        }
        for (String name : ReportOfConcernProcess.PERSONAL_FIELDS) {
            assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where name_ = ?", Long.class, name))
                    .as(name)
                    .isZero();
        }
    }

    private List<String> tasks(String reportNumber) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reportNumber).list().stream()
                .map(Task::getTaskDefinitionKey)
                .toList();
    }

    private Task task(String reportNumber, String key) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(reportNumber)
                .taskDefinitionKey(key)
                .singleResult();
    }

    private String businessKey(String instanceId) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getBusinessKey();
    }

    private long reports() {
        return jdbc.queryForObject("select count(*) from report_of_concern", Long.class);
    }

    private long instances() {
        return engine.getRuntimeService().createProcessInstanceQuery().count();
    }
}
