package dk.tvaers.adult;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A referral to the adult course: the person, who referred, and the family case (and member) the person comes from,
 * if any.
 */
public record NewAdultCourse(
        @Schema(description = "Navn", example = "Yusuf Hassan") String name,
        @Schema(
                        description =
                                "CPR-nummer (ddmmåå-xxxx); personen skal være 18-30 år (tvaers.adult.max-age), en enkeltperson uden familie 18 år eller derover",
                        example = "010203-4567")
                String cpr,
        @Schema(description = "Henvisningskilde") AdultReferralSource referralSource,
        @Schema(description = "Familiesagen, personen kommer fra; kan udelades", example = "TV-2026-00001")
                String familyCaseNumber,
        @Schema(description = "Familiemedlemmets id i familiesagen (den unge, der er fyldt 18); kan udelades")
                Long memberId,
        @Schema(description = "Bydel; kan udelades", example = "Valby") String district,
        @Schema(
                        description =
                                "En enkeltperson uden familie (Odense: \"der visiteres også enkeltpersoner, som ikke"
                                        + " har familie\"): ingen familiesag, og den øvre aldersgrænse er"
                                        + " tvaers.adult.single-adult-max-age (som standard ingen)")
                Boolean singleAdult) {

    /** A referral on the ordinary route (not a single adult without a family). */
    public NewAdultCourse(
            String name,
            String cpr,
            AdultReferralSource referralSource,
            String familyCaseNumber,
            Long memberId,
            String district) {
        this(name, cpr, referralSource, familyCaseNumber, memberId, district, null);
    }

    public boolean isSingleAdult() {
        return Boolean.TRUE.equals(singleAdult);
    }
}
