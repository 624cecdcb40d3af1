package dk.tvaers.family;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScreeningScoreRepository extends JpaRepository<ScreeningScore, Long> {
    List<ScreeningScore> findByCaseIdOrderByScreenedOnAscIdAsc(Long caseId);

    boolean existsByMemberIdAndScreenedOn(Long memberId, LocalDate screenedOn);
}
