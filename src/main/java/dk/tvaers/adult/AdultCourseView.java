package dk.tvaers.adult;

import dk.tvaers.kernel.CaseStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An adult course as the API shows it. The CPR number appears only masked (ddmmåå-xxxx). Name, CPR number, date of
 * birth, age, family case and member are null once the course is anonymised.
 */
public record AdultCourseView(
        String courseNumber,
        String name,
        @Schema(description = "CPR-nummer, maskeret", example = "010203-xxxx") String cpr,
        LocalDate dateOfBirth,
        Integer age,
        AdultReferralSource referralSource,
        @Schema(description = "Familiesagen, personen kommer fra; null uden familiesag") String familyCaseNumber,
        @Schema(description = "Familiemedlemmets id i familiesagen; null uden") Long memberId,
        String district,
        CaseStatus status,
        @Schema(description = "Klar, Parat, Start eller udskrevet") AdultPhase phase,
        @Schema(description = "Faserne med startdato, i rækkefølge") List<PhaseStart> phases,
        @Schema(description = "Mentorens bruger-id; null indtil en mentor er tildelt") String mentor,
        OffsetDateTime startedAt,
        @Schema(description = "Udskrivningen; null indtil forløbet er afsluttet") Discharge discharge) {

    public record PhaseStart(AdultPhase phase, OffsetDateTime startedAt) {}

    public record Discharge(
            LocalDate dischargedOn,
            AdultOutcome outcome,
            @Schema(description = "De professionelles vurdering: betydelig positiv bevægelse")
                    boolean significantPositiveMovement,
            @Schema(description = "Bevægelsens art; kun ved betydelig positiv bevægelse")
                    MovementReason movementReason) {}
}
