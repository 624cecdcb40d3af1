package dk.tvaers.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The joint family action plan as agreed: goals per member and the consents of the family. */
public record NewPlan(
        @NotNull(message = "Datoen for aftalen mangler") LocalDate agreedOn,
        @NotEmpty(message = "Planen skal have mindst ét mål") List<@Valid @NotNull(message = "Mål mangler") Goal> goals,
        List<@Valid @NotNull(message = "Samtykke mangler") Consent> consents) {

    public NewPlan {
        consents = consents == null ? List.of() : consents;
    }

    /** A goal for one member, owned by one administration. */
    public record Goal(
            @NotNull(message = "Medlem mangler") Long memberId,
            @NotNull(message = "Forvaltning mangler")
                    @Pattern(regexp = "sof|buf|bif|kff", message = "Forvaltningen skal være sof, buf, bif eller kff")
                    String administration,
            @NotBlank(message = "Beskrivelse mangler")
                    @Size(max = 2000, message = "Beskrivelsen må højst være 2000 tegn")
                    String description,
            @NotNull(message = "Status mangler") GoalStatus status) {}

    /** A member's consent to the plan on a day. */
    public record Consent(
            @NotNull(message = "Medlem mangler") Long memberId,
            @NotNull(message = "Samtykkedato mangler") LocalDate consentedOn) {}
}
