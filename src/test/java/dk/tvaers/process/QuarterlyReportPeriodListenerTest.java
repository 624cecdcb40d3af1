package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.kernel.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The quarter a quarterly report task covers: the report cycle that ended the Danish day before the task came. */
class QuarterlyReportPeriodListenerTest {

    private static ReportPeriod period(Instant created, String cycle) {
        return ReportPeriod.cycleEndedBefore(created, cycle, ZoneId.of("Europe/Copenhagen"));
    }

    @Test
    void theCycleBeforeTheTasksDanishDayBothDaysIncluded() {
        // 15 October 2026 in Denmark: the last three months up to and including 14 October
        assertThat(period(Instant.parse("2026-10-15T07:00:00Z"), "P3M"))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 14)));
    }

    @Test
    void theDayIsTheDanishDayNotUtcs() {
        // 23:30 UTC on 31 March is 1 April in Denmark (summer time)
        assertThat(period(Instant.parse("2026-03-31T23:30:00Z"), "P3M"))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void consecutiveReportsMeetWithoutOverlap() {
        ReportPeriod first = period(Instant.parse("2026-06-02T10:00:00Z"), "P3M");
        ReportPeriod second = period(Instant.parse("2026-09-02T10:00:00Z"), "P3M");
        assertThat(second.from()).isEqualTo(first.to().plusDays(1));
    }

    @Test
    void aCycleInDaysOrHoursWorksToo() {
        assertThat(period(Instant.parse("2026-05-10T10:00:00Z"), "P90D").from()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(period(Instant.parse("2026-05-10T10:00:00Z"), "PT48H").from())
                .isEqualTo(LocalDate.of(2026, 5, 8));
    }
}
