package dk.tvaers.benchmark;

import static dk.tvaers.process.FamilyInterventionIds.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.benchmark.BenchmarkResults.Figure;
import dk.tvaers.board.BoardFilter;
import dk.tvaers.board.BoardService;
import dk.tvaers.process.ChildInvestigationIds;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.referral.Families;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist at national scale (issue 13, target 1): every Tasklist filter's first page (15 rows, due first) and its
 * count badge for caseworkers with authorization on, Cockpit's instance lists for a team lead and the board, at each
 * size in {@code benchmark.scales} (running family cases, default 1,000 and 10,000; 100,000 is the national size),
 * on data built in bulk by {@link BulkData} from families the application itself took to their stages. Also times
 * Camunda's own per-task-grant check of the same list (the query Tværs replaced) for the comparison. Writes
 * {@code benchmarks/results/tasklist.json} and its section of BENCHMARKS.md.
 */
@Tag("benchmark")
class TasklistBenchmarkTest extends PostgresIntegrationTest {

    static final int WARMUP = 3;
    static final int RUNS = Integer.getInteger("benchmark.runs", 25);
    static final List<String> USERS = List.of("sofie", "mette", "lars", "jonas", "henrik");

    @Autowired
    ProcessEngine engine;

    @Autowired
    BoardService board;

    @Autowired
    JdbcTemplate jdbc;

    final List<Figure> figures = new ArrayList<>();
    final List<String> rows = new ArrayList<>();
    final List<String> data = new ArrayList<>();

    @Test
    void tasklistStaysFlatFromOneMunicipalityToTheWholeCountry() {
        List<BulkData.Template> templates = templates();
        BulkData bulk = new BulkData(jdbc, templates);
        for (String size : System.getProperty("benchmark.scales", "1000,10000").split(",")) {
            int scale = Integer.parseInt(size.trim());
            int municipalities = Math.min(98, Math.max(1, scale / BulkData.CASES_PER_MUNICIPALITY));
            long started = System.nanoTime();
            long written = bulk.grow(scale, municipalities);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (scale == bulk.copies() && data.isEmpty()) {
                carriesOn(templates);
            }
            describe(scale, municipalities, written, seconds);
            measure(scale);
        }
        BenchmarkResults.write("tasklist", figures, report());
    }

    /** A copy is a case the engine and Tværs carry on with: its task completes, its record opens. */
    private void carriesOn(List<BulkData.Template> templates) {
        int investigating = 1; // templates.get(1): two open investigations
        String copy = jdbc.queryForObject(
                "SELECT case_number FROM family_case WHERE id = (SELECT id FROM family_case WHERE case_number = ?) + ? * "
                        + BulkData.STRIDE,
                String.class,
                templates.get(investigating).caseNumber(),
                investigating + 1);
        new TaskDriver(this::as, engine)
                .complete(
                        "sofie",
                        copy,
                        ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION,
                        Map.of(
                                ChildInvestigationIds.Variables.INVESTIGATION_CONCLUSION,
                                "SUPPORT_NEEDED",
                                ChildInvestigationIds.Variables.INVESTIGATION_FINISHED,
                                true));
        assertThat(as("mette")
                        .getForEntity("/api/cases/" + copy, Map.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(as("henrik")
                        .getForEntity("/api/board?size=5", Map.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    private void describe(int scale, int municipalities, long written, double seconds) {
        long running = count("SELECT count(*) FROM act_ru_execution WHERE parent_id_ IS NULL AND proc_def_id_ LIKE '"
                + FamilyInterventionProcess.KEY + ":%'");
        long openTasks = count("SELECT count(*) FROM act_ru_task");
        long historicTasks = count("SELECT count(*) FROM act_hi_taskinst");
        long grants = count("SELECT count(*) FROM act_ru_authorization");
        long homeTasks = count("SELECT count(DISTINCT task_id_) FROM act_ru_identitylink WHERE group_id_ = 'sof'");
        data.add(String.format(
                "| %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d rows in %.0f s |",
                scale, municipalities, running, openTasks, historicTasks, grants, homeTasks, written, seconds));
        figures.add(Figure.of("tasklist", "running family cases", scale, running, "cases"));
        figures.add(Figure.of("tasklist", "open tasks", scale, openTasks, "tasks"));
        figures.add(Figure.of("tasklist", "historic tasks", scale, historicTasks, "tasks"));
        figures.add(Figure.of("tasklist", "authorization rows", scale, grants, "rows"));
    }

    private void measure(int scale) {
        for (String user : USERS) {
            withAuthentication(user, () -> {
                for (Filter filter :
                        engine.getFilterService().createTaskFilterQuery().listPage(0, 100)) {
                    TaskQuery dueFirst = engine.getTaskService()
                            .createTaskQuery()
                            .orderByDueDate()
                            .asc();
                    Timings page = Timings.of(
                            WARMUP, RUNS, () -> engine.getFilterService().listPage(filter.getId(), dueFirst, 0, 15));
                    long[] total = new long[1];
                    Timings count = Timings.of(
                            WARMUP,
                            RUNS,
                            () -> total[0] = engine.getFilterService().count(filter.getId()));
                    record(scale, user, "Tasklist \"" + filter.getName() + "\": first page", page, total[0]);
                    record(scale, user, "Tasklist \"" + filter.getName() + "\": count badge", count, total[0]);
                }
                return null;
            });
        }
        withAuthentication("henrik", () -> {
            long[] total = new long[1];
            record(
                    scale,
                    "henrik",
                    "Cockpit: running instances, first page",
                    Timings.of(WARMUP, RUNS, () -> engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processDefinitionKey(FamilyInterventionProcess.KEY)
                            .orderByProcessInstanceId()
                            .asc()
                            .listPage(0, 50)),
                    -1);
            record(
                    scale,
                    "henrik",
                    "Cockpit: running instances, count",
                    Timings.of(
                            WARMUP,
                            RUNS,
                            () -> total[0] = engine.getRuntimeService()
                                    .createProcessInstanceQuery()
                                    .processDefinitionKey(FamilyInterventionProcess.KEY)
                                    .count()),
                    total[0]);
            record(
                    scale,
                    "henrik",
                    "Cockpit: instance history, first page",
                    Timings.of(WARMUP, RUNS, () -> engine.getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .processDefinitionKey(FamilyInterventionProcess.KEY)
                            .orderByProcessInstanceStartTime()
                            .desc()
                            .listPage(0, 50)),
                    -1);
            return null;
        });
        for (String user : List.of("henrik", "mette")) {
            withAuthentication(user, () -> {
                long[] total = new long[1];
                Timings page = Timings.of(
                        WARMUP,
                        RUNS,
                        () -> total[0] = board.board(
                                        new BoardFilter(null, null, null, null, false, "caseNumber", "asc", 0, 50))
                                .total());
                record(scale, user, "Board: first page", page, total[0]);
                return null;
            });
        }
        http(scale);
        camundasOwnCheck(scale);
        explain(scale);
    }

    final List<String> plans = new ArrayList<>();

    /** The plans of the queries a caseworker's list sends now, as PostgreSQL runs them at this scale. */
    private void explain(int scale) {
        String task =
                "SELECT DISTINCT RES.* FROM ACT_RU_TASK RES LEFT JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = RES.ID_";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put(
                "her wholesale task grants (NeedToKnowTaskLists.TaskGrants), sofie",
                "SELECT RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ FROM ACT_RU_AUTHORIZATION WHERE TYPE_ IN (0, 1)"
                        + " AND RESOURCE_TYPE_ IN (7, 6) AND (RESOURCE_TYPE_ = 6 OR RESOURCE_ID_ = '*')"
                        + " AND (USER_ID_ IN ('sofie', '*') OR GROUP_ID_ IN ('sof'))");
        queries.put(
                "\"SOF – fælles\" first page, sofie (need-to-know as conditions)",
                task + " WHERE (RES.ASSIGNEE_ IS NULL AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ('sof'))"
                        + " AND ((I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ('sof')) OR (I.USER_ID_ = 'sofie'"
                        + " OR RES.ASSIGNEE_ = 'sofie' OR RES.OWNER_ = 'sofie')) AND RES.TENANT_ID_ IS NULL"
                        + " ORDER BY RES.DUE_DATE_ ASC LIMIT 15");
        queries.put(
                "\"Mine opgaver\" first page, sofie",
                task + " WHERE RES.ASSIGNEE_ = 'sofie' AND ((I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ('sof'))"
                        + " OR (I.USER_ID_ = 'sofie' OR RES.ASSIGNEE_ = 'sofie' OR RES.OWNER_ = 'sofie'))"
                        + " AND RES.TENANT_ID_ IS NULL ORDER BY RES.DUE_DATE_ ASC LIMIT 15");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            List<String> plan = jdbc.queryForList("EXPLAIN (ANALYZE, COSTS OFF) " + query.getValue(), String.class);
            plans.add("**" + String.format("%,d", scale) + " copies: " + query.getKey() + "**\n\n```\n"
                    + String.join("\n", plan) + "\n```");
        }
    }

    /** Whole requests as Tasklist makes them: Basic login, the filter list with its counts, the first page. */
    @SuppressWarnings("unchecked")
    private void http(int scale) {
        String shared = withAuthentication(
                "sofie", () -> engine.getFilterService().createTaskFilterQuery().listPage(0, 100).stream()
                        .filter(filter -> filter.getName().startsWith("SOF"))
                        .findFirst()
                        .orElseThrow()
                        .getId());
        Map<String, Object> sorting = Map.of("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
        record(
                scale,
                "sofie",
                "HTTP POST /engine-rest/filter/{SOF – fælles}/list (15 rows)",
                Timings.of(WARMUP, RUNS, () -> as("sofie")
                        .exchange(
                                "/engine-rest/filter/" + shared + "/list?firstResult=0&maxResults=15",
                                HttpMethod.POST,
                                new HttpEntity<>(sorting),
                                List.class)),
                -1);
        record(
                scale,
                "sofie",
                "HTTP GET /engine-rest/filter?itemCount=true (every badge)",
                Timings.of(WARMUP, RUNS, () -> as("sofie")
                        .getForObject(
                                "/engine-rest/filter?resourceType=Task&itemCount=true&maxResults=50", List.class)),
                -1);
    }

    /**
     * Camunda's own check of sofie's "SOF – fælles" count, as the engine ran it before Tværs put need-to-know into the
     * query: the join on one grant per task. Once per scale, stopped after 60 s.
     */
    private void camundasOwnCheck(int scale) {
        String sql = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ FROM ACT_RU_TASK RES"
                + " LEFT JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = RES.ID_"
                + " LEFT JOIN ACT_RE_PROCDEF D ON RES.PROC_DEF_ID_ = D.ID_"
                + " LEFT JOIN (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2"
                + " AND (A.USER_ID_ IN ('sofie', '*') OR A.GROUP_ID_ IN ('sof'))"
                + " AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2) OR (A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64)))"
                + " AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))"
                + " WHERE RES.ASSIGNEE_ IS NULL AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ('sof')"
                + " AND (RES.CASE_EXECUTION_ID_ IS NOT NULL OR AUTH.RESOURCE_ID_ IS NOT NULL)"
                + " AND RES.TENANT_ID_ IS NULL) counted";
        List<Long> nanos = new ArrayList<>();
        long found = -1;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            try {
                found = jdbc.execute((java.sql.Connection connection) -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute("SET statement_timeout = '60s'");
                        try (var result = statement.executeQuery(sql)) {
                            result.next();
                            long value = result.getLong(1);
                            statement.execute("SET statement_timeout = 0");
                            return value;
                        }
                    }
                });
            } catch (RuntimeException timedOut) {
                jdbc.execute("SET statement_timeout = 0");
                found = -1;
            }
            nanos.add(System.nanoTime() - started);
        }
        record(
                scale,
                "sofie",
                "Camunda's own per-task-grant check of \"SOF – fælles\" count (SQL)",
                Timings.fromNanos(nanos),
                found);
    }

    private void record(int scale, String user, String what, Timings timings, long total) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("user", user);
        extra.put("p95Ms", timings.p95Ms());
        extra.put("runs", timings.runs());
        extra.put("total", total);
        figures.add(new Figure("tasklist", what, scale, timings.medianMs(), "ms median", extra));
        rows.add(String.format(
                "| %,d | %s | %s | %.1f | %.1f | %s |",
                scale, what, user, timings.medianMs(), timings.p95Ms(), total < 0 ? "" : String.format("%,d", total)));
    }

    private String report() {
        List<String> lines = new ArrayList<>();
        lines.add("## Tasklist, Cockpit and the board at scale (target 1)");
        lines.add("");
        lines.add("`mvn -Pbenchmark test -Dtest=TasklistBenchmarkTest` (scales: `-Dbenchmark.scales="
                + String.join(",", System.getProperty("benchmark.scales", "1000,10000"))
                + "`), embedded PostgreSQL 17, the engine's Java API as the user with her groups (authorization on),"
                + " " + RUNS + " runs after " + WARMUP + " warm-up runs each. Data: `BulkData` copies five families"
                + " the application took to their stages (referred; investigating, one investigation claimed by sofie;"
                + " at visitation; in the intensive phase; ended early after the intensive phase started). The first"
                + " 1,000 copies are the home municipality (the demo groups); every further 1,000 belong to another"
                + " municipality with its own groups, up to 98.");
        lines.add("");
        lines.add("| copies | municipalities | running family cases | open tasks | historic tasks | authorization rows"
                + " | open SOF tasks at home | written |");
        lines.add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        lines.addAll(data);
        lines.add("");
        lines.add("| copies | what | user | median ms | p95 ms | rows |");
        lines.add("| ---: | --- | --- | ---: | ---: | ---: |");
        lines.addAll(rows);
        lines.add("");
        lines.add("<details><summary>Query plans (EXPLAIN ANALYZE) at each scale</summary>");
        lines.add("");
        lines.addAll(plans);
        lines.add("");
        lines.add("</details>");
        return String.join("\n", lines);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private <T> T withAuthentication(String user, Callable<T> call) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    // --- the templates: families the application takes to their stages ---

    private List<BulkData.Template> templates() {
        TaskDriver driver = new TaskDriver(this::as, engine);
        List<BulkData.Template> templates = new ArrayList<>();
        String referred = family();
        templates.add(template("referred", referred));

        String investigating = family();
        register(driver, investigating);
        dk.tvaers.support.ChildVoiceSteps.hearChildren(this::as, investigating);
        driver.claim("sofie", investigating, ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION);
        templates.add(template("investigating", investigating));

        String visitation = family();
        register(driver, visitation);
        investigate(driver, visitation);
        templates.add(template("visitation", visitation));

        String intensive = family();
        toIntensivePhase(driver, intensive);
        templates.add(template("intensive", intensive));

        String ended = family();
        toIntensivePhase(driver, ended);
        assertThat(as("mette")
                        .postForEntity("/api/cases/" + ended + "/end", Map.of("reason", "MOVED_AWAY"), Void.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        templates.add(template("ended", ended));
        return templates;
    }

    private BulkData.Template template(String stage, String caseNumber) {
        String root = jdbc.queryForObject(
                "SELECT id_ FROM act_hi_procinst WHERE business_key_ = ? AND super_process_instance_id_ IS NULL"
                        + " AND proc_def_key_ = ?",
                String.class,
                caseNumber,
                FamilyInterventionProcess.KEY);
        return new BulkData.Template(stage, caseNumber, root);
    }

    private String family() {
        return FamilyScenario.in("Valby")
                .member("Mor", Families.cpr(Families.aged(38), 2), "PARENT")
                .member("Ida", Families.uniqueCpr(14), "CHILD")
                .member("Noah", Families.uniqueCpr(9), "CHILD")
                .refer(this::as);
    }

    private static void register(TaskDriver driver, String caseNumber) {
        driver.complete("mette", caseNumber, USER_REGISTER_MEMBERS, Map.of(Variables.MEMBERS_REGISTERED, true));
    }

    private void investigate(TaskDriver driver, String caseNumber) {
        dk.tvaers.support.ChildVoiceSteps.hearChildren(this::as, caseNumber);
        while (!driver.tasks("sofie", caseNumber, ChildInvestigationIds.Elements.USER_CHILD_INVESTIGATION)
                .isEmpty()) {
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
    }

    @SuppressWarnings("unchecked")
    private void toIntensivePhase(TaskDriver driver, String caseNumber) {
        register(driver, caseNumber);
        investigate(driver, caseNumber);
        driver.complete(
                "lars",
                caseNumber,
                USER_DECIDE_VISITATION,
                Map.of(
                        Variables.VISITATION_DECISION,
                        FamilyInterventionProcess.Visitation.VISITED.name(),
                        Variables.VISITATION_REASON,
                        "SSP-kategori 4"));
        dk.tvaers.support.ChildVoiceSteps.decideSupport(this::as, engine, caseNumber);
        List<Map<String, Object>> members = (List<Map<String, Object>>)
                as("mette").getForObject("/api/cases/" + caseNumber, Map.class).get("members");
        String today = LocalDate.now().toString();
        List<Map<String, Object>> goals = new ArrayList<>();
        String[] administrations = {"bif", "buf", "sof"};
        for (int i = 0; i < 3; i++) {
            goals.add(Map.of(
                    "memberId",
                    members.get(i).get("id"),
                    "administration",
                    administrations[i],
                    "description",
                    "Mål " + (i + 1),
                    "status",
                    "PLANNED"));
        }
        Map<String, Object> plan = Map.of(
                "agreedOn", today,
                "goals", goals,
                "consents", List.of(Map.of("memberId", members.get(0).get("id"), "consentedOn", today)));
        as("mette").put("/api/cases/" + caseNumber + "/plan", plan);
        driver.complete(
                "mette",
                caseNumber,
                USER_FAMILY_MEETING_PLAN,
                Map.of(
                        Variables.PLAN_RECORDED, true,
                        Variables.CHILD_WISHES, "Vil gerne i klub",
                        Variables.CONSENT_RECORDED, true,
                        Variables.PLAN_BUF, true,
                        Variables.PLAN_BIF, true,
                        Variables.PLAN_KFF, false));
        for (String[] accept : Arrays.asList(
                new String[] {"sofie", USER_ACCEPT_GOALS_SOF},
                new String[] {"jonas", USER_ACCEPT_GOALS_BUF},
                new String[] {"fatima", USER_ACCEPT_GOALS_BIF})) {
            driver.complete(accept[0], caseNumber, accept[1], Map.of(Variables.GOALS_ACCEPTED, true));
        }
    }
}
