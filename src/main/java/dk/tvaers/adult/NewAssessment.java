package dk.tvaers.adult;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One involved professional's assessment: has the young adult moved in a significantly positive direction during the
 * course, and how (required exactly when yes).
 */
public record NewAssessment(
        @NotNull(message = "Angiv om den unge har bevæget sig markant i positiv retning") Boolean significantPositive,
        MovementReason movementReason,
        @NotNull(message = "Vurderingsdatoen mangler") LocalDate assessedOn) {}
