package dk.tvaers.family;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Draws the next case id from the database sequence before the case is stored, so that the case number (derived
 * from it) is part of the row from the start. Hibernate's dialect supplies the SQL for H2 and PostgreSQL alike.
 */
@Component
class CaseNumberSequence {

    static final String SEQUENCE = "family_case_seq";

    @PersistenceContext
    private EntityManager entityManager;

    private volatile String nextValueSql;

    long next() {
        Object value = entityManager.createNativeQuery(sql()).getSingleResult();
        return ((Number) value).longValue();
    }

    private String sql() {
        String sql = nextValueSql;
        if (sql == null) {
            sql = entityManager
                    .getEntityManagerFactory()
                    .unwrap(SessionFactoryImplementor.class)
                    .getJdbcServices()
                    .getDialect()
                    .getSequenceSupport()
                    .getSequenceNextValString(SEQUENCE);
            nextValueSql = sql;
        }
        return sql;
    }
}
