package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ResultParts implements PanacheRepositoryBase<ResultPart, Long> {

    public List<ResultPart> of(String eventKey, int version) {
        return list("eventKey = ?1 and version = ?2 order by part", eventKey, version);
    }

    public boolean has(String eventKey, int version, int part) {
        return count("eventKey = ?1 and version = ?2 and part = ?3", eventKey, version, part) > 0;
    }

    /** The parts of versions newer than {@code version}: what may still be ranked. */
    public List<ResultPart> newerThan(String eventKey, int version) {
        return list("eventKey = ?1 and version > ?2 order by version, part", eventKey, version);
    }

    /**
     * Of these events, those holding parts newer than the version they show (or any part, for an
     * event not yet opened): results waiting, perhaps for entrants that have just arrived.
     */
    public Set<String> waitingIn(Collection<String> eventKeys) {
        if (eventKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery("""
                        select distinct p.eventKey from ResultPart p
                        where p.eventKey in :keys
                          and p.version > coalesce((select e.rankedVersion from RankedEvent e where e.key = p.eventKey), 0)""",
                        String.class)
                .setParameter("keys", eventKeys).getResultList());
    }
}
