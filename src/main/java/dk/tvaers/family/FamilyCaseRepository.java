package dk.tvaers.family;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyCaseRepository extends JpaRepository<FamilyCase, Long> {
    Optional<FamilyCase> findByCaseNumber(String caseNumber);
}
