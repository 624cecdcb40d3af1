package dk.tvaers.referral;

import dk.tvaers.family.NewMember;
import dk.tvaers.family.NewReferral;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A referral of a family: the district, the referral and the family's members. */
public record IntakeRequest(
        @Schema(description = "Bydel; en af tvaers.cases.districts", example = "Valby")
                @NotBlank(message = "Bydel mangler")
                String district,
        @NotNull(message = "Henvisningen mangler") @Valid NewReferral referral,
        @NotEmpty(message = "Familien skal have mindst ét medlem")
                List<@Valid @NotNull(message = "Medlemmet mangler") NewMember> members,
        @Schema(
                        description =
                                "Sæt til true, når et medlem allerede er med i en åben sag, og en ny sag alligevel"
                                        + " er ment; ellers svarer henvisningen 409 med den åbne sags nummer")
                Boolean confirmDuplicate) {

    public IntakeRequest(String district, NewReferral referral, List<NewMember> members) {
        this(district, referral, members, null);
    }
}
