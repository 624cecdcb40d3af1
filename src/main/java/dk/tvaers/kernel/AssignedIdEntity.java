package dk.tvaers.kernel;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is drawn from a sequence before it is stored (see {@link NumberSequence}), so that the
 * number derived from it is part of the row from the start. The id is assigned, not generated: this tells Spring Data
 * to insert a new one rather than merge it.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<Long> {

    @Transient
    private boolean fresh = true;

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }
}
