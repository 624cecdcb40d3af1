package dk.tvaers.retention;

import static dk.tvaers.referral.Families.cpr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.board.OutcomeReportService;
import dk.tvaers.process.AdultPathwayIds;
import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.process.ReportOfConcernIds;
import dk.tvaers.referral.Families;
import dk.tvaers.support.ChildVoiceSteps;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention on real PostgreSQL. A family case with known names, CPR numbers, referral, journal, plan, screenings, a
 * comment, an attachment and free text in the process's variables is ended early; an adult course runs Klar and is
 * interrupted and discharged. A year later another family case closes, an adult course closes without visitation and
 * a third family is referred and keeps running. Five years after the first closing the administrator runs retention:
 * no column of any table (the project's, and the engine's runtime, history and byte arrays) holds any of the first
 * case's or course's personal data, the recent ones and the running one keep theirs, and the outcome report counts
 * the anonymised case and course as before.
 */
class RetentionIntegrationTest extends PostgresIntegrationTest {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutcomeReportService reports;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterThePeriodNothingPersonalOfAClosedCaseRemainsAnywhereAndTheFiguresStay() {
        TaskDriver driver = new TaskDriver(this::as, engine);
        Instant start = Instant.now();
        LocalDate today = LocalDate.ofInstant(start, DANISH);

        // the old family case: every kind of personal data, then ended early
        String parentCpr = cpr(LocalDate.of(1977, 10, 29), 913);
        String childCpr = cpr(today.minusYears(11).minusDays(173), 927);
        Family old = new Family(
                "Ingolfa Kvistrupsen",
                parentCpr,
                "Balderik Kvistrupsen",
                childCpr,
                "Balderik Kvistrupsen er set med ældre drenge ved Trekronergade 17.",
                "Hjemmebesøg: Balderik sov i opgangen, forældrene var ikke hjemme.");
        String oldCase = refer(old, today);
        Map<String, Object> record = as("mette").getForObject("/api/cases/" + oldCase, Map.class);
        List<Map<String, Object>> members = (List<Map<String, Object>>) record.get("members");
        long parentId = ((Number) members.get(0).get("id")).longValue();
        long childId = ((Number) members.get(1).get("id")).longValue();
        ok(as("mette")
                .postForEntity(
                        "/api/cases/" + oldCase + "/journal",
                        Map.of("kind", "NOTE", "authorRole", "Koordinator", "entryDate", today, "text", old.journal),
                        Map.class));
        screen(oldCase, childId, today.minusDays(40), 2);
        screen(oldCase, childId, today, 4);
        ok(as("mette")
                .exchange(
                        "/api/cases/" + oldCase + "/plan",
                        HttpMethod.PUT,
                        new org.springframework.http.HttpEntity<>(Map.of(
                                "agreedOn",
                                today,
                                "goals",
                                List.of(Map.of(
                                        "memberId",
                                        childId,
                                        "administration",
                                        "buf",
                                        "description",
                                        "Balderik Kvistrupsen kommer i skole hver dag",
                                        "status",
                                        "PLANNED")),
                                "consents",
                                List.of(Map.of("memberId", parentId, "consentedOn", today)))),
                        Map.class));
        driver.complete(
                "mette",
                oldCase,
                FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS,
                Map.of(FamilyInterventionIds.Variables.MEMBERS_REGISTERED, true));
        // a comment through Camunda's REST API (as Tasklist writes it) and an attachment on the child investigation
        String investigation =
                (String) driver.tasks("sofie", oldCase, ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION)
                        .get(0)
                        .get("id");
        ok(as("sofie")
                .postForEntity(
                        "/engine-rest/task/" + investigation + "/comment/create",
                        Map.of("message", "Samtale med Balderik Kvistrupsen i skolen"),
                        Map.class));
        String investigationInstance = engine.getTaskService()
                .createTaskQuery()
                .taskId(investigation)
                .singleResult()
                .getProcessInstanceId();
        engine.getTaskService()
                .createAttachment(
                        "text/plain",
                        investigation,
                        investigationInstance,
                        "Notat om Kvistrupsen",
                        "Skolens notat",
                        new ByteArrayInputStream(
                                ("Balderik Kvistrupsen, CPR " + childCpr).getBytes(StandardCharsets.UTF_8)));
        ChildVoiceSteps.hearChildren(this::as, oldCase);
        driver.complete(
                "sofie",
                oldCase,
                ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                Map.of(
                        ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                        "SUPPORT_NEEDED",
                        ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                        true));
        driver.complete(
                "lars",
                oldCase,
                FamilyInterventionIds.Elements.USER_DECIDE_VISITATION,
                Map.of(
                        FamilyInterventionIds.Variables.VISITATION_DECISION,
                        FamilyInterventionProcess.Visitation.VISITED.name(),
                        FamilyInterventionIds.Variables.VISITATION_REASON,
                        "Ingolfa Kvistrupsen ønsker hjælp til Balderik"));
        // a professional's report of concern on the child in the open case: re-assessed by someone new to the case,
        // receipt sent; it goes with the case. A private report on a child in no case, assessed at once: on its own.
        String linkedReport = report(
                professionalReport(childCpr, "Balderik Kvistrupsen", "Lærer Gudmarsen", "Balderik sover i opgangen"));
        driver.claim("ahmed", linkedReport, ReportOfConcernIds.Elements.USER_REASSESS_REPORT);
        driver.complete(
                "ahmed",
                linkedReport,
                ReportOfConcernIds.Elements.USER_REASSESS_REPORT,
                Map.of(ReportOfConcernIds.Variables.REASSESSMENT_MADE, true));
        driver.complete(
                "sofie",
                linkedReport,
                ReportOfConcernIds.Elements.USER_SEND_RECEIPT,
                Map.of(ReportOfConcernIds.Variables.RECEIPT_SENT, true));
        String oldReportCpr = Families.uniqueCpr(7);
        String oldReport = report(Map.of(
                "reporterKind", "PRIVATE",
                "reporterName", "Nabo Thorbjørnsen",
                "childName", "Gormilda Strandvigsen",
                "childCpr", oldReportCpr,
                "content", "Gormilda Strandvigsen græder om natten"));
        assessNoAction(driver, oldReport);
        end(oldCase);

        // the old adult course: Klar, then interrupted in Parat and discharged
        String oldAdultCpr = Families.uniqueCpr(24);
        String oldCourse = referAdult("Torvaldo Ravnsholt", oldAdultCpr);
        runKlarThenDischarge(driver, oldCourse, "Torvaldo Ravnsholt vil gerne videre");

        // a year later: a family case and an adult course close, another family keeps running
        clock.set(start.plus(Duration.ofDays(365)));
        Family recent = new Family(
                "Sigrunde Fjeldbosen",
                cpr(LocalDate.of(1981, 4, 3), 931),
                "Ejnarik Fjeldbosen",
                cpr(today.minusYears(9).minusDays(77), 937),
                "Bekymring for Ejnarik Fjeldbosen",
                null);
        String recentCase = refer(recent, today);
        end(recentCase);
        String recentAdultCpr = Families.uniqueCpr(23);
        String recentCourse = referAdult("Hjalmaro Vindelbo", recentAdultCpr);
        driver.complete(
                "lars",
                recentCourse,
                AdultPathwayIds.Elements.USER_VISIT_ADULT,
                Map.of(
                        AdultPathwayIds.Variables.ADULT_VISITATION_DECISION, "NOT_VISITED",
                        AdultPathwayIds.Variables.ADULT_VISITATION_REASON, "Hjalmaro Vindelbo er flyttet"));
        Family running = new Family(
                "Rikkea Morsingsen",
                cpr(LocalDate.of(1983, 8, 21), 941),
                "Olavik Morsingsen",
                cpr(today.minusYears(8).minusDays(19), 947),
                "Bekymring for Olavik Morsingsen",
                null);
        String runningCase = refer(running, today);
        String recentReportCpr = Families.uniqueCpr(6);
        String recentReport = report(Map.of(
                "reporterKind", "PRIVATE",
                "childName", "Hjørdisa Kalkbrændersen",
                "childCpr", recentReportCpr,
                "content", "Hjørdisa Kalkbrændersen er ofte alene hjemme"));
        assessNoAction(driver, recentReport);

        List<String> oldNeedles = new ArrayList<>(old.needles());
        oldNeedles.addAll(List.of(
                "Torvaldo",
                "Ravnsholt",
                oldAdultCpr,
                oldAdultCpr.replace("-", ""),
                "Samtale med Balderik",
                "Notat om Kvistrupsen",
                "Gudmarsen",
                "sover i opgangen",
                "Thorbjørnsen",
                "Strandvigsen",
                // a report stores the CPR number without its dash
                oldReportCpr.replace("-", "")));
        List<String> keptNeedles = new ArrayList<>(recent.needles());
        keptNeedles.addAll(running.needles());
        keptNeedles.addAll(List.of("Hjalmaro", "Vindelbo", recentAdultCpr, recentAdultCpr.replace("-", "")));
        keptNeedles.addAll(List.of("Kalkbrændersen", recentReportCpr.replace("-", "")));
        // the search finds what it looks for: before retention, every needle is somewhere (CPR numbers are stored with
        // the dash; the search looks for them without it too)
        Map<String, List<String>> before = whereFound(oldNeedles);
        assertThat(before.keySet()).containsAll(stored(oldNeedles));
        assertThat(before.get("Balderik"))
                .as("free text in the engine's history")
                .anySatisfy(column -> assertThat(column).startsWith("act_hi_"));
        assertThat(whereFound(keptNeedles).keySet()).containsAll(stored(keptNeedles));

        // the engine holds the old case's tasks, variables, identity links, comment, attachment and operation log
        String familyInstance = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(investigationInstance)
                .singleResult()
                .getRootProcessInstanceId();
        assertThat(historyRows(familyInstance))
                .allSatisfy((table, n) -> assertThat(n).as(table).isPositive());

        // five years and two days after the first closing
        clock.set(start.plus(Duration.ofDays(5 * 365 + 3)));
        LocalDate oldDay = today;
        OutcomeReportService.Report reportBefore = reports.report(oldDay, oldDay);

        assertThat(as("mette")
                        .postForEntity("/api/admin/retention/run", null, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> run = as("admin").postForEntity("/api/admin/retention/run", null, Map.class);
        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Number) run.getBody().get("familyCases")).intValue()).isPositive();
        assertThat(((Number) run.getBody().get("adultCourses")).intValue()).isPositive();
        assertThat(((Number) run.getBody().get("processInstances")).intValue()).isGreaterThanOrEqualTo(3);
        assertThat(((Number) run.getBody().get("failed")).intValue()).isZero();
        assertThat(((Number) run.getBody().get("reportsOfConcern")).intValue()).isGreaterThanOrEqualTo(2);

        // nothing of the old case or course is left in any column of any table
        assertThat(whereFound(oldNeedles)).isEmpty();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(oldCase)
                        .count())
                .isZero();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(oldCourse)
                        .count())
                .isZero();
        // the reports keep their figures: number, time of receipt, reporter kind, outcome; their history is gone
        for (String report : List.of(linkedReport, oldReport)) {
            assertThat(jdbc.queryForMap(
                            "SELECT outcome, reporter_kind, child_cpr, content, anonymised_at FROM report_of_concern"
                                    + " WHERE report_number = ?",
                            report))
                    .as(report)
                    .containsEntry("child_cpr", null)
                    .containsEntry("content", null)
                    .hasEntrySatisfying("outcome", o -> assertThat(o).isNotNull())
                    .hasEntrySatisfying("anonymised_at", a -> assertThat(a).isNotNull());
            assertThat(engine.getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(report)
                            .count())
                    .as(report)
                    .isZero();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT anonymised_at FROM report_of_concern WHERE report_number = ?",
                        java.sql.Timestamp.class,
                        recentReport))
                .isNull();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(recentReport)
                        .count())
                .isPositive();
        assertThat(historyRows(familyInstance))
                .as("rows of the old case's process tree")
                .allSatisfy((table, n) -> assertThat(n).as(table).isZero());
        // the recent and the running ones keep theirs
        assertThat(whereFound(keptNeedles).keySet()).containsAll(stored(keptNeedles));
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(recentCase)
                        .count())
                .isPositive();

        // the anonymised case keeps its figures: course, close reason, screenings on anonymous members
        Map<String, Object> anonymised = as("henrik").getForObject("/api/cases/" + oldCase, Map.class);
        assertThat(anonymised).containsEntry("status", "CLOSED").containsEntry("district", "Bispebjerg");
        assertThat((Map<String, Object>) anonymised.get("course"))
                .containsEntry("closeReason", "ENDED_EARLY")
                .containsEntry("outcome", "MOVED_AWAY");
        assertThat((List<Map<String, Object>>) anonymised.get("members"))
                .hasSize(2)
                .allSatisfy(m -> assertThat(m)
                        .containsEntry("name", null)
                        .containsEntry("cpr", null)
                        .containsEntry("dateOfBirth", null))
                .extracting(m -> m.get("role"))
                .containsExactly("PARENT", "CHILD");
        assertThat((List<Object>) anonymised.get("journal")).isEmpty();
        assertThat((List<Object>) anonymised.get("latestScreenings")).hasSize(1);
        Map<String, Object> plan = (Map<String, Object>) anonymised.get("plan");
        assertThat((List<Object>) plan.get("consents")).isEmpty();
        assertThat((List<Map<String, Object>>) plan.get("goals"))
                .singleElement()
                .satisfies(
                        g -> assertThat(g).containsEntry("description", null).containsEntry("administration", "buf"));
        assertThat(as("henrik")
                        .postForEntity(
                                "/api/cases/" + oldCase + "/journal",
                                Map.of(
                                        "kind",
                                        "NOTE",
                                        "authorRole",
                                        "Koordinator",
                                        "entryDate",
                                        today,
                                        "text",
                                        "Balderik er tilbage"),
                                Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, Object> course = as("henrik").getForObject("/api/adult-courses/" + oldCourse, Map.class);
        assertThat(course)
                .containsEntry("name", null)
                .containsEntry("cpr", null)
                .containsEntry("phase", "DISCHARGED");
        assertThat((Map<String, Object>) course.get("discharge")).containsEntry("outcome", "DROPPED_OUT");

        // the outcome report counts them as before
        OutcomeReportService.Report reportAfter = reports.report(oldDay, oldDay);
        assertThat(reportAfter.parentalAuthority()).isEqualTo(reportBefore.parentalAuthority());
        assertThat(reportAfter.adultPath()).isEqualTo(reportBefore.adultPath());
        assertThat(reportAfter.adultPath().outcomes().get(dk.tvaers.adult.AdultOutcome.DROPPED_OUT))
                .isPositive();

        // a second run finds nothing left to do
        Map<String, Object> again = as("admin").postForObject("/api/admin/retention/run", null, Map.class);
        assertThat(again).containsEntry("familyCases", 0).containsEntry("adultCourses", 0);
        assertThat(runningCase).isNotNull();
    }

    @Autowired
    RetentionProperties retention;

    @Test
    void byDefaultClosedCasesKeepTheirDataFiveYearsAndRetentionRunsInTheCleanupWindow() {
        assertThat(retention.closedCasePeriod()).isEqualTo(java.time.Period.ofYears(5));
        java.time.LocalDateTime midnight = LocalDate.of(2026, 3, 29).atStartOfDay();
        java.time.LocalDateTime next = org.springframework.scheduling.support.CronExpression.parse(retention.schedule())
                .next(midnight);
        assertThat(next.toLocalDate()).isEqualTo(midnight.toLocalDate());
        assertThat(next.toLocalTime()).isBetween(java.time.LocalTime.of(1, 0), java.time.LocalTime.of(5, 0));
    }

    @Test
    void everyDeployedProcessKeepsItsHistoryForATimeToLive() {
        List<ProcessDefinition> definitions = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .latestVersion()
                .list();
        assertThat(definitions).isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive())
                .as(d.getKey())
                .isNotNull()
                .isPositive());
    }

    /** A family of one parent and one child, and the free texts written about them. */
    private record Family(
            String parentName, String parentCpr, String childName, String childCpr, String concern, String journal) {

        List<String> needles() {
            List<String> needles = new ArrayList<>();
            for (String name : List.of(parentName, childName)) {
                needles.addAll(List.of(name.split(" ")));
            }
            for (String cpr : List.of(parentCpr, childCpr)) {
                needles.add(cpr);
                needles.add(cpr.replace("-", ""));
            }
            needles.add(concern);
            if (journal != null) {
                needles.add(journal);
            }
            return needles.stream().distinct().toList();
        }
    }

    private String refer(Family family, LocalDate today) {
        return FamilyScenario.in("Bispebjerg")
                .referredBy("POLICE", family.concern(), 3)
                .awareOn(today.minusDays(3))
                .member(family.parentName(), family.parentCpr(), "PARENT", "Mobil 2040 6080, " + family.parentName())
                .member(family.childName(), family.childCpr(), "CHILD")
                .refer(this::as);
    }

    private String report(Map<String, Object> report) {
        ResponseEntity<Map> created = as("sofie").postForEntity("/api/concerns", report, Map.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("reportNumber");
    }

    private static Map<String, Object> professionalReport(String cpr, String child, String reporter, String content) {
        return Map.of(
                "reporterKind",
                "PROFESSIONAL",
                "reporterName",
                reporter,
                "reporterOrganisation",
                "Trekronergades Skole",
                "reporterRole",
                "Klasselærer",
                "reporterContact",
                "skole@example.dk",
                "childName",
                child,
                "childCpr",
                cpr,
                "content",
                content);
    }

    private static void assessNoAction(TaskDriver driver, String report) {
        driver.complete(
                "sofie",
                report,
                ReportOfConcernIds.Elements.USER_ASSESS_REPORT,
                Map.of(ReportOfConcernIds.Variables.ASSESSMENT_OUTCOME, "NO_ACTION"));
    }

    private void end(String caseNumber) {
        assertThat(as("mette")
                        .postForEntity("/api/cases/" + caseNumber + "/end", Map.of("reason", "MOVED_AWAY"), Void.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        new TaskDriver(this::as, engine).transferCase(caseNumber);
    }

    private void screen(String caseNumber, long memberId, LocalDate on, int crimeRisk) {
        ok(as("mette")
                .postForEntity(
                        "/api/cases/" + caseNumber + "/screenings",
                        Map.of(
                                "memberId",
                                memberId,
                                "screenedOn",
                                on,
                                "scores",
                                List.of(Map.of("domain", "CRIME_RISK", "score", crimeRisk))),
                        Map.class));
    }

    private String referAdult(String name, String cpr) {
        ResponseEntity<Map> created = as("mette")
                .postForEntity(
                        "/api/adult-courses",
                        Map.of("name", name, "cpr", cpr, "referralSource", "SELF", "district", "Bispebjerg"),
                        Map.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("courseNumber");
    }

    private void runKlarThenDischarge(TaskDriver driver, String courseNumber, String reason) {
        driver.complete(
                "lars",
                courseNumber,
                AdultPathwayIds.Elements.USER_VISIT_ADULT,
                Map.of(
                        AdultPathwayIds.Variables.ADULT_VISITATION_DECISION,
                        "VISITED",
                        AdultPathwayIds.Variables.ADULT_VISITATION_REASON,
                        reason));
        driver.claim("ahmed", courseNumber, AdultPathwayIds.Elements.USER_ASSIGN_MENTOR);
        driver.complete(
                "ahmed",
                courseNumber,
                AdultPathwayIds.Elements.USER_ASSIGN_MENTOR,
                Map.of(AdultPathwayIds.Variables.MENTOR_ACCEPTED, true));
        driver.complete(
                "ahmed",
                courseNumber,
                AdultPathwayIds.Elements.USER_LIFE_CONDUCT_INTERVIEW,
                Map.of(
                        AdultPathwayIds.Variables.MOTIVATION, "3",
                        AdultPathwayIds.Variables.AMBIVALENCE, "HIGH",
                        AdultPathwayIds.Variables.ABUSE_TREATMENT_NEEDED, false,
                        AdultPathwayIds.Variables.NEED_JOBCENTER, false,
                        AdultPathwayIds.Variables.NEED_UU, false,
                        AdultPathwayIds.Variables.NEED_FAMILY_CENTRE, false,
                        AdultPathwayIds.Variables.NEED_ABUSE_COORDINATOR, false,
                        AdultPathwayIds.Variables.LIFE_CONDUCT_PLAN_RECORDED, true));
        driver.complete(
                "sofie",
                courseNumber,
                AdultPathwayIds.Elements.USER_COMMIT_SOCIAL_SERVICES,
                Map.of(AdultPathwayIds.Variables.ACTOR_COMMITTED, true));
        engine.getRuntimeService()
                .createMessageCorrelation(AdultPathwayIds.MESSAGE_COURSE_INTERRUPTED)
                .processInstanceBusinessKey(courseNumber)
                .correlate();
        driver.complete(
                "mette",
                courseNumber,
                AdultPathwayIds.Elements.USER_DISCHARGE,
                Map.of(
                        AdultPathwayIds.Variables.OUTCOME,
                        "DROPPED_OUT",
                        AdultPathwayIds.Variables.SIGNIFICANT_POSITIVE_MOVEMENT,
                        false));
    }

    /**
     * Which needles occur in which columns, over every character and byte column of every table in the schema: the
     * project's tables and the engine's (act_ru_*, act_hi_*, act_ge_bytearray and the rest). Needle → table.column.
     */
    private Map<String, List<String>> whereFound(List<String> needles) {
        List<Map<String, Object>> columns = jdbc.queryForList(
                """
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('character varying', 'character', 'text', 'bytea')
                ORDER BY c.table_name, c.column_name
                """);
        assertThat(columns).hasSizeGreaterThan(100);
        String[] array = needles.toArray(String[]::new);
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        for (Map<String, Object> column : columns) {
            String name = "\"" + column.get("column_name") + "\"";
            byTable.computeIfAbsent((String) column.get("table_name"), t -> new ArrayList<>())
                    .add("bytea".equals(column.get("data_type")) ? name : "convert_to(" + name + ", 'UTF8')");
        }
        Map<String, List<String>> found = new LinkedHashMap<>();
        byTable.forEach((table, values) -> {
            // one scan per table; only a table with a hit is searched column by column, to name the column
            if (hits(table, values, array).isEmpty()) {
                return;
            }
            for (String value : values) {
                String column =
                        value.replaceAll("^convert_to\\(|, 'UTF8'\\)$", "").replace("\"", "");
                hits(table, List.of(value), array).forEach(n -> found.computeIfAbsent(n, k -> new ArrayList<>())
                        .add(table + "." + column));
            }
        });
        return found;
    }

    /** The rows of a process tree (its root instance and every instance it called) in the engine's history tables. */
    private Map<String, Long> historyRows(String rootProcessInstanceId) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of(
                "act_hi_procinst",
                "act_hi_actinst",
                "act_hi_taskinst",
                "act_hi_varinst",
                "act_hi_detail",
                "act_hi_identitylink",
                "act_hi_comment",
                "act_hi_attachment",
                "act_hi_op_log",
                "act_ge_bytearray")) {
            rows.put(
                    table,
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM " + table + " WHERE root_proc_inst_id_ = ?",
                            Long.class,
                            rootProcessInstanceId));
        }
        return rows;
    }

    private List<String> hits(String table, List<String> values, String[] needles) {
        String anyColumn = values.stream()
                .map(v -> "position(convert_to(n, 'UTF8') IN " + v + ") > 0")
                .collect(java.util.stream.Collectors.joining(" OR "));
        return jdbc.queryForList(
                "SELECT n FROM unnest(?::text[]) AS n WHERE EXISTS (SELECT 1 FROM \"" + table + "\" WHERE " + anyColumn
                        + ")",
                String.class,
                (Object) needles);
    }

    private static List<String> stored(List<String> needles) {
        return needles.stream().filter(n -> !n.matches("\\d{10}")).toList();
    }

    private static void ok(ResponseEntity<?> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as("%s", response.getBody())
                .isTrue();
    }
}
