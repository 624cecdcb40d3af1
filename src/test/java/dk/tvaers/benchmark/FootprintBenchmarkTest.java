package dk.tvaers.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.benchmark.BenchmarkResults.Figure;
import dk.tvaers.referral.Families;
import dk.tvaers.support.PostgresDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 13, target 4: the footprint of Tværs as an operator runs it. Starts the packaged application as its own process
 * ({@code bin/tvaers}: the jar from {@code mvn package} extracted, its class data sharing archive and the recommended
 * JVM options) with the {@code postgres} and {@code demo} profiles on a fresh database of the embedded PostgreSQL, and
 * measures the time from process start to {@code /actuator/health/readiness} UP (the first start, which creates the
 * schema, apart from the median of the warm starts), the resident memory after start, and the resident memory while
 * caseworkers work through HTTP for a minute: Tasklist's task lists, the board, case pages, referrals and task
 * completions. Target: ready in at most 10 s, resident memory at most 768 MB under load at the national data set.
 *
 * <p>Run: {@code mvn -Pbenchmark test -Dtest=FootprintBenchmarkTest}. The benchmark profile packages the jar before the
 * tests run (pom.xml), so the jar measured is the one the build just made. Properties:
 *
 * <ul>
 *   <li>{@code benchmark.footprint.launch}: {@code script} (default, {@code bin/tvaers}) or {@code jar} ({@code java
 *       -jar target/tvaers-*.jar} with only {@code benchmark.footprint.java-opts}: the "before" of a tuning change);
 *   <li>{@code benchmark.footprint.java-opts}: JVM options added after the recommended ones ({@code JAVA_OPTS});
 *   <li>{@code benchmark.footprint.database}: a prepared PostgreSQL database (JDBC URL, user and password postgres
 *       unless {@code benchmark.footprint.database-user}/{@code -password}) with the national data set, used as it
 *       is; without it a fresh database gets {@code benchmark.footprint.cases} families (default 300) through the API
 *       and {@link BulkData} copies of three of them up to the largest of {@code benchmark.scales} (10,000 by
 *       default; {@code -Dbenchmark.scales=1000,10000,120000}, the national option, gives 120,000) or {@code
 *       benchmark.footprint.scale} cases;
 *   <li>{@code benchmark.footprint.starts} (default 4: the first and three warm), {@code benchmark.footprint.clients}
 *       (default 8), {@code benchmark.footprint.load-seconds} (default 60).
 * </ul>
 */
@Tag("benchmark")
class FootprintBenchmarkTest {

    static final String LAUNCH = System.getProperty("benchmark.footprint.launch", "script");
    static final String JAVA_OPTS = System.getProperty("benchmark.footprint.java-opts", "");
    static final String PREPARED_DATABASE = System.getProperty("benchmark.footprint.database", "");
    static final int SEED_CASES = Integer.getInteger("benchmark.footprint.cases", 300);
    /** The data size: the largest of the benchmarks' scales (10,000 by default, 120,000 with the national option). */
    static final int SCALE = Integer.getInteger(
            "benchmark.footprint.scale",
            Stream.of(System.getProperty("benchmark.scales", "10000").split(","))
                    .mapToInt(scale -> Integer.parseInt(scale.trim()))
                    .max()
                    .orElse(10_000));

    static final int STARTS = Integer.getInteger("benchmark.footprint.starts", 4);
    static final int CLIENTS = Integer.getInteger("benchmark.footprint.clients", 8);
    static final int LOAD_SECONDS = Integer.getInteger("benchmark.footprint.load-seconds", 60);
    static final int PORT = Integer.getInteger("benchmark.footprint.port", 8091);
    static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    static final double TARGET_READY_SECONDS = 10;
    static final double TARGET_RSS_MIB = 768;
    static final String[] DISTRICTS = {"Indre By", "Østerbro", "Nørrebro", "Valby", "Bispebjerg", "Amager Øst"};

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final String base = "http://localhost:" + PORT;

    @Test
    void footprint() throws Exception {
        String url = PREPARED_DATABASE.isBlank() ? PostgresDatabases.newDatabase() : PREPARED_DATABASE;
        String user = System.getProperty("benchmark.footprint.database-user", "postgres");
        String password = System.getProperty("benchmark.footprint.database-password", "postgres");
        Path logs = Files.createDirectories(Path.of("target", "footprint"));

        double prepareSeconds = LAUNCH.equals("script") ? prepare(logs) : 0;
        double bulkSeconds = 0;

        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            App app = App.start(url, user, password, logs.resolve("start-" + (i + 1) + ".log"));
            try {
                starts.add(app.awaitReady(this));
                if (i == 0 && PREPARED_DATABASE.isBlank()) {
                    seed(SEED_CASES);
                    bulkSeconds = grow(url, user, password);
                }
                if (i == STARTS - 1) {
                    // the last start stays up for the load
                    int cases = count(url, user, password, "SELECT count(*) FROM family_case");
                    Load load = load(app);
                    report(starts, load, cases, prepareSeconds, bulkSeconds);
                }
            } finally {
                app.stop();
            }
        }
    }

    /** bin/tvaers prepare: extracts the jar and writes the CDS archive (done once per build, before any start). */
    private static double prepare(Path logs) throws Exception {
        long started = System.nanoTime();
        Process prepare = new ProcessBuilder("bin/tvaers", "prepare")
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("prepare.log").toFile())
                .start();
        assertThat(prepare.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(prepare.exitValue()).as("bin/tvaers prepare").isZero();
        return (System.nanoTime() - started) / 1e9;
    }

    /** One start: seconds from process start to readiness, CPU seconds the process used until then, memory. */
    record Start(double readySeconds, double cpuSeconds, long rssKib, long hwmKib) {}

    /** The application as its own process. */
    static final class App {
        final Process process;
        final long startedNanos;

        private App(Process process, long startedNanos) {
            this.process = process;
            this.startedNanos = startedNanos;
        }

        static App start(String url, String user, String password, Path log) throws IOException {
            List<String> command = new ArrayList<>();
            if (LAUNCH.equals("script")) {
                command.add("bin/tvaers");
            } else {
                command.add(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(options(JAVA_OPTS));
                command.add("-jar");
                command.add(jar().toString());
            }
            command.add("--server.port=" + PORT);
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "postgres,demo");
            env.put("SPRING_DATASOURCE_URL", url);
            env.put("SPRING_DATASOURCE_USERNAME", user);
            env.put("SPRING_DATASOURCE_PASSWORD", password);
            env.put("JAVA_OPTS", JAVA_OPTS);
            env.remove("JAVA_TOOL_OPTIONS");
            long started = System.nanoTime();
            return new App(builder.start(), started);
        }

        Start awaitReady(FootprintBenchmarkTest test) throws Exception {
            long deadline = startedNanos + READY_TIMEOUT.toNanos();
            HttpRequest readiness = HttpRequest.newBuilder(URI.create(test.base + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive())
                        .as("the application stopped before it was ready (target/footprint/start-*.log)")
                        .isTrue();
                try {
                    HttpResponse<String> answer = test.http.send(readiness, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                        double seconds = (System.nanoTime() - startedNanos) / 1e9;
                        return new Start(seconds, cpuSeconds(), status("VmRSS"), status("VmHWM"));
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new AssertionError("not ready within " + READY_TIMEOUT);
        }

        /** A line of /proc/<pid>/status in KiB (VmRSS: resident now, VmHWM: the peak so far). */
        long status(String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            throw new IllegalStateException(field + " not in /proc/" + process.pid() + "/status");
        }

        /** User and system CPU seconds of the process so far (/proc/<pid>/stat, clock ticks of 1/100 s). */
        double cpuSeconds() throws IOException {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        static Path jar() throws IOException {
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                return files.filter(p -> p.getFileName().toString().matches("tvaers-.*\\.jar"))
                        .max((a, b) -> Long.compare(
                                a.toFile().lastModified(), b.toFile().lastModified()))
                        .orElseThrow(
                                () -> new AssertionError("no target/tvaers-*.jar: mvn -Pbenchmark test builds it"));
            }
        }

        static List<String> options(String options) {
            return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
        }
    }

    // --- the data set ---

    /**
     * The modest data set of a fresh database: families referred through the API by four coordinators at once. The
     * national data set (100,000 cases) comes prepared instead ({@code -Dbenchmark.footprint.database=jdbc:…}), e.g.
     * by the bulk data generator of this package filling a database before the run.
     */
    private void seed(int cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> referrals = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                int n = i;
                referrals.add(pool.submit(() -> {
                    refer(n);
                    return null;
                }));
            }
            for (Future<?> referral : referrals) {
                referral.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static final AtomicInteger FAMILIES = new AtomicInteger();

    /** mette refers a family of a parent and a child (POST /api/cases); the case number. */
    String refer(int n) throws Exception {
        int family = FAMILIES.incrementAndGet();
        Map<String, Object> body = referral(DISTRICTS[n % DISTRICTS.length], n, family);
        HttpResponse<String> created = send("mette", "POST", "/api/cases", body);
        assertThat(created.statusCode()).as("referral: %s", created.body()).isEqualTo(201);
        return (String) json.readValue(created.body(), Map.class).get("caseNumber");
    }

    /**
     * A referral of a parent and a 12-year-old child: CPR numbers unique for each family number below 1.5 million
     * (the serial is the family number's last three digits, the date of birth moves by a day every thousand).
     */
    static Map<String, Object> referral(String district, int n, int family) {
        return Map.of(
                "district",
                district,
                "referral",
                Map.of(
                        "source",
                        "SCHOOL",
                        "concern",
                        "Fravær",
                        "sspCategory",
                        1 + n % 4,
                        "awarenessDate",
                        LocalDate.now().minusDays(n % 30).toString()),
                "members",
                List.of(
                        Map.of(
                                "name",
                                "Forælder " + family,
                                "cpr",
                                Families.cpr(LocalDate.of(1980, 1, 1).plusDays(family / 1000 % 3000), family),
                                "role",
                                "PARENT"),
                        Map.of(
                                "name",
                                "Barn " + family,
                                "cpr",
                                Families.cpr(Families.aged(12).minusDays(family / 1000 % 1500), family),
                                "role",
                                "CHILD")));
    }

    /**
     * The data set at scale ({@link #SCALE} cases; about 100,000 is the national one):
     * three families of the seed taken to their stages through the API (referred, investigating, at visitation)
     * are copied in PostgreSQL by {@link BulkData}, as the Tasklist benchmark does. Seconds it took.
     */
    private double grow(String url, String user, String password) throws Exception {
        if (SCALE <= SEED_CASES) {
            return 0;
        }
        long started = System.nanoTime();
        String referred = refer(1);
        String investigating = refer(2);
        nextTask(investigating);
        String visitation = refer(3);
        nextTask(visitation);
        nextTask(visitation);
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        List<BulkData.Template> templates = new ArrayList<>();
        for (String[] stage :
                new String[][] {{"referred", referred}, {"investigating", investigating}, {"visitation", visitation}}) {
            templates.add(new BulkData.Template(
                    stage[0],
                    stage[1],
                    jdbc.queryForObject(
                            "SELECT id_ FROM act_hi_procinst WHERE business_key_ = ? AND super_process_instance_id_"
                                    + " IS NULL AND proc_def_key_ = 'family-intervention'",
                            String.class,
                            stage[1])));
        }
        int municipalities = Math.min(98, Math.max(1, SCALE / BulkData.CASES_PER_MUNICIPALITY));
        new BulkData(jdbc, templates).grow(SCALE - SEED_CASES, municipalities);
        return (System.nanoTime() - started) / 1e9;
    }

    private static int count(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    // --- the load: caseworkers through HTTP ---

    /** What the load did: requests and their timings per kind, failures, memory sampled each second. */
    record Load(
            Map<String, List<Long>> nanos,
            long failures,
            List<Long> rssKib,
            long hwmKib,
            double seconds,
            String error) {
        long requests() {
            return nanos.values().stream().mapToLong(List::size).sum();
        }
    }

    private Load load(App app) throws Exception {
        Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> referred = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Long> rss = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        caseworkerStep(nanos, referred);
                    } catch (Exception | AssertionError e) {
                        failures.incrementAndGet();
                        if (errors.size() < 5) {
                            errors.add(e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        while (System.nanoTime() < end) {
            rss.add(app.status("VmRSS"));
            Thread.sleep(1000);
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        rss.add(app.status("VmRSS"));
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Load(nanos, failures.get(), rss, app.status("VmHWM"), seconds, String.join(" | ", errors));
    }

    /**
     * One thing a caseworker does, drawn at random with the weights of a working day: mostly reading (Tasklist's
     * list, the board, a case page), sometimes a referral or the next task of a family referred during the load.
     */
    private void caseworkerStep(Map<String, List<Long>> nanos, ConcurrentLinkedQueue<String> referred)
            throws Exception {
        int dice = ThreadLocalRandom.current().nextInt(100);
        String[] readers = {"mette", "sofie", "lars", "jonas", "fatima", "karen", "henrik"};
        String reader = readers[ThreadLocalRandom.current().nextInt(readers.length)];
        if (dice < 35) {
            timed(
                    nanos,
                    "Tasklist: task list (GET /engine-rest/task)",
                    () -> ok(send(
                            reader,
                            "GET",
                            "/engine-rest/task?maxResults=50&firstResult=0&sortBy=dueDate&sortOrder=asc"
                                    + "&withCandidateGroups=true&includeAssignedTasks=true",
                            null)));
        } else if (dice < 45) {
            timed(
                    nanos,
                    "Tasklist: task count (GET /engine-rest/task/count)",
                    () -> ok(send(reader, "GET", "/engine-rest/task/count", null)));
        } else if (dice < 60) {
            String viewer = dice % 2 == 0 ? "henrik" : "mette";
            timed(nanos, "board (GET /api/board)", () -> ok(send(viewer, "GET", "/api/board?size=50", null)));
        } else if (dice < 70 && !referred.isEmpty()) {
            String caseNumber = referred.peek();
            timed(
                    nanos,
                    "case page (GET /api/cases/{n})",
                    () -> ok(send("henrik", "GET", "/api/cases/" + caseNumber, null)));
        } else if (dice < 78) {
            timed(nanos, "referral (POST /api/cases)", () -> {
                referred.add(refer(ThreadLocalRandom.current().nextInt(1000)));
                return null;
            });
        } else {
            String caseNumber = referred.poll();
            if (caseNumber != null) {
                timed(nanos, "task completion (submit-form)", () -> {
                    if (nextTask(caseNumber)) {
                        referred.add(caseNumber);
                    }
                    return null;
                });
            }
        }
    }

    /**
     * Completes the case's next task of the family course's beginning as its caseworker would in Tasklist: mette
     * registers the members, sofie finishes the child investigation, lars decides visitation (not visited: the case
     * closes). False when the case has none of them open any more.
     */
    private boolean nextTask(String caseNumber) throws Exception {
        Object[][] steps = {
            {"mette", "user_register_members", Map.of("membersRegistered", true)},
            {
                "sofie",
                "user_child_investigation",
                Map.of("investigationConclusion", "SUPPORT_NEEDED", "investigationFinished", true)
            },
            {
                "lars",
                "user_decide_visitation",
                Map.of("visitationDecision", "NOT_VISITED", "visitationReason", "Familien har selv fundet hjælp.")
            },
        };
        for (Object[] step : steps) {
            String user = (String) step[0];
            List<Map<String, Object>> open = json.readValue(
                    ok(send(
                            user,
                            "GET",
                            "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + caseNumber
                                    + "&taskDefinitionKey=" + step[1],
                            null)),
                    new TypeReference<>() {});
            if (open.isEmpty()) {
                continue;
            }
            Map<String, Object> variables = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) step[2];
            values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
            HttpResponse<String> done = send(
                    user,
                    "POST",
                    "/engine-rest/task/" + open.get(0).get("id") + "/submit-form",
                    Map.of("variables", variables));
            assertThat(done.statusCode())
                    .as("%s submits %s: %s", user, step[1], done.body())
                    .isEqualTo(204);
            return true;
        }
        return false;
    }

    interface Action {
        Object run() throws Exception;
    }

    private static void timed(Map<String, List<Long>> nanos, String kind, Action action) throws Exception {
        long started = System.nanoTime();
        action.run();
        nanos.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(System.nanoTime() - started);
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("%s %s: %s", response.request().method(), response.uri(), response.body())
                .isBetween(200, 299);
        return response.body();
    }

    HttpResponse<String> send(String user, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- the report ---

    private void report(List<Start> starts, Load load, int cases, double prepareSeconds, double bulkSeconds) {
        Start first = starts.get(0);
        List<Start> warm = starts.subList(1, starts.size());
        double warmReady = median(warm.stream().map(Start::readySeconds).toList());
        double warmCpu = median(warm.stream().map(Start::cpuSeconds).toList());
        double warmRss = median(warm.stream().map(s -> s.rssKib() / 1024.0).toList());
        double loadRssMax =
                load.rssKib().stream().mapToLong(Long::longValue).max().orElse(0) / 1024.0;
        double loadRssEnd = load.rssKib().get(load.rssKib().size() - 1) / 1024.0;
        double hwm = load.hwmKib() / 1024.0;
        String launch = LAUNCH.equals("script") ? "bin/tvaers" : "java -jar";
        Map<String, Object> extra = Map.of("launch", launch, "javaOpts", JAVA_OPTS, "cases", cases);

        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(
                "footprint", "ready, first start (schema created)", cases, first.readySeconds(), "s", extra));
        figures.add(new Figure("footprint", "ready, warm start (median)", cases, warmReady, "s", extra));
        figures.add(new Figure("footprint", "CPU until ready, warm start (median)", cases, warmCpu, "s", extra));
        figures.add(new Figure("footprint", "RSS after start (median)", cases, warmRss, "MiB", extra));
        figures.add(new Figure("footprint", "RSS under load (max)", cases, loadRssMax, "MiB", extra));
        figures.add(new Figure("footprint", "RSS after load", cases, loadRssEnd, "MiB", extra));
        figures.add(new Figure("footprint", "peak RSS (VmHWM)", cases, hwm, "MiB", extra));
        figures.add(new Figure("footprint", "requests under load", cases, load.requests(), "requests", extra));
        figures.add(new Figure("footprint", "failed requests under load", cases, load.failures(), "requests", extra));

        StringBuilder md = new StringBuilder();
        String name = System.getProperty("benchmark.footprint.name", "footprint");
        md.append(
                name.equals("footprint")
                        ? "## Footprint (issue 13, target 4)\n\n"
                        : "## Footprint, " + name + " (issue 13, target 4)\n\n");
        md.append(String.format(
                "`mvn -Pbenchmark test -Dtest=FootprintBenchmarkTest`: the packaged application started by `%s`%s, "
                        + "profiles postgres and demo, embedded PostgreSQL 17, %,d family cases%s.\n\n",
                launch,
                JAVA_OPTS.isBlank() ? "" : " with `" + JAVA_OPTS + "`",
                cases,
                !PREPARED_DATABASE.isBlank()
                        ? " (prepared database)"
                        : bulkSeconds > 0 ? "" : " (referred through the API)"));
        if (bulkSeconds > 0) {
            md.append(String.format(
                    "The cases beyond the %,d referred through the API are `BulkData` copies of three of them "
                            + "(referred, investigating, at visitation), made in %.0f s.%n%n",
                    SEED_CASES, bulkSeconds));
        }
        if (prepareSeconds > 0) {
            md.append(String.format(
                    "`bin/tvaers prepare` (extract the jar, CDS training run) took %.1f s, once per build.%n%n",
                    prepareSeconds));
        }
        md.append("| figure | value | target |\n| --- | ---: | ---: |\n");
        md.append(String.format("| ready, first start (creates the schema) | %.1f s | |%n", first.readySeconds()));
        md.append(String.format(
                "| ready, warm start (median of %d) | %.1f s | ≤ %.0f s |%n",
                warm.size(), warmReady, TARGET_READY_SECONDS));
        md.append(String.format("| CPU used until ready, warm start (median) | %.1f s | |%n", warmCpu));
        md.append(String.format("| RSS after start (median) | %.0f MiB | |%n", warmRss));
        md.append(String.format(
                "| RSS under load (max of 1 s samples) | %.0f MiB | ≤ %.0f MB |%n", loadRssMax, TARGET_RSS_MIB));
        md.append(String.format("| RSS after load | %.0f MiB | |%n", loadRssEnd));
        md.append(String.format("| peak RSS (VmHWM, start and load) | %.0f MiB | |%n", hwm));
        md.append(String.format(
                "%nLoad: %d caseworkers for %.0f s, %,d requests (%.1f/s), %d failed%s.%n%n",
                CLIENTS,
                load.seconds(),
                load.requests(),
                load.requests() / load.seconds(),
                load.failures(),
                load.error().isBlank() ? "" : " (" + load.error().replace("|", "/") + ")"));
        md.append("| request | count | median ms | p95 ms |\n| --- | ---: | ---: | ---: |\n");
        load.nanos().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(kind -> {
            Timings timings = Timings.fromNanos(kind.getValue());
            md.append(String.format(
                    "| %s | %,d | %.0f | %.0f |%n",
                    kind.getKey(), timings.runs(), timings.medianMs(), timings.p95Ms()));
        });
        md.append(String.format(
                "%nStarts: %s.%n",
                String.join(
                        ", ",
                        starts.stream()
                                .map(s -> String.format(
                                        "%.1f s (CPU %.1f s, RSS %.0f MiB)",
                                        s.readySeconds(), s.cpuSeconds(), s.rssKib() / 1024.0))
                                .toList())));
        BenchmarkResults.write(name, figures, md.toString());
        System.out.println(md);
        assertThat(load.failures())
                .as("failed requests under load: %s", load.error())
                .isLessThan(load.requests() / 100 + 1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get((sorted.size() - 1) / 2);
    }
}
