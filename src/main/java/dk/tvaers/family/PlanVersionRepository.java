package dk.tvaers.family;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByCaseIdOrderByVersionAsc(Long caseId);

    @Query("select coalesce(max(v.version), 0) from PlanVersion v where v.caseId = :caseId")
    int latestVersion(@Param("caseId") Long caseId);

    boolean existsByCaseIdAndSavedAtAfter(Long caseId, Instant after);
}
