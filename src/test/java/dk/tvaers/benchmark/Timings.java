package dk.tvaers.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Repeated timings of one action: median and 95th percentile in milliseconds, after warm-up runs. */
public record Timings(double medianMs, double p95Ms, int runs) {

    /** Runs the action {@code warmup} times untimed, then {@code runs} times timed. */
    public static Timings of(int warmup, int runs, Callable<?> action) {
        try {
            for (int i = 0; i < warmup; i++) {
                action.call();
            }
            List<Long> nanos = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                action.call();
                nanos.add(System.nanoTime() - started);
            }
            return fromNanos(nanos);
        } catch (Exception e) {
            throw new IllegalStateException("Benchmark action failed", e);
        }
    }

    /** Median and p95 (nearest rank) of durations in nanoseconds. */
    public static Timings fromNanos(List<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("no timings");
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double median = sorted.get((sorted.size() - 1) / 2) / 1e6;
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        return new Timings(median, p95, sorted.size());
    }
}
