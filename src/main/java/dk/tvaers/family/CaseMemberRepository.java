package dk.tvaers.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMemberRepository extends JpaRepository<CaseMember, Long> {
    List<CaseMember> findByCaseIdOrderById(Long caseId);
}
