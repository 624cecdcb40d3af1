package dk.tvaers.family;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A conversation with a child, or why it was not held. A held conversation states who was present and the child's
 * views; one not held states the reason (Barnets Lov §5 allows leaving it out only with a reason).
 */
public record NewChildConversation(
        @NotNull(message = "Vælg barnet") @Schema(description = "Barnets medlems-id i sagen") Long memberId,
        @NotNull(message = "Vælg anledningen") ConversationOccasion occasion,
        @NotNull(message = "Angiv, om samtalen blev holdt") Boolean held,
        @NotNull(message = "Datoen mangler")
                @Schema(description = "Samtalens dato, eller datoen for beslutningen om ikke at holde den")
                LocalDate heldOn,
        @Size(max = 1000, message = "Højst 1000 tegn") String present,
        @Size(max = 4000, message = "Højst 4000 tegn") String childViews,
        @Size(max = 4000, message = "Højst 4000 tegn") String parentViews,
        @Size(max = 2000, message = "Højst 2000 tegn") String notHeldReason) {}
