package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class RankedRounds implements PanacheRepositoryBase<RankedRound, String> {

    /** The round's row, made on first sight (its parts or its event may come first). */
    public RankedRound ensure(String eventKey, String round) {
        String key = eventKey + "/" + round;
        RankedRound r = findById(key);
        if (r == null) {
            r = new RankedRound();
            r.key = key;
            r.eventKey = eventKey;
            r.round = round;
            persist(r);
        }
        return r;
    }

    /** Earlier rounds of these events that hold parts newer than the version they show. */
    public List<RankedRound> waitingIn(Collection<String> eventKeys) {
        if (eventKeys.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        select r from RankedRound r where r.eventKey in :keys
                          and exists (select p from ResultPart p where p.eventKey = r.key and p.version > r.rankedVersion)""",
                        RankedRound.class)
                .setParameter("keys", eventKeys).getResultList();
    }

    /** The ranked earlier rounds of an event. */
    public List<RankedRound> ofEvent(String eventKey) {
        return list("eventKey = ?1 and rankedVersion > 0", eventKey);
    }
}
