package dk.tvaers.family;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionHearingRepository extends JpaRepository<DecisionHearing, Long> {

    List<DecisionHearing> findByDecisionIdOrderById(Long decisionId);

    Optional<DecisionHearing> findByDecisionIdAndMemberId(Long decisionId, Long memberId);
}
