package dk.tvaers.family;

import dk.tvaers.access.RecordDirectory;
import dk.tvaers.access.RecordType;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Need-to-know's question whether a family case (by case number) or a member (by id) exists. */
@Component
class CaseRecordDirectory implements RecordDirectory {

    private final NamedParameterJdbcTemplate jdbc;

    CaseRecordDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<RecordType> types() {
        return Set.of(RecordType.FAMILY_CASE, RecordType.PERSON);
    }

    @Override
    public boolean exists(RecordType type, String key) {
        String sql =
                switch (type) {
                    case FAMILY_CASE -> "SELECT COUNT(*) FROM family_case WHERE case_number = :key";
                    case PERSON -> "SELECT COUNT(*) FROM case_member WHERE CAST(id AS VARCHAR(20)) = :key";
                    default -> throw new IllegalArgumentException("Not a family record: " + type);
                };
        Long count = jdbc.queryForObject(sql, new MapSqlParameterSource("key", key), Long.class);
        return count != null && count > 0;
    }
}
