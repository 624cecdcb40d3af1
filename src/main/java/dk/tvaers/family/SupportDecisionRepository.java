package dk.tvaers.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportDecisionRepository extends JpaRepository<SupportDecision, Long> {

    List<SupportDecision> findByCaseIdOrderById(Long caseId);
}
