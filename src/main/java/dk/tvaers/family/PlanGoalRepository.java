package dk.tvaers.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanGoalRepository extends JpaRepository<PlanGoal, Long> {
    List<PlanGoal> findByCaseIdOrderById(Long caseId);

    @Query("select distinct g.administration from PlanGoal g where g.caseId = :caseId order by g.administration")
    List<String> administrations(@Param("caseId") Long caseId);

    /** A bulk delete, run at once: the plan's new goals are inserted after it in the same transaction. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PlanGoal g where g.caseId = :caseId")
    void deleteByCase(@Param("caseId") Long caseId);
}
