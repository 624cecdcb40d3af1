package dk.tvaers.adult;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An offence while enrolled: charged or prosecuted, on a day (from the police's registers via KSP/SSP). */
public record NewOffence(
        @NotNull(message = "Angiv sigtet eller tiltalt") OffenceKind kind,
        @NotNull(message = "Datoen mangler") LocalDate occurredOn) {}
