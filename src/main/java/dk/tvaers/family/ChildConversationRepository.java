package dk.tvaers.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChildConversationRepository extends JpaRepository<ChildConversation, Long> {

    List<ChildConversation> findByCaseIdOrderByHeldOnAscIdAsc(Long caseId);

    long countByCaseId(Long caseId);
}
