package dk.tvaers.family;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case as the API shows it. No personal data. */
public record CaseView(
        String caseNumber,
        String district,
        ReferralSource referralSource,
        Integer sspCategory,
        LocalDate awarenessDate,
        CaseStatus status,
        CasePhase phase,
        String coordinator,
        OffsetDateTime createdAt) {

    static CaseView of(FamilyCase c) {
        return new CaseView(
                c.getCaseNumber(),
                c.getDistrict(),
                c.getReferralSource(),
                c.getSspCategory(),
                c.getAwarenessDate(),
                c.getStatus(),
                c.getPhase(),
                c.getCoordinator(),
                c.getCreatedAt());
    }
}
