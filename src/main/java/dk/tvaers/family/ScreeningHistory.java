package dk.tvaers.family;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Every screening of a case's members, by member and date: the case page draws each member's scores over time.
 *
 * @param lowest the scale's lowest score (large need)
 * @param highest the scale's highest score (no need): higher is better
 */
public record ScreeningHistory(
        String caseNumber,
        int lowest,
        int highest,
        @Schema(description = "Hvert screenet medlem med sine screeninger, ældste først")
                List<MemberScreenings> members) {

    /** The five-step scale: 1 = large need, 5 = no need. */
    public static final int LOWEST = 1;

    public static final int HIGHEST = 5;

    /** One member's screenings, oldest first. */
    public record MemberScreenings(Long memberId, List<CaseRecordView.Screening> screenings) {}
}
