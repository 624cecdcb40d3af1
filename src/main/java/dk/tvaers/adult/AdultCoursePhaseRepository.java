package dk.tvaers.adult;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdultCoursePhaseRepository extends JpaRepository<AdultCoursePhaseEntry, Long> {
    List<AdultCoursePhaseEntry> findByCourseIdOrderByStartedAtAscIdAsc(Long courseId);
}
