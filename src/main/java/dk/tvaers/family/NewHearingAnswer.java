package dk.tvaers.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A party's answer in the hearing on a decision: what the party said, and when it was received. */
public record NewHearingAnswer(
        @NotBlank(message = "Svaret mangler") @Size(max = 4000, message = "Højst 4000 tegn") String answer,
        @NotNull(message = "Datoen mangler") LocalDate answeredOn) {}
