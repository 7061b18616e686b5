package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ScoredEvents implements PanacheRepositoryBase<ScoredEvent, String> {

    /** Locked for the transaction: marks, the lock and corrections of one event take turns. */
    public Optional<ScoredEvent> lock(String key) {
        return Optional.ofNullable(getEntityManager().find(ScoredEvent.class, key, LockModeType.PESSIMISTIC_WRITE));
    }
}
