package dk.tvaers.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The draft of a decision on support, written by the caseworker; the letter states all four. */
public record NewDecisionDraft(
        @NotBlank(message = "Afgørelsen mangler") @Size(max = 4000, message = "Højst 4000 tegn") String decisionText,
        @NotBlank(message = "Begrundelsen mangler") @Size(max = 4000, message = "Højst 4000 tegn") String reasons,
        @NotBlank(message = "Lovgrundlaget mangler") @Size(max = 200, message = "Højst 200 tegn") String legalBasis,
        @NotBlank(message = "Klagevejledningen mangler") @Size(max = 4000, message = "Højst 4000 tegn")
                String appealGuidance) {}
