package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.skillscontest.platform.persistence.KeySets;

@ApplicationScoped
public class ScoredEntries implements PanacheRepositoryBase<ScoredEntry, UUID> {

    private static final SecureRandom DRAW = new SecureRandom();

    public List<ScoredEntry> active(String eventKey) {
        return list("eventKey = ?1 and withdrawn = false order by entryId", eventKey);
    }

    /** The event's entrants without a station draw one (抽签): a random order after the stations already drawn. */
    public void drawStations(String eventKey) {
        List<ScoredEntry> all = list("eventKey", eventKey);
        List<ScoredEntry> waiting = all.stream().filter(e -> e.station == null).toList();
        StationDraw.draw(all.stream().map(e -> e.station).toList(), waiting, DRAW).forEach((entry, station) -> entry.station = station);
    }

    /** Of these entries, those scoring knows already. */
    public Set<UUID> known(Collection<UUID> entryIds) {
        return KeySets.present(getEntityManager(), "scored_entry", "entry_id", entryIds);
    }
}
