package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class Standings implements PanacheRepositoryBase<Standing, UUID> {

    /** Placed entrants by place, then the placeless (withdrawn) ones. */
    public List<Standing> ofEvent(String eventKey) {
        return list("eventKey = ?1 order by place nulls last, total desc, entryId", eventKey);
    }
}
