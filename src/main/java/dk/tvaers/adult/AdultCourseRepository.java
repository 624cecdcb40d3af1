package dk.tvaers.adult;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdultCourseRepository extends JpaRepository<AdultCourse, Long> {
    Optional<AdultCourse> findByCourseNumber(String courseNumber);

    Optional<AdultCourse> findByOpenCpr(String cpr);

    List<AdultCourse> findByDischargedOnBetween(LocalDate from, LocalDate to);

    long countByStartedAtGreaterThanEqualAndStartedAtLessThan(OffsetDateTime from, OffsetDateTime until);
}
