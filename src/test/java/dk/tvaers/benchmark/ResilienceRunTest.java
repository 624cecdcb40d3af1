package dk.tvaers.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The resilience run (issue 16, RESILIENCE.md): two Tværs nodes, started together on an empty PostgreSQL (embedded
 * binaries from Maven, all on loopback), and a load driver of 8 workers that refer families and complete their tasks
 * across both nodes (mette registers the members and hears the child, sofie finishes the child investigation, lars
 * decides visitation; three tasks a family), while overdue timers are made due so that both nodes' job executors fire
 * them. One node is killed with {@code kill -9} a third of the way and started again; PostgreSQL is stopped for 30 s
 * two thirds of the way. Afterwards the database is checked: every acknowledged referral is a case with its process,
 * every acknowledged completion is a completed task, no referral made two cases, no timer fired twice and none that
 * was due is left unfired. Prints the figures and fails on any loss or duplicate.
 *
 * <p>Run: {@code bin/resilience [tasks]} ({@code mvn -Presilience test}); {@code -Dresilience.tasks} (default
 * 10,000), {@code -Dresilience.workers} (8), {@code -Dresilience.outage-seconds} (30), ports
 * {@code -Dresilience.ports=8097,8098}.
 */
@Tag("resilience")
class ResilienceRunTest {

    static final int TASKS = Integer.getInteger("resilience.tasks", 10_000);
    static final int WORKERS = Integer.getInteger("resilience.workers", 8);
    static final int OUTAGE_SECONDS = Integer.getInteger("resilience.outage-seconds", 30);
    static final List<Integer> PORTS = List.of(
                    System.getProperty("resilience.ports", "8097,8098").split(","))
            .stream()
            .map(String::trim)
            .map(Integer::valueOf)
            .toList();
    static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    static final String JAVA_OPTS = System.getProperty("resilience.java-opts", "-Xmx384m -XX:+UseSerialGC");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path logs = Path.of("target", "resilience");

    private EmbeddedPostgres postgres;
    private int pgPort;
    private Path pgData;
    private String url;
    private final Node[] nodes = new Node[2];

    // what the driver saw
    private final Set<String> acknowledgedCases = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> acknowledgedTasks = new ConcurrentHashMap<>();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong unknownOutcomes = new AtomicLong();
    private final Set<String> pumpedTimers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger families = new AtomicInteger();
    private final List<String> events = new ArrayList<>();
    private volatile boolean running = true;

    /** One application process on one port, with its node name in the engine's job log. */
    final class Node {
        final String name;
        final int port;
        Process process;
        long startedNanos;

        Node(String name, int port) {
            this.name = name;
            this.port = port;
        }

        void start() throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(JAVA_OPTS.trim().split("\\s+")));
            command.add("-jar");
            command.add(jar().toString());
            command.add("--server.port=" + port);
            command.add("--server.address=127.0.0.1");
            command.add("--camunda.bpm.generic-properties.properties.hostname=" + name);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            logs.resolve(name + ".log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "postgres,demo");
            env.put("SPRING_DATASOURCE_URL", url);
            env.put("SPRING_DATASOURCE_USERNAME", "postgres");
            env.put("SPRING_DATASOURCE_PASSWORD", "postgres");
            env.remove("JAVA_TOOL_OPTIONS");
            startedNanos = System.nanoTime();
            process = builder.start();
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        boolean up() {
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return health.statusCode() == 200 && health.body().contains("\"UP\"");
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }

        double awaitUp(long sinceNanos) throws InterruptedException {
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive())
                        .as("%s stopped (target/resilience/%s.log)", name, name)
                        .isTrue();
                if (up()) {
                    return (System.nanoTime() - sinceNanos) / 1e9;
                }
                Thread.sleep(250);
            }
            throw new AssertionError(name + " not up within " + READY_TIMEOUT);
        }
    }

    @Test
    void nothingIsLostWhenANodeIsKilledAndTheDatabaseGoesAway() throws Exception {
        Files.createDirectories(logs);
        for (int i = 0; i < 2; i++) {
            Files.deleteIfExists(logs.resolve("node-" + (char) ('a' + i) + ".log"));
            nodes[i] = new Node("node-" + (char) ('a' + i), PORTS.get(i));
        }
        pgPort = freePort();
        pgData = Files.createTempDirectory("tvaers-resilience-pg");
        startPostgres();
        url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            // both nodes at once on the empty database (issue 16, 4)
            long start = System.nanoTime();
            nodes[0].start();
            nodes[1].start();
            figures.put("node-a up after a start together on an empty database (s)", round(nodes[0].awaitUp(start)));
            figures.put("node-b up after a start together on an empty database (s)", round(nodes[1].awaitUp(start)));

            long loadStart = System.nanoTime();
            ExecutorService workers = Executors.newFixedThreadPool(WORKERS + 1);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                running.add(workers.submit(() -> {
                    work(worker);
                    return null;
                }));
            }
            running.add(workers.submit(() -> {
                pumpTimers();
                return null;
            }));

            awaitCompleted(TASKS / 3);
            event("kill -9 node-b at " + completed.get() + " tasks");
            nodes[1].process.destroyForcibly().waitFor();
            Thread.sleep(5000);
            long restart = System.nanoTime();
            nodes[1].start();
            figures.put("node-b up after kill -9 and restart (s)", round(nodes[1].awaitUp(restart)));

            awaitCompleted(2 * TASKS / 3);
            event("PostgreSQL stopped for " + OUTAGE_SECONDS + " s at " + completed.get() + " tasks");
            postgres.close();
            Thread.sleep(OUTAGE_SECONDS * 1000L);
            long back = System.nanoTime();
            startPostgres();
            event("PostgreSQL back");
            figures.put("node-a answering again after the database returned (s)", round(nodes[0].awaitUp(back)));
            figures.put("node-b answering again after the database returned (s)", round(nodes[1].awaitUp(back)));
            int before = completed.get();
            awaitCompleted(before + 1);
            figures.put(
                    "first completed task after the database returned (s)", round((System.nanoTime() - back) / 1e9));

            awaitCompleted(Math.max(TASKS, completed.get() + 1));
            this.running = false;
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
            workers.shutdown();
            double seconds = (System.nanoTime() - loadStart) / 1e9;
            // the timers made due fire within a minute
            awaitTimersFired(Duration.ofMinutes(2));

            Check check = check();
            figures.put("tasks completed (acknowledged)", completed.get());
            figures.put("families referred (acknowledged)", acknowledgedCases.size());
            figures.put("load seconds", round(seconds));
            figures.put("tasks per second", round(completed.get() / seconds));
            figures.put("conflicts (409 or optimistic locking, retried)", conflicts.get());
            figures.put("retries (node or database away: connection refused, 5xx, timeout)", retries.get());
            figures.put("requests without an answer (outcome unknown, not counted)", unknownOutcomes.get());
            figures.put("timers made due", pumpedTimers.size());
            figures.put("timers fired per node", check.timersPerNode);
            figures.put("lost referrals", check.lostCases);
            figures.put("lost completions", check.lostTasks);
            figures.put("lost timers (due, never fired)", check.lostTimers);
            figures.put("duplicated referrals (one family, two cases)", check.duplicatedCases);
            figures.put("duplicated completions (one task acknowledged twice)", check.duplicatedTasks);
            figures.put("duplicated timers (fired twice)", check.duplicatedTimers);
            figures.put("events", List.copyOf(events));
            report(figures);
            long lost = check.lostCases + check.lostTasks + check.lostTimers;
            long duplicated = check.duplicatedCases + check.duplicatedTasks + check.duplicatedTimers;
            assertThat(lost).as("lost").isZero();
            assertThat(duplicated).as("duplicated").isZero();
            assertThat(completed.get()).isGreaterThanOrEqualTo(TASKS);
        } finally {
            this.running = false;
            for (Node node : nodes) {
                if (node != null && node.process != null) {
                    node.process.destroy();
                    node.process.waitFor(30, TimeUnit.SECONDS);
                    node.process.destroyForcibly();
                }
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    // --- the load ---

    private void work(int worker) throws InterruptedException {
        int turn = worker;
        // the workers go on until the main thread has run the whole fault schedule and seen the tasks completed
        while (running) {
            int n = families.incrementAndGet();
            String caseNumber = null;
            try {
                caseNumber = refer(n, turn++);
            } catch (Unknown e) {
                continue;
            }
            if (caseNumber == null) {
                continue;
            }
            List<Step> steps = List.of(
                    new Step("mette", "user_register_members", Map.of("membersRegistered", true), false),
                    new Step(
                            "sofie",
                            "user_child_investigation",
                            Map.of("investigationConclusion", "SUPPORT_NEEDED", "investigationFinished", true),
                            true),
                    new Step(
                            "lars",
                            "user_decide_visitation",
                            Map.of(
                                    "visitationDecision",
                                    "NOT_VISITED",
                                    "visitationReason",
                                    "Familien har selv fundet hjælp."),
                            false));
            for (Step step : steps) {
                if (!running) {
                    return;
                }
                complete(caseNumber, step, turn++);
            }
        }
    }

    record Step(String user, String task, Map<String, Object> variables, boolean hearChildFirst) {}

    /** Thrown when a request got no answer: its outcome is unknown. */
    static final class Unknown extends Exception {
        Unknown(Throwable cause) {
            super(cause);
        }
    }

    private String refer(int n, int turn) throws Unknown, InterruptedException {
        Map<String, Object> body = FootprintBenchmarkTest.referral("Nørrebro", n, n);
        // a referral is not sent again when its answer was lost (that is what Idempotency-Key is for)
        HttpResponse<String> created = sendOnce(turn, "mette", "POST", "/api/cases", body);
        if (created.statusCode() == 201) {
            try {
                String caseNumber =
                        (String) json.readValue(created.body(), Map.class).get("caseNumber");
                acknowledgedCases.add(caseNumber);
                return caseNumber;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        count(created);
        return null;
    }

    private void complete(String caseNumber, Step step, int turn) throws InterruptedException {
        for (int attempt = 0; attempt < 200 && running; attempt++) {
            try {
                if (step.hearChildFirst()) {
                    hearChildren(caseNumber, turn + attempt);
                }
                List<Map<String, Object>> open = json.readValue(
                        ok(sendOnce(
                                turn + attempt,
                                step.user(),
                                "GET",
                                "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + caseNumber
                                        + "&taskDefinitionKey=" + step.task(),
                                null)),
                        new TypeReference<>() {});
                if (open.isEmpty()) {
                    return;
                }
                for (Map<String, Object> task : open) {
                    String id = (String) task.get("id");
                    Map<String, Object> variables = new LinkedHashMap<>();
                    step.variables().forEach((name, value) -> variables.put(name, Map.of("value", value)));
                    HttpResponse<String> done = sendOnce(
                            turn + attempt,
                            step.user(),
                            "POST",
                            "/engine-rest/task/" + id + "/submit-form",
                            Map.of("variables", variables));
                    if (done.statusCode() == 204) {
                        acknowledgedTasks.merge(id, 1, Integer::sum);
                        completed.incrementAndGet();
                    } else {
                        count(done);
                    }
                }
                // a child investigation per child: look again until none is open
                if (!step.task().equals("user_child_investigation")) {
                    return;
                }
            } catch (Unknown | IOException | RuntimeException e) {
                retries.incrementAndGet();
                Thread.sleep(500);
            }
        }
    }

    private final Set<String> heard = ConcurrentHashMap.newKeySet();

    @SuppressWarnings("unchecked")
    private void hearChildren(String caseNumber, int turn) throws Unknown, IOException, InterruptedException {
        if (heard.contains(caseNumber)) {
            return;
        }
        Map<String, Object> record =
                json.readValue(ok(sendOnce(turn, "mette", "GET", "/api/cases/" + caseNumber, null)), Map.class);
        for (Map<String, Object> member : (List<Map<String, Object>>) record.get("members")) {
            if ("CHILD".equals(member.get("role"))) {
                HttpResponse<String> recorded = sendOnce(
                        turn,
                        "mette",
                        "POST",
                        "/api/cases/" + caseNumber + "/child-conversations",
                        Map.of(
                                "memberId",
                                ((Number) member.get("id")).longValue(),
                                "occasion",
                                "INVESTIGATION",
                                "held",
                                true,
                                "heldOn",
                                LocalDate.now().toString(),
                                "present",
                                "Barnet og sagsbehandleren",
                                "childViews",
                                "Barnet vil gerne have hjælp i skolen"));
                if (recorded.statusCode() != 201) {
                    count(recorded);
                    throw new IllegalStateException("conversation: " + recorded.statusCode());
                }
            }
        }
        heard.add(caseNumber);
    }

    private void count(HttpResponse<String> answer) {
        if (answer.statusCode() == 409
                || answer.body().contains("OptimisticLocking")
                || answer.body().contains("ændret af en anden")) {
            conflicts.incrementAndGet();
        } else {
            retries.incrementAndGet();
        }
    }

    private String ok(HttpResponse<String> answer) {
        if (answer.statusCode() / 100 != 2) {
            count(answer);
            throw new IllegalStateException(answer.statusCode() + " " + answer.uri());
        }
        return answer.body();
    }

    /** One request to the node whose turn it is; no answer at all is {@link Unknown}. */
    private HttpResponse<String> sendOnce(int turn, String user, String method, String path, Object body)
            throws Unknown, InterruptedException {
        Node node = nodes[Math.floorMod(turn, 2)];
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path))
                    .timeout(Duration.ofSeconds(60))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!method.equals("GET")) {
                unknownOutcomes.incrementAndGet();
            }
            retries.incrementAndGet();
            Thread.sleep(300);
            throw new Unknown(e);
        }
    }

    /**
     * Every 3 s makes the overdue timers of up to 20 open tasks due now, so that both nodes' job executors fire
     * them while the load runs; remembers them for the check.
     */
    private void pumpTimers() throws InterruptedException {
        while (running) {
            Thread.sleep(3000);
            try (Connection db = connection();
                    PreparedStatement due = db.prepareStatement(
                            "UPDATE act_ru_job SET duedate_ = now() WHERE id_ IN (SELECT id_ FROM act_ru_job"
                                    + " WHERE type_ = 'timer' AND duedate_ > now() + interval '1 hour'"
                                    + " AND handler_cfg_ LIKE '%overdue%' AND retries_ > 0 LIMIT 20) RETURNING id_")) {
                try (ResultSet made = due.executeQuery()) {
                    while (made.next()) {
                        pumpedTimers.add(made.getString(1));
                    }
                }
            } catch (SQLException databaseAway) {
                // the outage: try again next round
            }
        }
    }

    private void awaitTimersFired(Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection db = connection();
                    ResultSet left = db.createStatement()
                            .executeQuery("SELECT count(*) FROM act_ru_job WHERE type_ = 'timer' AND duedate_ <= now()"
                                    + " AND handler_cfg_ LIKE '%overdue%'")) {
                left.next();
                if (left.getInt(1) == 0) {
                    return;
                }
            }
            Thread.sleep(1000);
        }
    }

    private void awaitCompleted(int tasks) throws InterruptedException {
        while (completed.get() < tasks) {
            Thread.sleep(200);
        }
    }

    // --- the check ---

    record Check(
            long lostCases,
            long lostTasks,
            long lostTimers,
            long duplicatedCases,
            long duplicatedTasks,
            long duplicatedTimers,
            Map<String, Integer> timersPerNode) {}

    private Check check() throws SQLException {
        try (Connection db = connection()) {
            Set<String> cases = strings(db, "SELECT case_number FROM family_case");
            Set<String> processes = strings(
                    db, "SELECT business_key_ FROM act_hi_procinst WHERE proc_def_key_ = 'family-intervention'");
            long lostCases = acknowledgedCases.stream()
                    .filter(c -> !cases.contains(c) || !processes.contains(c))
                    .count();
            Set<String> done = strings(
                    db, "SELECT id_ FROM act_hi_taskinst WHERE end_time_ IS NOT NULL AND delete_reason_ = 'completed'");
            Set<String> stillOpen = strings(db, "SELECT id_ FROM act_ru_task");
            long lostTasks = acknowledgedTasks.keySet().stream()
                    .filter(t -> !done.contains(t) || stillOpen.contains(t))
                    .count();
            long duplicatedTasks =
                    acknowledgedTasks.values().stream().filter(v -> v > 1).count();
            long duplicatedCases = single(
                    db,
                    "SELECT count(*) FROM (SELECT cpr FROM case_member WHERE cpr IS NOT NULL GROUP BY cpr"
                            + " HAVING count(DISTINCT case_id) > 1) d");
            // per timer made due: fired (successful) once, or deleted with its task; never fired twice
            Map<String, Integer> successes = new ConcurrentHashMap<>();
            Map<String, Integer> perNode = new LinkedHashMap<>();
            Set<String> deleted = ConcurrentHashMap.newKeySet();
            try (ResultSet log =
                    db.createStatement().executeQuery("SELECT job_id_, job_state_, hostname_ FROM act_hi_job_log")) {
                while (log.next()) {
                    String job = log.getString(1);
                    if (!pumpedTimers.contains(job)) {
                        continue;
                    }
                    if (log.getInt(2) == 2) {
                        successes.merge(job, 1, Integer::sum);
                        perNode.merge(log.getString(3), 1, Integer::sum);
                    } else if (log.getInt(2) == 3) {
                        deleted.add(job);
                    }
                }
            }
            long lostTimers = pumpedTimers.stream()
                    .filter(job -> !successes.containsKey(job) && !deleted.contains(job))
                    .count();
            long duplicatedTimers =
                    successes.values().stream().filter(v -> v > 1).count();
            return new Check(
                    lostCases, lostTasks, lostTimers, duplicatedCases, duplicatedTasks, duplicatedTimers, perNode);
        }
    }

    private static Set<String> strings(Connection db, String sql) throws SQLException {
        Set<String> values = ConcurrentHashMap.newKeySet();
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                if (rows.getString(1) != null) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    // --- infrastructure ---

    private void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setPort(pgPort)
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tvaers-.*\\.jar"))
                    .max((a, b) ->
                            Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("no target/tvaers-*.jar: mvn -Presilience test builds it"));
        }
    }

    private synchronized void event(String what) {
        events.add(OffsetDateTime.now().withNano(0) + " " + what);
        System.out.println("resilience: " + what);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private void report(Map<String, Object> figures) throws IOException {
        StringBuilder text = new StringBuilder("\n=== Tværs resilience run ===\n");
        figures.forEach((name, value) -> text.append(String.format("%-72s %s%n", name, value)));
        System.out.println(text);
        Files.writeString(logs.resolve("figures.txt"), text.toString());
        Files.writeString(
                logs.resolve("figures.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
    }
}
