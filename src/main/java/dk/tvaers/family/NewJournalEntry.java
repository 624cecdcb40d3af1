package dk.tvaers.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A journal note or meeting minutes; the author is the logged-in user, her role is given. */
public record NewJournalEntry(
        @NotNull(message = "Notattype mangler") JournalKind kind,
        @NotBlank(message = "Forfatterens rolle mangler")
                @Size(max = 40, message = "Forfatterens rolle må højst være 40 tegn")
                String authorRole,
        @NotNull(message = "Dato mangler") LocalDate entryDate,
        @NotBlank(message = "Teksten mangler") @Size(max = 8000, message = "Teksten må højst være 8000 tegn")
                String text,
        @Size(max = 2000, message = "Deltagerlisten må højst være 2000 tegn") String attendance) {}
