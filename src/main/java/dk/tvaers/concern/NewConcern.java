package dk.tvaers.concern;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A report of concern as it is received. A professional reporter names the organisation, role and a contact for the
 * receipt; a private reporter may stay anonymous.
 */
public record NewConcern(
        @NotNull(message = "Angiv, om underretteren er fagperson eller privatperson") ReporterKind reporterKind,
        @Size(max = 200, message = "Underretterens navn må højst være 200 tegn") String reporterName,
        @Schema(description = "Fagpersonens arbejdssted, fx skole eller institution")
                @Size(max = 200, message = "Arbejdsstedet må højst være 200 tegn")
                String reporterOrganisation,
        @Schema(description = "Fagpersonens funktion, fx lærer eller sundhedsplejerske")
                @Size(max = 200, message = "Funktionen må højst være 200 tegn")
                String reporterRole,
        @Schema(description = "Hvor kvitteringen sendes hen (e-mail eller adresse)")
                @Size(max = 200, message = "Kontakten må højst være 200 tegn")
                String reporterContact,
        @NotBlank(message = "Barnets navn mangler") @Size(max = 200, message = "Navnet må højst være 200 tegn")
                String childName,
        @Schema(description = "Barnets CPR-nummer, ddmmåå-xxxx", example = "010115-4321")
                @NotBlank(message = "Barnets CPR-nummer mangler")
                String childCpr,
        @NotBlank(message = "Underretningens indhold mangler")
                @Size(max = 4000, message = "Underretningen må højst være 4000 tegn")
                String content,
        @Schema(description = "Hvornår kommunen modtog underretningen; udelades det, er det nu")
                OffsetDateTime receivedAt) {}
