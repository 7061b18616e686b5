package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.skillscontest.contracts.ObjectionState;
import org.skillscontest.contracts.ResultsState;

@ApplicationScoped
public class ResultsPublicities implements PanacheRepositoryBase<ResultsPublicity, String> {

    /**
     * Events still PROVISIONAL whose period is over at {@code now} and that have no open objection
     * (those become FINAL when the last one is decided), the longest over first.
     */
    public List<String> dueAt(Instant now, int limit) {
        return getEntityManager().createQuery("select p.eventKey from ResultsPublicity p where p.state = :state"
                        + " and p.endsAt <= :now and not exists (select o.id from Objection o where o.eventKey = p.eventKey"
                        + " and o.state = :open) order by p.endsAt", String.class)
                .setParameter("state", ResultsState.PROVISIONAL).setParameter("now", now)
                .setParameter("open", ObjectionState.OPEN).setMaxResults(limit).getResultList();
    }
}
