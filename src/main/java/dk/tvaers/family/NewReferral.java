package dk.tvaers.family;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the referral says: who referred, the concern, the SSP category and when the municipality became aware. */
public record NewReferral(
        @NotNull(message = "Henvisningskilde mangler") ReferralSource source,
        @NotBlank(message = "Bekymringen mangler") @Size(max = 4000, message = "Bekymringen må højst være 4000 tegn")
                String concern,
        @NotNull(message = "SSP-kategori mangler")
                @Min(value = 1, message = "SSP-kategori skal være 1, 2, 3 eller 4")
                @Max(value = 4, message = "SSP-kategori skal være 1, 2, 3 eller 4")
                Integer sspCategory,
        @NotNull(message = "Datoen, hvor kommunen blev opmærksom, mangler") LocalDate awarenessDate) {}
