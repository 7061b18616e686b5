package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class RankedEvents implements PanacheRepositoryBase<RankedEvent, String> {

    /** Locked for the transaction: parts of one event are ranked one at a time. */
    public Optional<RankedEvent> lock(String key) {
        return Optional.ofNullable(getEntityManager().find(RankedEvent.class, key, LockModeType.PESSIMISTIC_WRITE));
    }
}
