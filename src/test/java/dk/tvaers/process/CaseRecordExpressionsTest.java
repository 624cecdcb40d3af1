package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.tvaers.family.CaseRecordService;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 18th-birthday timer's date, in Danish time (the tests run in Europe/Copenhagen, as Tværs does). */
class CaseRecordExpressionsTest {

    @ParameterizedTest(name = "born {0}: the timer fires at {1}")
    @CsvSource({
        "2008-02-29, 2026-02-28T23:00:00Z", // leap-day child: 1 March 2026, 00:00 winter time
        "2008-03-29, 2026-03-28T23:00:00Z", // the night summer time begins: midnight is still winter time
        "2008-10-25, 2026-10-24T22:00:00Z", // the night summer time ends: midnight is still summer time
        "2010-06-15, 2028-06-14T22:00:00Z"
    })
    void theEighteenthBirthdayStartsAtMidnightDanishTime(String born, String fires) {
        CaseRecordService record = mock(CaseRecordService.class);
        when(record.dateOfBirth(7L)).thenReturn(LocalDate.parse(born));

        assertThat(new CaseRecordExpressions(
                                record,
                                mock(dk.tvaers.family.InvestigationPlan.class),
                                ProcessDeadlines.defaults(),
                                mock(dk.tvaers.family.VisitationRecords.class))
                        .eighteenthBirthday(7L)
                        .toInstant())
                .isEqualTo(Instant.parse(fires));
    }
}
