package dk.tvaers.family;

import dk.tvaers.kernel.CaseStatus;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyCaseRepository extends JpaRepository<FamilyCase, Long> {
    Optional<FamilyCase> findByCaseNumber(String caseNumber);

    long countByDistrictAndStatusAndPhaseIn(String district, CaseStatus status, Collection<CasePhase> phases);
}
