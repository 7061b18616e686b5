package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.skillscontest.contracts.ObjectionState;

@ApplicationScoped
public class Objections implements PanacheRepositoryBase<Objection, UUID> {

    public long openIn(String eventKey) {
        return count("eventKey = ?1 and state = ?2", eventKey, ObjectionState.OPEN);
    }

    public boolean openFor(UUID entryId) {
        return count("entryId = ?1 and state = ?2", entryId, ObjectionState.OPEN) > 0;
    }

    public long lodgedIn(String eventKey) {
        return count("eventKey", eventKey);
    }

    /** The event's objections, oldest first; only {@code federation}'s when it is not null. */
    public List<Objection> ofEvent(String eventKey, String federation) {
        return federation == null ? list("eventKey = ?1 order by lodgedAt, id", eventKey)
                : list("eventKey = ?1 and federation = ?2 order by lodgedAt, id", eventKey, federation);
    }
}
