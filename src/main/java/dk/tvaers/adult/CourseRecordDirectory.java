package dk.tvaers.adult;

import dk.tvaers.access.RecordDirectory;
import dk.tvaers.access.RecordType;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Need-to-know's question whether an adult course (by course number) exists. */
@Component
class CourseRecordDirectory implements RecordDirectory {

    private final NamedParameterJdbcTemplate jdbc;

    CourseRecordDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<RecordType> types() {
        return Set.of(RecordType.ADULT_COURSE);
    }

    @Override
    public boolean exists(RecordType type, String key) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM adult_course WHERE course_number = :key",
                new MapSqlParameterSource("key", key),
                Long.class);
        return count != null && count > 0;
    }
}
