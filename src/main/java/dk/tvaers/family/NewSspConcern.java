package dk.tvaers.family;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The SSP concern about one child or young person of the case on a day: the SSP category 1-4 (1 the least concern, 4
 * repeated crime or crime dangerous to persons). Lower is better.
 */
public record NewSspConcern(
        @NotNull(message = "Medlem mangler") Long memberId,
        @NotNull(message = "Vurderingsdato mangler") LocalDate assessedOn,
        @NotNull(message = "SSP-bekymringsniveau mangler")
                @Min(value = 1, message = "SSP-bekymringsniveauet skal være fra 1 til 4")
                @Max(value = 4, message = "SSP-bekymringsniveauet skal være fra 1 til 4")
                Integer level) {}
