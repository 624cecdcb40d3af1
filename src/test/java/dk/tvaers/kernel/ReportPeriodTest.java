package dk.tvaers.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A report's period: checked as the API's from/to, its moments and its quarterly cycle in the configured zone. */
class ReportPeriodTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

    @Test
    void refusesAMissingDayOrAStartAfterTheEndNamingTheParameter() {
        assertThatThrownBy(() -> new ReportPeriod(null, JUNE_30))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("from"))
                .hasMessage("Periodens start mangler");
        assertThatThrownBy(() -> new ReportPeriod(JUNE_1, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"))
                .hasMessage("Periodens slutning mangler");
        assertThatThrownBy(() -> new ReportPeriod(JUNE_30, JUNE_1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("from"))
                .hasMessage("Periodens start ligger efter dens slutning");
    }

    @Test
    void itsMomentsAreTheZonesMidnights() {
        ReportPeriod june = new ReportPeriod(JUNE_1, JUNE_30);
        assertThat(june.start(ZoneId.of("Europe/Copenhagen"))).isEqualTo(Instant.parse("2026-05-31T22:00:00Z"));
        assertThat(june.end(ZoneId.of("Europe/Copenhagen"))).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(june.start(ZoneId.of("America/New_York"))).isEqualTo(Instant.parse("2026-06-01T04:00:00Z"));
        assertThat(june.end(ZoneId.of("America/New_York"))).isEqualTo(Instant.parse("2026-07-01T04:00:00Z"));
    }

    @Test
    void theCycleEndsTheDayBeforeInTheConfiguredZone() {
        // 02:00 UTC on 15 October: 15 October in Copenhagen, still 14 October in New York
        Instant created = Instant.parse("2026-10-15T02:00:00Z");
        assertThat(ReportPeriod.cycleEndedBefore(created, "P3M", ZoneId.of("Europe/Copenhagen")))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 14)));
        assertThat(ReportPeriod.cycleEndedBefore(created, "P3M", ZoneId.of("America/New_York")))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 7, 14), LocalDate.of(2026, 10, 13)));
    }
}
