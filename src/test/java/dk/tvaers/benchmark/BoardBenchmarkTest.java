package dk.tvaers.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.board.BoardFilter;
import dk.tvaers.board.BoardPage;
import dk.tvaers.board.BoardService;
import dk.tvaers.family.FamilyCase;
import dk.tvaers.family.FamilyCaseService;
import dk.tvaers.family.NewCase;
import dk.tvaers.family.ReferralSource;
import dk.tvaers.kernel.Groups;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.support.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operations board with 10,000 running family cases on real PostgreSQL: how long a board page takes for a team
 * lead (all cases) and for a caseworker (the cases her groups work on), with filters and sorting. Not part of the
 * default test run: {@code mvn -Pbenchmark test}; writes benchmarks/board-results.md.
 */
@Tag("benchmark")
class BoardBenchmarkTest extends PostgresIntegrationTest {

    static final int CASES = Integer.getInteger("benchmark.cases", 10_000);
    static final int RUNS = 30;
    static final String[] DISTRICTS = {"Indre By", "Østerbro", "Nørrebro", "Valby", "Bispebjerg", "Amager Øst"};

    @Autowired
    ProcessEngine engine;

    @Autowired
    FamilyCaseService cases;

    @Autowired
    BoardService board;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

    @Test
    void theBoardWith10000RunningCases() throws IOException {
        long started = System.nanoTime();
        int batch = 250;
        for (int from = 0; from < CASES; from += batch) {
            int first = from;
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(first + batch, CASES); i++) {
                    FamilyCase opened = cases.open(cases.check(new NewCase(
                            DISTRICTS[i % DISTRICTS.length],
                            ReferralSource.SSP,
                            3,
                            LocalDate.now().minusDays(i % 60))));
                    engine.getRuntimeService()
                            .startProcessInstanceByKey(
                                    FamilyInterventionProcess.KEY,
                                    opened.getCaseNumber(),
                                    Map.of(
                                            FamilyInterventionIds.Variables.DISTRICT, opened.getDistrict(),
                                            FamilyInterventionIds.Variables.AWARENESS_DATE,
                                                    opened.getAwarenessDate().toString()));
                }
            });
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        // fresh statistics after the bulk load, as PostgreSQL's autovacuum would gather them in a running system
        jdbc.getJdbcTemplate().execute("ANALYZE");

        // ten days on, every registration (due in 5 days) is overdue: "overdue only" has work to do
        clock.set(java.time.Instant.now().plus(10, java.time.temporal.ChronoUnit.DAYS));
        List<String> lines = new ArrayList<>();
        lines.add("# Operations board benchmark");
        lines.add("");
        lines.add("Run: `mvn -Pbenchmark test` (" + OffsetDateTime.now() + "), embedded PostgreSQL 17, "
                + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap.");
        lines.add("");
        lines.add(String.format(
                "Loaded %,d running family cases (case row + process instance + open task each) in %.1f s.",
                CASES, loadSeconds));
        lines.add("");
        lines.add("| board request | viewer | median ms | p95 ms | rows | total |");
        lines.add("| --- | --- | ---: | ---: | ---: | ---: |");
        measure(
                lines,
                "first page, by case number",
                "henrik",
                List.of(Groups.SOF, Groups.TEAM_LEAD),
                () -> filter(null, false, "caseNumber", "asc", 0));
        measure(
                lines,
                "a district, by days in phase",
                "henrik",
                List.of(Groups.SOF, Groups.TEAM_LEAD),
                () -> filter("Valby", false, "daysInPhase", "asc", 0));
        measure(
                lines,
                "overdue only, by next deadline",
                "henrik",
                List.of(Groups.SOF, Groups.TEAM_LEAD),
                () -> filter(null, true, "nextDeadline", "asc", 0));
        measure(
                lines,
                "page 100, by open tasks",
                "henrik",
                List.of(Groups.SOF, Groups.TEAM_LEAD),
                () -> filter(null, false, "openTasks", "desc", 100));
        measure(
                lines,
                "first page, by case number",
                "mette (her groups' cases)",
                List.of(Groups.SOF, Groups.COORDINATOR),
                () -> filter(null, false, "caseNumber", "asc", 0));
        lines.add("");
        lines.add("Whole requests over HTTP (Basic login, need-to-know check, access log written):");
        lines.add("");
        lines.add("| request | user | median ms | p95 ms | status |");
        lines.add("| --- | --- | ---: | ---: | ---: |");
        String someCase = jdbc.getJdbcTemplate()
                .queryForObject("SELECT case_number FROM family_case ORDER BY id DESC LIMIT 1", String.class);
        measureHttp(lines, "GET /api/board (first page, 50 rows logged)", "henrik", "/api/board?size=50");
        measureHttp(lines, "GET /api/cases/{n} (her group's task: granted)", "mette", "/api/cases/" + someCase);
        measureHttp(lines, "GET /api/cases/{n} (no task of hers: refused)", "jonas", "/api/cases/" + someCase);
        lines.add("");
        lines.add("Target: a board page well under 1 s at 10,000 running cases.");
        clock.reset();
        Path results = Path.of("benchmarks", "board-results.md");
        Files.createDirectories(results.getParent());
        Files.write(results, lines);
        lines.forEach(System.out::println);
    }

    private void measure(
            List<String> lines, String what, String viewer, List<String> groups, Supplier<BoardFilter> filter) {
        engine.getIdentityService().setAuthentication("benchmark", groups);
        try {
            List<Long> times = new ArrayList<>();
            BoardPage page = null;
            for (int i = 0; i < RUNS + 3; i++) {
                long t = System.nanoTime();
                page = board.board(filter.get());
                if (i >= 3) { // three warm-up runs
                    times.add((System.nanoTime() - t) / 1_000_000);
                }
            }
            Collections.sort(times);
            assertThat(page.total()).isPositive();
            lines.add(String.format(
                    "| %s | %s | %d | %d | %d | %,d |",
                    what,
                    viewer,
                    times.get(times.size() / 2),
                    times.get((int) (times.size() * 0.95)),
                    page.rows().size(),
                    page.total()));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void measureHttp(List<String> lines, String what, String user, String url) {
        List<Long> times = new ArrayList<>();
        int status = 0;
        for (int i = 0; i < RUNS + 3; i++) {
            long t = System.nanoTime();
            status = as(user).getForEntity(url, String.class).getStatusCode().value();
            if (i >= 3) {
                times.add((System.nanoTime() - t) / 1_000_000);
            }
        }
        Collections.sort(times);
        lines.add(String.format(
                "| %s | %s | %d | %d | %d |",
                what, user, times.get(times.size() / 2), times.get((int) (times.size() * 0.95)), status));
    }

    private static BoardFilter filter(String district, boolean overdue, String sort, String direction, int page) {
        return new BoardFilter(district, null, null, null, overdue, sort, direction, page, 50);
    }
}
