package dk.tvaers.deployment;

import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.calendar.CronTimer;

/**
 * The bounds of a timer written as a fixed value: a duration at most {@code max-timer-duration}; a cycle ({@code R/PT1H},
 * {@code R5/2026-01-01T08:00/P1D}, or a cron expression) whose firings lie at least {@code min-cycle-interval} apart
 * and at most {@code max-timer-duration}. A cron expression is checked on its next 500 firings within two years.
 */
final class TimerBounds {

    private static final long TWO_YEARS = 2L * 366 * 24 * 60 * 60 * 1000;
    private static final int CRON_SAMPLES = 500;
    private static final long WEEK = 7L * 24 * 60 * 60 * 1000;

    private final String minCycleInterval;
    private final String maxDuration;

    TimerBounds(String minCycleInterval, String maxDuration) {
        this.minCycleInterval = minCycleInterval;
        this.maxDuration = maxDuration;
    }

    /** What is wrong with a fixed timer duration, in Danish; null when it is within bounds. */
    String checkDuration(String text, Date now) {
        Long millis = millis(text, now);
        if (millis == null) {
            return "varigheden '" + text + "' er ikke en ISO-8601-varighed som P14D";
        }
        if (millis > millis(maxDuration, now)) {
            return "varigheden '" + text + "' er længere end " + maxDuration
                    + " (tvaers.deployment-review.max-timer-duration)";
        }
        return null;
    }

    /** What is wrong with a fixed timer cycle, in Danish; null when it is within bounds. */
    String checkCycle(String text, Date now) {
        long min = millis(minCycleInterval, now);
        if (text.startsWith("R")) {
            String[] parts = text.split("/");
            if (!parts[0].matches("R\\d*") || parts.length < 2 || parts.length > 3) {
                return "cyklussen '" + text + "' er ikke en ISO-8601-cyklus som R/P28D";
            }
            String period = null;
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].startsWith("P")) {
                    period = parts[i];
                }
            }
            Long millis = period == null ? null : millis(period, now);
            if (millis == null) {
                return "cyklussen '" + text + "' skal angive sit interval som en ISO-8601-varighed, f.eks. R/P28D";
            }
            if (millis < min) {
                return tooOften(text);
            }
            if (millis > millis(maxDuration, now)) {
                return "cyklussens interval i '" + text + "' er længere end " + maxDuration
                        + " (tvaers.deployment-review.max-timer-duration)";
            }
            return null;
        }
        CronTimer cron;
        try {
            cron = CronTimer.parse(text);
        } catch (java.text.ParseException | RuntimeException e) {
            return "cyklussen '" + text + "' er hverken en ISO-8601-cyklus som R/P28D eller et cron-udtryk";
        }
        Date previous = null;
        Date after = now;
        for (int i = 0; i < CRON_SAMPLES; i++) {
            Date next = cron.getDueDate(after);
            if (!next.after(after) || next.getTime() - now.getTime() > TWO_YEARS) {
                break;
            }
            if (previous != null && next.getTime() - previous.getTime() < min) {
                return tooOften(text);
            }
            previous = next;
            after = next;
        }
        return null;
    }

    private String tooOften(String text) {
        return "cyklussen '" + text + "' fyrer oftere end hvert " + minCycleInterval
                + " (tvaers.deployment-review.min-cycle-interval)";
    }

    /** The duration in milliseconds from now, or null when it is not an ISO-8601 duration. */
    static Long millis(String text, Date now) {
        String duration = text.trim();
        try {
            if (duration.matches("P\\d+W")) {
                return Long.parseLong(duration.substring(1, duration.length() - 1)) * WEEK;
            }
            return DatatypeFactory.newInstance().newDuration(duration).getTimeInMillis(now);
        } catch (IllegalArgumentException | UnsupportedOperationException | DatatypeConfigurationException e) {
            return null;
        }
    }
}
