package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ScoredEntries implements PanacheRepositoryBase<ScoredEntry, UUID> {

    public List<ScoredEntry> active(String eventKey) {
        return list("eventKey = ?1 and withdrawn = false order by entryId", eventKey);
    }
}
