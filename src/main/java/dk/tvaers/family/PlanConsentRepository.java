package dk.tvaers.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanConsentRepository extends JpaRepository<PlanConsent, Long> {
    List<PlanConsent> findByCaseIdOrderById(Long caseId);

    /** A bulk delete, run at once: the plan's new consents are inserted after it in the same transaction. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PlanConsent c where c.caseId = :caseId")
    void deleteByCase(@Param("caseId") Long caseId);
}
