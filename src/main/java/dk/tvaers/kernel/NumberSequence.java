package dk.tvaers.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Draws the next id from a database sequence before the record is stored, so that the number derived from it (the
 * case number, the adult course number) is part of the row from the start. Hibernate's dialect supplies the SQL for
 * H2 and PostgreSQL alike.
 */
@Component
public class NumberSequence {

    @PersistenceContext
    private EntityManager entityManager;

    private final Map<String, String> nextValueSql = new ConcurrentHashMap<>();

    /** The next value of the named sequence (a name from the migrations, never user input). */
    public long next(String sequence) {
        Object value = entityManager.createNativeQuery(sql(sequence)).getSingleResult();
        return ((Number) value).longValue();
    }

    private String sql(String sequence) {
        return nextValueSql.computeIfAbsent(sequence, name -> entityManager
                .getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString(name));
    }
}
