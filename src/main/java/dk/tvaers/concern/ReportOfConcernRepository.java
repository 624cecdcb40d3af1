package dk.tvaers.concern;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportOfConcernRepository extends JpaRepository<ReportOfConcern, Long> {

    Optional<ReportOfConcern> findByReportNumber(String reportNumber);

    List<ReportOfConcern> findByChildCprIn(Collection<String> childCprs);
}
