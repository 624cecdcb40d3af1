package dk.tvaers.security;

import static dk.tvaers.referral.Families.cpr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.ChildInvestigationProcess;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, the default suite's check of "nothing lost" after a crash (the resilience run's {@code kill -9}): on real
 * PostgreSQL, a request's transaction is stopped half-way (its statement waits for a lock the test holds, after it has
 * written other rows) and its database session is killed ({@code pg_terminate_backend}), as when a node or its
 * connection dies mid-write. The caller gets no 2xx; afterwards there is no half-written case, no case without its
 * process, no task completed without its history, and nothing else moved; the same write sent again is stored once,
 * and what was acknowledged before is still there.
 */
class KilledTransactionIntegrationTest extends PostgresIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void aReferralKilledHalfWayLeavesNoCaseAndItsRetryWithTheSameKeyIsStoredOnce() throws Exception {
        String acknowledged = family("Bekræftet før nedbruddet").refer(this::as);
        String concern = "Afbrudt midt i skrivningen " + UUID.randomUUID();
        Map<String, Object> body = family(concern).body();
        String key = UUID.randomUUID().toString();
        List<String> casesBefore = caseNumbers();
        List<String> processesBefore = familyProcessIds();

        ResponseEntity<String> killed =
                killedMidway("LOCK TABLE case_member IN SHARE MODE", "case_member", () -> refer(body, key));

        assertThat(killed.getStatusCode().is2xxSuccessful())
                .as("the caller was not told it is stored: %s", killed)
                .isFalse();
        assertThat(caseNumbers()).as("no case, not even half of one").isEqualTo(casesBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM referral WHERE concern = ?", Long.class, concern))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM case_member m WHERE NOT EXISTS"
                                + " (SELECT 1 FROM family_case c WHERE c.id = m.case_id)",
                        Long.class))
                .isZero();
        assertThat(familyProcessIds()).as("no process without its case").isEqualTo(processesBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?", Long.class, key))
                .as("a failed write keeps no key (a held-back server error was once kept as an empty 200)")
                .isZero();

        // the client sends it again with the same key: stored once, then the same answer again
        ResponseEntity<String> stored = asAClientRetries(() -> refer(body, key));
        assertThat(stored.getStatusCode().value()).as("%s", stored).isEqualTo(201);
        String caseNumber = caseNumberOf(stored);
        ResponseEntity<String> replayed = refer(body, key);
        assertThat(replayed.getStatusCode().value()).isEqualTo(201);
        assertThat(replayed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(caseNumbers()).containsExactlyElementsOf(concat(casesBefore, caseNumber));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM referral WHERE concern = ?", Long.class, concern))
                .isOne();
        assertThat(members(caseNumber)).isEqualTo(2);
        assertThat(familyProcesses(caseNumber)).as("the case has its process").isOne();
        assertThat(familyProcessIds()).hasSize(processesBefore.size() + 1);

        // what was acknowledged before the kill is there
        assertThat(members(acknowledged)).isEqualTo(2);
        assertThat(familyProcesses(acknowledged)).isOne();
    }

    @Test
    void aCompletionKilledHalfWayLeavesTheTaskOpenAndItsHistoryWholeAndTheRetryCompletesItOnce() throws Exception {
        String caseNumber = family("Fuldførelse afbrudt").refer(this::as);
        Task registration = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS)
                .singleResult();
        String phaseBefore = phase(caseNumber);
        long activitiesBefore = activities(registration.getProcessInstanceId());

        // the completion waits at the update of its task's history, after its new rows are written, and is killed
        ResponseEntity<String> killed = killedMidway(
                "SELECT 1 FROM act_hi_taskinst WHERE id_ = '" + registration.getId() + "' FOR UPDATE",
                "act_hi_taskinst",
                () -> complete(registration.getId()));

        assertThat(killed.getStatusCode().is2xxSuccessful())
                .as("the caller was not told it is done: %s", killed)
                .isFalse();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(registration.getId())
                        .count())
                .as("the task is still open")
                .isOne();
        HistoricTaskInstance history = historicTask(registration.getId());
        assertThat(history.getEndTime())
                .as("its history does not say completed")
                .isNull();
        assertThat(activities(registration.getProcessInstanceId()))
                .as("no step after it began")
                .isEqualTo(activitiesBefore);
        assertThat(investigations(caseNumber)).isZero();
        assertThat(phase(caseNumber)).isEqualTo(phaseBefore);
        assertThat(engine.getRuntimeService()
                        .getVariable(
                                registration.getProcessInstanceId(),
                                FamilyInterventionIds.Variables.MEMBERS_REGISTERED))
                .isNull();

        // sent again: completed once, with its history, and the case goes on
        ResponseEntity<String> completed = asAClientRetries(() -> complete(registration.getId()));
        assertThat(completed.getStatusCode().value()).as("%s", completed).isEqualTo(204);
        assertThat(historicTask(registration.getId()).getEndTime()).isNotNull();
        assertThat(historicTask(registration.getId()).getDeleteReason()).isEqualTo("completed");
        assertThat(investigations(caseNumber)).isPositive();
        ResponseEntity<String> again = complete(registration.getId());
        assertThat(again.getStatusCode().value()).as("%s", again).isEqualTo(409);
    }

    /**
     * Runs the request while the test holds a lock (taken by {@code lock} on its own connection) that a statement of
     * the request's transaction on {@code table} waits for; checks that the transaction has already written rows, then
     * kills its session and lets the lock go. Returns the request's answer.
     */
    private ResponseEntity<String> killedMidway(String lock, String table, Supplier<ResponseEntity<String>> request)
            throws Exception {
        try (Connection locker = DriverManager.getConnection(url, "postgres", "postgres")) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                statement.execute(lock);
            }
            CompletableFuture<ResponseEntity<String>> answer = CompletableFuture.supplyAsync(request);
            int pid = waiting(locker, table);
            assertThat(written(pid))
                    .as("the transaction was half-way: it had written rows")
                    .isNotEmpty();
            assertThat(jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, pid))
                    .isTrue();
            locker.rollback();
            return answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** The session that waits for the test's lock on the table. */
    private int waiting(Connection locker, String table) throws SQLException, InterruptedException {
        int self;
        try (Statement statement = locker.createStatement();
                var result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            self = result.getInt(1);
        }
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            List<Integer> waiting = jdbc.queryForList(
                    "SELECT DISTINCT l.pid FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                            + " WHERE NOT l.granted AND c.relname = ? AND l.pid <> ?",
                    Integer.class,
                    table,
                    self);
            if (waiting.isEmpty()) {
                // a row lock is waited for as the transaction holding it
                waiting = jdbc.queryForList(
                        "SELECT DISTINCT pid FROM pg_locks WHERE NOT granted AND locktype = 'transactionid'"
                                + " AND pid <> ?",
                        Integer.class,
                        self);
            }
            if (!waiting.isEmpty()) {
                assertThat(waiting).hasSize(1);
                return waiting.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No request waited for the lock on " + table + " within " + WAIT);
    }

    /** The tables the session has written to in its open transaction. */
    private List<String> written(int pid) {
        return jdbc.queryForList(
                "SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                        + " WHERE l.pid = ? AND l.granted AND l.mode = 'RowExclusiveLock' AND c.relkind = 'r'"
                        + " ORDER BY c.relname",
                String.class,
                pid);
    }

    /**
     * A client sends a write again after a 503 (the killed connection may be taken for a short outage: for 2 s every
     * request is answered 503 with Retry-After), as docs/faults.md asks.
     */
    private static ResponseEntity<String> asAClientRetries(Supplier<ResponseEntity<String>> request)
            throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        ResponseEntity<String> answer = request.get();
        while (answer.getStatusCode().value() == 503 && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            answer = request.get();
        }
        return answer;
    }

    private ResponseEntity<String> refer(Map<String, Object> body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", key);
        return as("mette").exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> complete(String taskId) {
        return as("mette")
                .postForEntity(
                        "/engine-rest/task/" + taskId + "/complete",
                        Map.of(
                                "variables",
                                Map.of(FamilyInterventionIds.Variables.MEMBERS_REGISTERED, Map.of("value", true))),
                        String.class);
    }

    private static String caseNumberOf(ResponseEntity<String> created) {
        String location = created.getHeaders().getLocation().toString();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static FamilyScenario family(String concern) {
        return FamilyScenario.in("Valby")
                .referredBy("SCHOOL", concern, 3)
                .member("Rikke Dal", cpr(LocalDate.of(1985, 6, 1), 483), "PARENT")
                .member("Noah Dal", cpr(LocalDate.of(2014, 3, 9), 594), "CHILD");
    }

    private List<String> caseNumbers() {
        return jdbc.queryForList("SELECT case_number FROM family_case ORDER BY case_number", String.class);
    }

    private long members(String caseNumber) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM case_member m JOIN family_case c ON c.id = m.case_id WHERE c.case_number = ?",
                Long.class,
                caseNumber);
    }

    /** Every family process ever started (history), running or ended. */
    private List<String> familyProcessIds() {
        return engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .list()
                .stream()
                .map(p -> p.getId())
                .sorted()
                .toList();
    }

    private long familyProcesses(String caseNumber) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .count();
    }

    private long investigations(String caseNumber) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(ChildInvestigationProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .count();
    }

    private long activities(String processInstanceId) {
        return engine.getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .count();
    }

    private HistoricTaskInstance historicTask(String taskId) {
        return engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .singleResult();
    }

    private String phase(String caseNumber) {
        return jdbc.queryForObject("SELECT phase FROM family_case WHERE case_number = ?", String.class, caseNumber);
    }

    private static List<String> concat(List<String> list, String one) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(one))
                .sorted()
                .toList();
    }
}
