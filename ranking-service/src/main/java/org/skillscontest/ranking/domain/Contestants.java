package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.skillscontest.platform.persistence.KeySets;

@ApplicationScoped
public class Contestants implements PanacheRepositoryBase<Contestant, UUID> {

    /** The entries ranking knows in the event. */
    public Set<UUID> entryIdsOf(String eventKey) {
        return new HashSet<>(getEntityManager()
                .createQuery("select c.entryId from Contestant c where c.eventKey = :key", UUID.class)
                .setParameter("key", eventKey).getResultList());
    }

    /** The people entered in these events. */
    public Set<UUID> peopleOf(Collection<String> eventKeys) {
        return new HashSet<>(getEntityManager()
                .createQuery("select distinct c.personId from Contestant c where c.eventKey in :keys", UUID.class)
                .setParameter("keys", eventKeys).getResultList());
    }

    /** Of these entries, those ranking knows already. */
    public Set<UUID> known(Collection<UUID> entryIds) {
        return KeySets.present(getEntityManager(), "contestant", "entry_id", entryIds);
    }
}
