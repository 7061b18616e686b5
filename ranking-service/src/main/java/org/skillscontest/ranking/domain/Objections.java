package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** The event's objections, oldest first (the id makes the order total); only {@code federation}'s when it is not null. */
    public PanacheQuery<Objection> ofEvent(String eventKey, String federation) {
        Sort order = Sort.by("lodgedAt").and("id");
        return federation == null ? find("eventKey", order, eventKey)
                : find("eventKey = ?1 and federation = ?2", order, eventKey, federation);
    }
}
