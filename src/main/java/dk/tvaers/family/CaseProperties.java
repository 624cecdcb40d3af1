package dk.tvaers.family;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality's districts and the case number prefix.
 *
 * @param districts the districts a family can belong to (at least one: startup stops without)
 * @param caseNumberPrefix the prefix of every case number, e.g. "TV"
 */
@ConfigurationProperties("tvaers.cases")
public record CaseProperties(List<String> districts, String caseNumberPrefix) {
    public CaseProperties {
        if (districts == null || districts.stream().allMatch(d -> d == null || d.isBlank())) {
            // the referral form and the board offer exactly these: without one, no family could be referred
            throw new IllegalArgumentException(
                    "tvaers.cases.districts names no district: list the municipality's districts (see application.yaml)");
        }
        districts = List.copyOf(districts);
        caseNumberPrefix = caseNumberPrefix == null || caseNumberPrefix.isBlank() ? "TV" : caseNumberPrefix;
    }
}
