package dk.tvaers.family;

import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyCaseRepository extends JpaRepository<FamilyCase, Long> {
    Optional<FamilyCase> findByCaseNumber(String caseNumber);

    /** The case by its number; 404 when there is none. */
    default FamilyCase byNumber(String caseNumber) {
        return findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException(caseNumber));
    }

    /** The case, unless retention has anonymised it: personal data never enter an anonymised case again. */
    default FamilyCase byNumberForWriting(String caseNumber) {
        FamilyCase c = byNumber(caseNumber);
        if (c.getAnonymisedAt() != null) {
            throw new InvalidInputException("caseNumber", "Sagen er anonymiseret efter opbevaringsperioden");
        }
        return c;
    }

    long countByDistrictAndStatusAndPhaseIn(String district, CaseStatus status, Collection<CasePhase> phases);
}
