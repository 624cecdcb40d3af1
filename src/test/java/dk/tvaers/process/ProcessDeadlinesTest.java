package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ProcessDeadlinesTest {

    private final ProcessDeadlines deadlines = ProcessDeadlines.defaults();

    @ParameterizedTest(name = "aware {0}: deadline {1}, warning {2}")
    @CsvSource({
        "2026-02-20, 2026-06-20, 2026-06-06",
        "2026-10-31, 2027-02-28, 2027-02-14", // the end of a month that February lacks
        "2027-10-31, 2028-02-29, 2028-02-15", // into a leap February
        "2026-12-15, 2027-04-15, 2027-04-01"
    })
    void theInvestigationDeadlineIsFourMonthsFromTheAwarenessDate(String aware, String due, String warning) {
        assertThat(deadlines.investigationDue(aware)).isEqualTo(midnight(due));
        assertThat(deadlines.investigationWarning(aware)).isEqualTo(midnight(warning));
    }

    @Test
    void aMunicipalityCanSetItsOwnDeadlines() {
        ProcessDeadlines deadlines = configured(
                Map.of("tvaers.deadlines.investigation", "P3M", "tvaers.deadlines.investigation-warning", "P7D"));
        assertThat(deadlines.investigationDue("2026-01-10")).isEqualTo(midnight("2026-04-10"));
        assertThat(deadlines.investigationWarning("2026-01-10")).isEqualTo(midnight("2026-04-03"));
    }

    @Test
    void aValueThatIsNotADurationNamesTheSetting() {
        assertThatThrownBy(() -> configured(Map.of("tvaers.deadlines.visitation", "to uger")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tvaers.deadlines.visitation is not an ISO-8601 duration such as P5D or P4M: 'to uger'");
    }

    @Test
    void theModelsReadEachDeadlineAsIsoText() {
        assertThat(deadlines.getVisitation()).isEqualTo("P14D");
        assertThat(deadlines.getInvestigation()).isEqualTo("P4M");
        assertThat(deadlines.getCoordinationMeetingCycle()).isEqualTo("P28D");
        assertThat(configured(Map.of("tvaers.deadlines.visitation", "P2W")).getVisitation())
                .isEqualTo("P14D");
    }

    @Test
    void theAssessmentOfAReportOfConcernIsDueInHoursFromItsReceipt() {
        assertThat(deadlines.concernAssessment()).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(deadlines.getConcernAssessment()).isEqualTo("PT24H");
        assertThat(deadlines.concernAssessmentDue("2026-03-02T09:30:00Z"))
                .isEqualTo(Date.from(java.time.Instant.parse("2026-03-03T09:30:00Z")));
        ProcessDeadlines twelveHours = configured(Map.of("tvaers.deadlines.concern-assessment", "PT12H"));
        assertThat(twelveHours.concernAssessmentDue("2026-03-02T09:30:00Z"))
                .isEqualTo(Date.from(java.time.Instant.parse("2026-03-02T21:30:00Z")));
        assertThat(deadlines.getConcernReceipt()).isEqualTo("P6D");
    }

    @Test
    void anAssessmentDeadlineThatIsNotADurationNamesTheSetting() {
        assertThatThrownBy(() -> configured(Map.of("tvaers.deadlines.concern-assessment", "et døgn")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tvaers.deadlines.concern-assessment");
    }

    private static ProcessDeadlines configured(Map<String, String> settings) {
        return ProcessDeadlines.bind(new Binder(new MapConfigurationPropertySource(settings)));
    }

    private static Date midnight(String day) {
        return Date.from(
                LocalDate.parse(day).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
