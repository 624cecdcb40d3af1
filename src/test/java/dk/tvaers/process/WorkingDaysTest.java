package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Danish working days from the jollyday holiday calendar and the municipality's closing days. */
class WorkingDaysTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final WorkingDays days = new WorkingDays(
            ProcessDeadlines.defaults(),
            List.of(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31)),
            COPENHAGEN);

    @ParameterizedTest(name = "{0}: working day {1}")
    @CsvSource({
        "2026-04-01, true", // Wednesday before Easter
        "2026-04-02, false", // Maundy Thursday (skærtorsdag)
        "2026-04-03, false", // Good Friday
        "2026-04-06, false", // Easter Monday
        "2026-04-07, true",
        "2026-05-14, false", // Ascension Day
        "2026-05-25, false", // Whit Monday
        "2026-05-01, true", // Store Bededag was abolished from 2024 (it would have been 1 May 2026)
        "2026-06-05, false", // Grundlovsdag: the municipality's closing day
        "2026-12-24, false", // Christmas Eve: closing day
        "2026-12-25, false",
        "2026-12-26, false",
        "2026-12-31, false", // New Year's Eve: closing day
        "2027-01-01, false",
        "2026-03-07, false", // a Saturday
        "2026-03-08, false", // a Sunday
        "2026-03-09, true"
    })
    void aWorkingDayIsAWeekdayThatIsNoHolidayOrClosingDay(LocalDate day, boolean working) {
        assertThat(days.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "received {0}: the 6th working day is {1}")
    @CsvSource({
        "2026-03-02, 2026-03-10", // an ordinary week: Monday to the next Tuesday
        "2026-04-01, 2026-04-14", // across Easter: Maundy Thursday to Easter Monday do not count
        "2026-12-22, 2027-01-05", // across Christmas and New Year
        "2026-06-01, 2026-06-10", // across Grundlovsdag (Friday 5 June)
        "2026-03-07, 2026-03-16" // received on a Saturday
    })
    void sixWorkingDaysSkipWeekendsHolidaysAndClosingDays(LocalDate received, LocalDate sixth) {
        assertThat(days.plusWorkingDays(received, 6)).isEqualTo(sixth);
    }

    @Test
    void theReceiptIsDueByTheEndOfTheSixthWorkingDayInDanishTime() {
        // received Tuesday 22 December 2026 at 14:00: 23 Dec, 28, 29, 30 Dec, 4, 5 Jan -> by the end of 5 January
        Date due = days.receiptDue("2026-12-22T13:00:00Z");
        assertThat(due).isEqualTo(Date.from(Instant.parse("2027-01-05T23:00:00Z")));
    }

    @Test
    void theClosingDaysAreTheMunicipalitysOwn() {
        WorkingDays noClosingDays = new WorkingDays(ProcessDeadlines.defaults(), List.of(), COPENHAGEN);
        assertThat(noClosingDays.isWorkingDay(LocalDate.of(2026, 6, 5))).isTrue();
        assertThat(noClosingDays.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(noClosingDays.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    }
}
