package dk.tvaers.family;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality's districts and the case number prefix.
 *
 * @param districts the districts a family can belong to
 * @param caseNumberPrefix the prefix of every case number, e.g. "TV"
 */
@ConfigurationProperties("tvaers.cases")
public record CaseProperties(List<String> districts, String caseNumberPrefix) {
    public CaseProperties {
        districts = districts == null ? List.of() : List.copyOf(districts);
        caseNumberPrefix = caseNumberPrefix == null || caseNumberPrefix.isBlank() ? "TV" : caseNumberPrefix;
    }
}
