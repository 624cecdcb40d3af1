package dk.tvaers.retention;

import dk.tvaers.adult.AdultCourseAnonymiser;
import dk.tvaers.concern.ConcernAnonymiser;
import dk.tvaers.family.CaseAnonymiser;
import dk.tvaers.kernel.ScheduledLocks;
import dk.tvaers.kernel.TimeConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: every family case and adult course closed longer ago than {@code tvaers.retention.closed-case-period}
 * loses its personal data in the case tables and its whole history in the engine (the case's process instances by
 * business key, with the child investigations they called). Each case is one transaction, so a failure leaves it
 * whole for the next run; a case whose process instances still run is skipped. Reports of concern go on the same
 * rules: a report that became or joined a family case with that case (its process's history too), any other report
 * once it was assessed (and its receipt sent) before the cutoff. Runs every night at
 * {@code tvaers.retention.schedule} (Danish time) on one node of a cluster at a time ({@link ScheduledLocks}), or when
 * the administrator asks. Idempotent: a run finds only what
 * earlier runs left. Logs counts, never a person.
 */
@Service
public class RetentionService {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    private final CaseAnonymiser families;
    private final AdultCourseAnonymiser courses;
    private final ConcernAnonymiser concerns;
    private final EngineHistory engineHistory;
    private final IdentityService identity;
    private final RetentionProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ScheduledLocks locks;

    /** The scheduled run's name in {@code scheduled_lock}. */
    public static final String JOB = "retention";

    /** Held at least this long: the nodes' clocks may differ by this much and not run the same night twice. */
    static final Duration LOCK_AT_LEAST = Duration.ofMinutes(5);

    /** A node that dies while running frees the night's run after this. */
    static final Duration LOCK_AT_MOST = Duration.ofHours(3);

    public RetentionService(
            CaseAnonymiser families,
            AdultCourseAnonymiser courses,
            ConcernAnonymiser concerns,
            EngineHistory engineHistory,
            IdentityService identity,
            RetentionProperties properties,
            PlatformTransactionManager transactions,
            Clock clock,
            ScheduledLocks locks) {
        this.families = families;
        this.courses = courses;
        this.concerns = concerns;
        this.engineHistory = engineHistory;
        this.identity = identity;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.locks = locks;
    }

    /**
     * What a run did.
     *
     * @param cutoff cases and courses closed before this moment were due
     * @param familyCases family cases anonymised
     * @param members family members whose name, CPR number, date of birth and contacts were removed
     * @param journalEntries journal entries deleted
     * @param adultCourses adult courses anonymised
     * @param reportsOfConcern reports of concern anonymised (with their family case, or on their own)
     * @param processInstances historic process instances deleted from the engine
     * @param skipped cases or courses due but left for a later run, because a process instance of theirs still runs
     * @param failed cases or courses whose anonymisation failed and was rolled back; the next run tries again
     */
    public record Run(
            OffsetDateTime cutoff,
            int familyCases,
            int members,
            int journalEntries,
            int adultCourses,
            int reportsOfConcern,
            int processInstances,
            int skipped,
            int failed) {}

    @Scheduled(
            cron = "${tvaers.retention.schedule:" + RetentionProperties.DEFAULT_SCHEDULE + "}",
            zone = "${" + TimeConfig.PROPERTY + "}")
    public void scheduled() {
        // every node fires; only the one that takes the job's lock runs it (issue 16)
        locks.runAlone(JOB, LOCK_AT_LEAST, LOCK_AT_MOST, this::run);
    }

    /** Anonymises everything due now. Acts as the engine itself, whoever asked: the caller's role is checked before. */
    public Run run() {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return runAsEngine();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private Run runAsEngine() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime cutoff = now.atZoneSameInstant(clock.getZone())
                .minus(properties.closedCasePeriod())
                .toOffsetDateTime();
        Counts counts = new Counts();
        page(counts, after -> families.closedBefore(cutoff, after, properties.batchSize()), caseNumber -> {
            List<String> reports = concerns.reportsOfCase(caseNumber);
            Set<String> instances = new HashSet<>(engineHistory.instancesOf(caseNumber));
            reports.forEach(report -> instances.addAll(engineHistory.instancesOf(report)));
            if (engineHistory.anyRunning(instances)) {
                return Counts.skipped();
            }
            CaseAnonymiser.Removed removed = families.anonymise(caseNumber, now);
            if (!removed.anonymised()) {
                return new Counts();
            }
            Counts done = new Counts();
            for (String report : reports) {
                done.reportsOfConcern += concerns.anonymise(report, now) ? 1 : 0;
            }
            engineHistory.delete(instances);
            done.familyCases = 1;
            done.members = removed.members();
            done.journalEntries = removed.journalEntries();
            done.processInstances = instances.size();
            return done;
        });
        page(counts, after -> courses.closedBefore(cutoff, after, properties.batchSize()), courseNumber -> {
            Set<String> instances = engineHistory.instancesOf(courseNumber);
            if (engineHistory.anyRunning(instances)) {
                return Counts.skipped();
            }
            if (!courses.anonymise(courseNumber, now)) {
                return new Counts();
            }
            engineHistory.delete(instances);
            Counts done = new Counts();
            done.adultCourses = 1;
            done.processInstances = instances.size();
            return done;
        });
        page(counts, after -> concerns.closedBefore(cutoff, after, properties.batchSize()), reportNumber -> {
            Set<String> instances = engineHistory.instancesOf(reportNumber);
            if (engineHistory.anyRunning(instances)) {
                return Counts.skipped();
            }
            if (!concerns.anonymise(reportNumber, now)) {
                return new Counts();
            }
            engineHistory.delete(instances);
            Counts done = new Counts();
            done.reportsOfConcern = 1;
            done.processInstances = instances.size();
            return done;
        });
        Run run = new Run(
                cutoff,
                counts.familyCases,
                counts.members,
                counts.journalEntries,
                counts.adultCourses,
                counts.reportsOfConcern,
                counts.processInstances,
                counts.skipped,
                counts.failed);
        LOG.info(
                "Retention (closed before {}): {} family cases anonymised ({} members, {} journal entries), "
                        + "{} adult courses anonymised, {} reports of concern anonymised, {} process instances' history deleted, {} skipped as running, "
                        + "{} failed",
                run.cutoff(),
                run.familyCases(),
                run.members(),
                run.journalEntries(),
                run.adultCourses(),
                run.reportsOfConcern(),
                run.processInstances(),
                run.skipped(),
                run.failed());
        return run;
    }

    /**
     * Pages through the due keys in key order; each key is handled in a transaction of its own, and a key that fails
     * is rolled back, counted and left for the next run.
     */
    private void page(Counts counts, Function<String, List<String>> due, Function<String, Counts> handle) {
        String after = null;
        while (true) {
            List<String> keys = due.apply(after);
            for (String key : keys) {
                try {
                    counts.add(transaction.execute(status -> handle.apply(key)));
                } catch (RuntimeException e) {
                    counts.failed++;
                    // the key is a case or course number; the exception's message is left out, as it might quote data
                    LOG.warn(
                            "Retention of {} failed and is left for the next run: {}",
                            key,
                            e.getClass().getName());
                }
            }
            if (keys.size() < properties.batchSize()) {
                return;
            }
            after = keys.get(keys.size() - 1);
        }
    }

    private static final class Counts {
        int familyCases;
        int members;
        int journalEntries;
        int adultCourses;
        int reportsOfConcern;
        int processInstances;
        int skipped;
        int failed;

        static Counts skipped() {
            Counts counts = new Counts();
            counts.skipped = 1;
            return counts;
        }

        void add(Counts other) {
            familyCases += other.familyCases;
            members += other.members;
            journalEntries += other.journalEntries;
            adultCourses += other.adultCourses;
            reportsOfConcern += other.reportsOfConcern;
            processInstances += other.processInstances;
            skipped += other.skipped;
            failed += other.failed;
        }
    }
}
