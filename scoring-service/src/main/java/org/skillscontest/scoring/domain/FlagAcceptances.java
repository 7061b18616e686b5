package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class FlagAcceptances implements PanacheRepositoryBase<FlagAcceptance, Long> {

    /** "entryId/module" of every accepted flag of the event. */
    public Set<String> accepted(String eventKey) {
        return list("eventKey", eventKey).stream().map(a -> a.entryId + "/" + a.module).collect(Collectors.toSet());
    }
}
