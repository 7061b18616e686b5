package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.skillscontest.contracts.EventRef;

@ApplicationScoped
public class RankedEvents implements PanacheRepositoryBase<RankedEvent, String> {

    /** Locked for the transaction: parts of one event are ranked one at a time. */
    public Optional<RankedEvent> lock(String key) {
        return Optional.ofNullable(getEntityManager().find(RankedEvent.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The series the events of these competitions belong to. */
    public List<String> seriesOf(Collection<String> competitions) {
        return getEntityManager().createQuery("select distinct e.series from RankedEvent e where e.competition in :c"
                + " and e.series is not null", String.class).setParameter("c", competitions).getResultList();
    }

    /** The competitions with an event that advances to {@code target}: their pages name it. */
    @SuppressWarnings("unchecked")
    public List<String> competitionsAdvancingTo(EventRef target) {
        return getEntityManager().createNativeQuery("select distinct competition from ranked_event"
                        + " where advances_to ->> 'competition' = ?1 and advances_to ->> 'event' = ?2")
                .setParameter(1, target.competition()).setParameter(2, target.event()).getResultList();
    }
}
