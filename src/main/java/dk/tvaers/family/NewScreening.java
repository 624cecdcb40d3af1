package dk.tvaers.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** One member's screening on one day: a score from 1 to 5 per domain. */
public record NewScreening(
        @NotNull(message = "Medlem mangler") Long memberId,
        @NotNull(message = "Screeningsdato mangler") LocalDate screenedOn,
        @NotEmpty(message = "Mindst én score skal angives")
                List<@Valid @NotNull(message = "Score mangler") Score> scores) {

    /** A score on the five-step scale. */
    public record Score(
            @NotNull(message = "Område mangler") ScreeningDomain domain,
            @NotNull(message = "Score mangler")
                    @Min(value = 1, message = "Scoren skal være fra 1 til 5")
                    @Max(value = 5, message = "Scoren skal være fra 1 til 5")
                    Integer score) {}
}
