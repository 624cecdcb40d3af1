package dk.tvaers.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of {@link VisitationRecords}: the lower of two scores, and the queue's order. */
class VisitationRecordsTest {

    @Test
    void theLowerScoreOfLabourAndEducationIsNullOnlyWhenNeitherIsScreened() {
        assertThat(VisitationRecords.min(null, null)).isNull();
        assertThat(VisitationRecords.min(null, 3)).isEqualTo(3);
        assertThat(VisitationRecords.min(2, null)).isEqualTo(2);
        assertThat(VisitationRecords.min(4, 1)).isEqualTo(1);
    }

    @Test
    void theQueueGivesTheHighestBurdenGradeFirstAndTiesToTheLongestWaiting() {
        OffsetDateTime first = OffsetDateTime.parse("2026-03-01T09:00:00Z");
        List<VisitationRecords.WaitingFamily> queue = new ArrayList<>(List.of(
                new VisitationRecords.WaitingFamily("C", 9, first.plusDays(2)),
                new VisitationRecords.WaitingFamily("A", 4, first),
                new VisitationRecords.WaitingFamily("B", 9, first.plusDays(1))));

        queue.sort(VisitationRecords.BY_NEED);

        assertThat(queue)
                .extracting(VisitationRecords.WaitingFamily::caseNumber)
                .containsExactly("B", "C", "A");
    }
}
