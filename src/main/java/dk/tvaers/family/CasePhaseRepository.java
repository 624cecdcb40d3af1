package dk.tvaers.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CasePhaseRepository extends JpaRepository<CasePhaseEntry, Long> {
    List<CasePhaseEntry> findByCaseIdOrderByStartedAtAscIdAsc(Long caseId);
}
