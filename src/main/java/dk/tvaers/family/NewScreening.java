package dk.tvaers.family;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One member's screening on one day: a score per domain on the five-step scale, 1 = very large need, 5 = no need
 * (higher is better); for a child also the WHO-5 wellbeing index.
 */
public record NewScreening(
        @NotNull(message = "Medlem mangler") Long memberId,
        @NotNull(message = "Screeningsdato mangler") LocalDate screenedOn,
        @NotEmpty(message = "Mindst én score skal angives")
                @Schema(
                        description = "En score pr. område på femtrinsskalaen: 1 = meget stort behov, 5 = intet behov"
                                + " (højere er bedre). VUM-scorer (0–4, højere er værre) indtastes som 5 − VUM.")
                List<@Valid @NotNull(message = "Score mangler") Score> scores,
        @Schema(
                        description = "Kun for børn: WHO-5 Trivselsindeks, de fem udsagn i rækkefølge, hver 0–5"
                                + " (0 = på intet tidspunkt, 5 = hele tiden); råscore 0–25 × 4 = indeks 0–100,"
                                + " højere er bedre")
                @Size(min = 5, max = 5, message = "WHO-5 har præcis fem udsagn")
                List<
                                @NotNull(message = "WHO-5-svar mangler")
                                @Min(value = 0, message = "Et WHO-5-svar skal være fra 0 til 5")
                                @Max(value = 5, message = "Et WHO-5-svar skal være fra 0 til 5") Integer>
                        who5) {

    /** A screening without WHO-5. */
    public NewScreening(Long memberId, LocalDate screenedOn, List<Score> scores) {
        this(memberId, screenedOn, scores, null);
    }

    /** A score on the five-step scale: 1 = very large need, 5 = no need (higher is better). */
    public record Score(
            @NotNull(message = "Område mangler") ScreeningDomain domain,
            @NotNull(message = "Score mangler")
                    @Min(value = 1, message = "Scoren skal være fra 1 (meget stort behov) til 5 (intet behov)")
                    @Max(value = 5, message = "Scoren skal være fra 1 (meget stort behov) til 5 (intet behov)")
                    @Schema(description = "1 = meget stort behov, 5 = intet behov (højere er bedre)")
                    Integer score) {}

    /** The WHO-5 index 0-100 (raw score 0-25 times 4), or null without WHO-5. */
    public Integer who5Index() {
        return who5 == null ? null : Who5.index(who5);
    }
}
