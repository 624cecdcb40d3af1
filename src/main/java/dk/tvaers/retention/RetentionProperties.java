package dk.tvaers.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long closed cases keep their personal data, and when retention runs. Configuration, not legal advice: the
 * municipality's archive rules (arkivlov, bevaringsbestemmelser) decide the period.
 *
 * @param closedCasePeriod how long after closing a family case or an adult course keeps its personal data; P5Y, five
 *     years, is common Danish municipal practice for closed social case files
 * @param schedule when the retention run starts, a Spring cron expression in Danish time, inside the engine's history
 *     cleanup window (01:00-05:00); "-" turns the scheduled run off (the administrator's manual run still works)
 * @param batchSize how many cases a run reads at a time
 */
@ConfigurationProperties("tvaers.retention")
public record RetentionProperties(Period closedCasePeriod, String schedule, Integer batchSize) {

    public static final Period DEFAULT_PERIOD = Period.ofYears(5);
    public static final String DEFAULT_SCHEDULE = "0 30 2 * * *";
    public static final int DEFAULT_BATCH_SIZE = 100;

    public RetentionProperties {
        closedCasePeriod = closedCasePeriod == null ? DEFAULT_PERIOD : closedCasePeriod;
        if (closedCasePeriod.isNegative() || closedCasePeriod.isZero()) {
            throw new IllegalArgumentException(
                    "tvaers.retention.closed-case-period must be a positive period, e.g. P5Y");
        }
        schedule = schedule == null || schedule.isBlank() ? DEFAULT_SCHEDULE : schedule;
        batchSize = batchSize == null ? DEFAULT_BATCH_SIZE : batchSize;
        if (batchSize < 1) {
            throw new IllegalArgumentException("tvaers.retention.batch-size must be at least 1");
        }
    }
}
