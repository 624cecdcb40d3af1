package dk.tvaers.family;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A member as registered at intake. The date of birth follows from the CPR number; if given, it must agree. */
public record NewMember(
        @NotBlank(message = "Navn mangler") @Size(max = 200, message = "Navnet må højst være 200 tegn") String name,
        @Schema(description = "CPR-nummer, ddmmåå-xxxx", example = "010190-1234")
                @NotBlank(message = "CPR-nummer mangler")
                String cpr,
        @Schema(description = "Fødselsdato; udelades den, udledes den af CPR-nummeret") LocalDate dateOfBirth,
        @NotNull(message = "Rolle mangler") MemberRole role,
        @Schema(description = "Kontakter i forvaltningerne (fri tekst)")
                @Size(max = 1000, message = "Kontakter må højst være 1000 tegn")
                String contacts) {}
