package dk.tvaers.security;

import static dk.tvaers.process.FamilyInterventionIds.Elements.*;
import static dk.tvaers.referral.Families.aged;
import static dk.tvaers.referral.Families.cpr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.referral.Families;
import dk.tvaers.support.ChildVoiceSteps;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPR numbers live in the case tables only (case_member.cpr, adult_course.cpr and open_cpr). A family with real-form
 * CPR numbers runs its whole course, with its record, bad requests that carry the numbers and a young adult's course,
 * and then every CPR number, with and without the dash, is looked for in the log output of the run, in the answers
 * to the bad requests, and in every text and binary column of every table, the engine's runtime and history (process
 * variables, their serialized values, user operation log) included.
 */
@ExtendWith(OutputCaptureExtension.class)
class CprLeakIntegrationTest extends PostgresIntegrationTest {

    /** Where CPR numbers belong: table and column. */
    private static final Set<String> CPR_COLUMNS =
            Set.of("case_member.cpr", "adult_course.cpr", "adult_course.open_cpr");

    private static final List<String> TEXT_TYPES =
            List.of("character varying", "character", "text", "json", "jsonb", "bytea");

    @Autowired
    ProcessEngine engine;

    @Autowired
    DataSource dataSource;

    @Autowired
    LoggingSystem logging;

    private final List<String> answers = new ArrayList<>();

    @Test
    @SuppressWarnings("unchecked")
    void noCprNumberOfAWholeCaseRunLeavesTheCaseTables(CapturedOutput output) {
        // Tværs's own code logs at DEBUG during the run too: a CPR number in a debug line would be found
        logging.setLogLevel("dk.tvaers", LogLevel.DEBUG);
        try {
            runTheCaseAndSearch(output);
        } finally {
            logging.setLogLevel("dk.tvaers", null);
        }
    }

    @SuppressWarnings("unchecked")
    private void runTheCaseAndSearch(CapturedOutput output) {
        LoggerFactory.getLogger(CprLeakIntegrationTest.class).info("CPR search: the log output is captured");
        List<String> cprs = List.of(
                cpr(LocalDate.of(1981, 3, 14), 286),
                cpr(LocalDate.of(1979, 11, 27), 397),
                cpr(aged(17), 408),
                cpr(aged(13), 519),
                cpr(aged(8), 620));
        String youngAdult = Families.uniqueCpr(23);

        String caseNumber = refer(cprs);
        Map<String, Object> view = as("mette").getForObject("/api/cases/" + caseNumber, Map.class);
        List<Map<String, Object>> members = (List<Map<String, Object>>) view.get("members");
        Object mother = members.get(0).get("id");
        Object eldest = members.get(2).get("id");

        // bad requests carrying the numbers: a duplicate, one with a future birth date, a malformed body
        refused(as("mette")
                .postForEntity(
                        "/api/cases/" + caseNumber + "/members",
                        Map.of("name", "Igen", "cpr", cprs.get(3), "role", "CHILD"),
                        String.class));
        refused(as("mette")
                .postForEntity(
                        "/api/cases/" + caseNumber + "/members",
                        Map.of("name", "Fremtid", "cpr", cpr(LocalDate.now().plusYears(2), 731), "role", "CHILD"),
                        String.class));
        refused(as("mette")
                .postForEntity(
                        "/api/cases",
                        new HttpEntity<>("{\"district\":\"Valby\",\"members\":[{\"cpr\":\"" + cprs.get(0) + "\""),
                        String.class));
        refused(as("mette")
                .postForEntity(
                        "/api/adult-courses",
                        Map.of("name", "For ung", "cpr", cprs.get(3), "referralSource", "SELF"),
                        String.class));

        // a young adult's course, and a second referral of her while it is open
        Map<String, Object> adult = Map.of("name", "Ung Voksen", "cpr", youngAdult, "referralSource", "JOBCENTER");
        assertThat(as("mette")
                        .postForEntity("/api/adult-courses", adult, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        refused(as("mette").postForEntity("/api/adult-courses", adult, String.class));

        // the whole course, with record
        TaskDriver driver = new TaskDriver(this::as, engine);
        driver.complete("mette", caseNumber, USER_REGISTER_MEMBERS, Map.of(Variables.MEMBERS_REGISTERED, true));
        ChildVoiceSteps.hearChildren(this::as, caseNumber);
        for (int i = 0; i < 3; i++) {
            driver.complete(
                    "sofie",
                    caseNumber,
                    ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                    Map.of(
                            ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                            "SUPPORT_NEEDED",
                            ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                            true));
        }
        driver.complete(
                "lars",
                caseNumber,
                USER_DECIDE_VISITATION,
                Map.of(
                        Variables.VISITATION_DECISION,
                        FamilyInterventionProcess.Visitation.VISITED.name(),
                        Variables.VISITATION_REASON,
                        "SSP-kategori 4"));
        ChildVoiceSteps.decideSupport(this::as, engine, caseNumber);
        String today = LocalDate.now().toString();
        Map<String, Object> plan = Map.of(
                "agreedOn", today,
                "goals",
                        List.of(
                                Map.of(
                                        "memberId",
                                        mother,
                                        "administration",
                                        "bif",
                                        "description",
                                        "Job",
                                        "status",
                                        "PLANNED"),
                                Map.of(
                                        "memberId",
                                        eldest,
                                        "administration",
                                        "buf",
                                        "description",
                                        "Skole",
                                        "status",
                                        "PLANNED")),
                "consents", List.of(Map.of("memberId", mother, "consentedOn", today)));
        assertThat(as("mette")
                        .exchange(
                                "/api/cases/" + caseNumber + "/plan", HttpMethod.PUT, new HttpEntity<>(plan), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("mette")
                        .postForEntity(
                                "/api/cases/" + caseNumber + "/screenings",
                                Map.of(
                                        "memberId",
                                        eldest,
                                        "screenedOn",
                                        today,
                                        "scores",
                                        List.of(Map.of("domain", "CRIME_RISK", "score", 2))),
                                Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(as("mette")
                        .postForEntity(
                                "/api/cases/" + caseNumber + "/journal",
                                Map.of(
                                        "kind",
                                        "NOTE",
                                        "authorRole",
                                        "coordinator",
                                        "entryDate",
                                        today,
                                        "text",
                                        "Familiemøde holdt."),
                                Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        driver.complete(
                "mette",
                caseNumber,
                USER_FAMILY_MEETING_PLAN,
                Map.of(
                        Variables.PLAN_RECORDED, true,
                        Variables.CONSENT_RECORDED, true,
                        Variables.CHILD_WISHES, "Vil gerne i klub",
                        Variables.PLAN_BUF, true,
                        Variables.PLAN_BIF, true,
                        Variables.PLAN_KFF, false));
        driver.complete("sofie", caseNumber, USER_ACCEPT_GOALS_SOF, Map.of(Variables.GOALS_ACCEPTED, true));
        driver.complete("jonas", caseNumber, USER_ACCEPT_GOALS_BUF, Map.of(Variables.GOALS_ACCEPTED, true));
        driver.complete("fatima", caseNumber, USER_ACCEPT_GOALS_BIF, Map.of(Variables.GOALS_ACCEPTED, true));
        Map<String, Object> offer = Map.of(Variables.OFFER_START_DATE, today, Variables.OFFER_ESTABLISHED, true);
        driver.complete("sofie", caseNumber, USER_OFFER_SOF, offer);
        driver.complete("jonas", caseNumber, USER_OFFER_BUF, offer);
        driver.complete("fatima", caseNumber, USER_OFFER_BIF, offer);
        runTimer(driver, caseNumber, START_COORDINATION_MEETING);
        driver.complete(
                "mette",
                caseNumber,
                USER_HOLD_COORDINATION_MEETING,
                Map.of(
                        Variables.MINUTES_RECORDED, true,
                        Variables.MEETING_TASK_SOF, false,
                        Variables.MEETING_TASK_BUF, false,
                        Variables.MEETING_TASK_BIF, false,
                        Variables.MEETING_TASK_KFF, true,
                        Variables.MEETING_TASK_DESCRIPTION, "Fritidsjob"));
        driver.complete("karen", caseNumber, USER_MEETING_TASK_KFF, Map.of(Variables.MEETING_TASK_DONE, true));
        runTimer(driver, caseNumber, START_QUARTERLY_REPORT);
        driver.complete("mette", caseNumber, USER_QUARTERLY_REPORT, Map.of(Variables.REPORT_SENT, true));
        runTimer(driver, caseNumber, TIMER_PROGRESS_REVIEW);
        driver.complete("mette", caseNumber, USER_RESCREENING, Map.of(Variables.RESCREENING_RECORDED, true));
        driver.complete("mette", caseNumber, USER_DECIDE_PROGRESS, Map.of(Variables.PROGRESS_DECISION, "PHASE_OUT"));
        driver.complete("mette", caseNumber, USER_PLAN_PHASE_OUT, Map.of(Variables.PHASE_OUT_PLANNED, true));
        driver.complete(
                "mette",
                caseNumber,
                USER_END_PHASE_OUT,
                Map.of(Variables.PHASE_OUT_ENDED, true, Variables.AFTERCARE_OFFER, "ACCEPTED"));
        driver.complete("mette", caseNumber, USER_PLAN_AFTERCARE, Map.of(Variables.AFTERCARE_PLANNED, true));
        runTimer(driver, caseNumber, TIMER_AFTERCARE_OVER);
        driver.complete("mette", caseNumber, USER_AFTERCARE_FOLLOW_UP, Map.of(Variables.FOLLOW_UP_DONE, true));
        driver.complete(
                "mette",
                caseNumber,
                USER_CLOSE_CASE,
                Map.of(Variables.OUTCOME, "GOALS_MET", Variables.HANDOVER_TO, "ORDINARY_SUPPORT"));
        assertThat(as("mette").getForObject("/api/cases/" + caseNumber, Map.class))
                .containsEntry("status", "CLOSED");

        List<String> needles = new ArrayList<>();
        for (String number : append(cprs, youngAdult)) {
            needles.add(number);
            needles.add(number.replace("-", ""));
        }
        // the numbers did reach the case tables: the search would find them
        assertThat(jdbc().queryForObject(
                                "select count(*) from case_member where cpr in (?, ?)",
                                Integer.class,
                                cprs.get(0),
                                cprs.get(4)))
                .isEqualTo(2);

        assertThat(output.getAll()).contains("CPR search: the log output is captured");
        assertThat(needles)
                .allSatisfy(
                        needle -> assertThat(output.getAll()).as("log output").doesNotContain(needle));
        assertThat(answers).isNotEmpty().allSatisfy(answer -> assertThat(needles)
                .allSatisfy(needle -> assertThat(answer).doesNotContain(needle)));
        assertThat(columnsHolding(needles)).as("columns holding a CPR number").isEmpty();
    }

    @Test
    void aDatabaseErrorDoesNotQuoteTheRowItRefused() throws SQLException {
        String number = cpr(aged(6), 842);
        String caseNumber = refer(List.of(
                cpr(LocalDate.of(1990, 2, 3), 953),
                cpr(LocalDate.of(1991, 4, 5), 164),
                cpr(aged(12), 275),
                number,
                cpr(aged(4), 386)));
        String duplicate = "insert into case_member (id, case_id, name, cpr, date_of_birth, role)"
                + " select nextval('case_member_seq'), case_id, name, cpr, date_of_birth, role from case_member"
                + " where cpr = ?";

        // through Tværs's connection pool: the constraint is named, the row is not
        Throwable refused = catchThrowable(() -> jdbc().update(duplicate, number));
        assertThat(refused).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(stackOf(refused)).contains("uq_case_member_cpr").doesNotContain(number);

        // a connection without the setting would quote it (PostgreSQL's "Detail: Key (case_id, cpr)=(...)")
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (Connection plain = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement statement = plain.prepareStatement(duplicate)) {
            statement.setString(1, number);
            assertThat(stackOf(catchThrowable(statement::executeUpdate))).contains(number);
        }
        assertThat(caseNumber).isNotBlank();
    }

    private static String stackOf(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** Every table.column outside {@link #CPR_COLUMNS} whose value contains one of the needles. */
    private List<String> columnsHolding(List<String> needles) {
        JdbcTemplate jdbc = jdbc();
        Map<String, List<Map<String, Object>>> tables = jdbc
                .queryForList("select table_name, column_name, data_type from information_schema.columns"
                        + " where table_schema = current_schema() and data_type in ("
                        + TEXT_TYPES.stream().map(t -> "'" + t + "'").collect(Collectors.joining(","))
                        + ") order by table_name, ordinal_position")
                .stream()
                .collect(Collectors.groupingBy(
                        column -> (String) column.get("table_name"), LinkedHashMap::new, Collectors.toList()));
        assertThat(tables).containsKeys("act_ge_bytearray", "act_hi_varinst", "act_hi_detail", "act_ru_variable");
        List<String> found = new ArrayList<>();
        int searched = 0;
        for (Map.Entry<String, List<Map<String, Object>>> table : tables.entrySet()) {
            for (Map<String, Object> column : table.getValue()) {
                String name = table.getKey() + "." + column.get("column_name");
                if (CPR_COLUMNS.contains(name)) {
                    continue;
                }
                String match = "bytea".equals(column.get("data_type"))
                        ? "position(convert_to(?, 'UTF8') in \"" + column.get("column_name") + "\") > 0"
                        : "strpos(\"" + column.get("column_name") + "\"::text, ?) > 0";
                String any = needles.stream().map(n -> match).collect(Collectors.joining(" or "));
                Integer hits = jdbc.queryForObject(
                        "select count(*) from \"" + table.getKey() + "\" where " + any,
                        Integer.class,
                        needles.toArray());
                if (hits != null && hits > 0) {
                    for (String needle : needles) {
                        if (jdbc.queryForObject(
                                        "select count(*) from \"" + table.getKey() + "\" where " + match,
                                        Integer.class,
                                        needle)
                                > 0) {
                            found.add(name + " holds " + needle);
                        }
                    }
                }
                searched++;
            }
        }
        assertThat(searched).as("columns searched").isGreaterThan(200);
        return found;
    }

    private String refer(List<String> cprs) {
        return FamilyScenario.in("Amager Øst")
                .referredBy("SSP", "Den ældste er sigtet for røveri.", 4)
                .awareDaysAgo(5)
                .member("Hanne Berg", cprs.get(0), "PARENT")
                .member("Ole Berg", cprs.get(1), "PARENT")
                .member("Emil Berg", cprs.get(2), "CHILD")
                .member("Sofia Berg", cprs.get(3), "CHILD")
                .member("Liam Berg", cprs.get(4), "CHILD")
                .refer(this::as);
    }

    private void refused(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is4xxClientError())
                .as(response.toString())
                .isTrue();
        answers.add(response.toString());
    }

    private void runTimer(TaskDriver driver, String caseNumber, String activityId) {
        String instanceId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .singleResult()
                .getId();
        driver.run(driver.timer(instanceId, activityId));
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    private static List<String> append(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }
}
