package dk.tvaers.referral;

import dk.tvaers.family.MemberQueries;
import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.Cpr;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A person referred who is already a member of an open family case (docs/faults.md): the referral is refused naming
 * that case, unless the caller says it is meant. Asked by {@code POST /api/cases} for the family it names, and by the
 * case workspace when the members of a case referred from Tasklist's start form (which carries no CPR numbers) are
 * registered. {@code tvaers.referral.refuse-duplicates} turns the refusal off.
 */
@Component
public class DuplicateReferrals {

    private final MemberQueries members;
    private final ReferralProperties properties;

    DuplicateReferrals(MemberQueries members, ReferralProperties properties) {
        this.members = members;
        this.properties = properties;
    }

    /** The referral's family: refused when one of them is in an open case (field {@code members[i].cpr}). */
    void refuseInReferral(List<Cpr> numbers, Boolean confirmed) {
        if (refuses(confirmed)) {
            for (int i = 0; i < numbers.size(); i++) {
                String field = "members[" + i + "].cpr";
                openCaseOf(numbers.get(i), null).ifPresent(open -> {
                    throw new DuplicateReferralException(field, open);
                });
            }
        }
    }

    /**
     * A member registered in the case: refused when she is in another open case (field {@code cpr}), unless
     * {@code confirmed}.
     *
     * @throws DuplicateReferralException naming the other open case
     */
    public void refuseInCase(Cpr number, String caseNumber, boolean confirmed) {
        if (refuses(confirmed)) {
            openCaseOf(number, caseNumber).ifPresent(open -> {
                throw new DuplicateReferralException("cpr", open);
            });
        }
    }

    private boolean refuses(Boolean confirmed) {
        return properties.isRefuseDuplicates() && !Boolean.TRUE.equals(confirmed);
    }

    /** The newest open case the person is a member of, other than {@code exceptCase}. */
    private Optional<String> openCaseOf(Cpr number, String exceptCase) {
        return members.memberships(number.value()).stream()
                .filter(m -> CaseStatus.OPEN.name().equals(m.status()))
                .map(MemberQueries.Membership::caseNumber)
                .filter(caseNumber -> !caseNumber.equals(exceptCase))
                .reduce((first, second) -> second);
    }
}
