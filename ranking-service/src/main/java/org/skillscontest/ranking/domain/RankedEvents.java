package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.skillscontest.contracts.EventRef;

@ApplicationScoped
public class RankedEvents implements PanacheRepositoryBase<RankedEvent, String> {

    /** Locked for the transaction: parts of one event are ranked one at a time. */
    public Optional<RankedEvent> lock(String key) {
        return Optional.ofNullable(getEntityManager().find(RankedEvent.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The series of each competition's events, read once per instance: rankings and entrants ask on
     * every batch, and a competition's series, set by registration when it is created, comes with each
     * event's opening and stays. Only competitions with an event here are kept.
     */
    private final Map<String, Set<String>> seriesByCompetition = new ConcurrentHashMap<>();

    /** The series the events of these competitions belong to. */
    public Set<String> seriesOf(Collection<String> competitions) {
        Set<String> series = new TreeSet<>();
        List<String> unread = new ArrayList<>();
        for (String c : competitions) {
            Set<String> known = seriesByCompetition.get(c);
            if (known == null) {
                unread.add(c);
            } else {
                series.addAll(known);
            }
        }
        if (!unread.isEmpty()) {
            Map<String, Set<String>> read = new HashMap<>();
            // no auto-flush: event rows are written only by Roster.open, which flushes them before it asks
            getEntityManager().createQuery("select distinct e.competition, e.series from RankedEvent e where e.competition in :c",
                            Object[].class)
                    .setParameter("c", unread).setFlushMode(FlushModeType.COMMIT).getResultList()
                    .forEach(row -> {
                        Set<String> of = read.computeIfAbsent((String) row[0], c -> new TreeSet<>());
                        if (row[1] != null) {
                            of.add((String) row[1]);
                        }
                    });
            read.forEach((competition, of) -> {
                seriesByCompetition.put(competition, Set.copyOf(of));
                series.addAll(of);
            });
        }
        return series;
    }

    /** An event of {@code competition} was opened or joined another series: its series are read again. */
    public void forgetSeriesOf(String competition) {
        seriesByCompetition.remove(competition);
    }

    /** The competitions with an event that advances to {@code target}: their pages name it. */
    @SuppressWarnings("unchecked")
    public List<String> competitionsAdvancingTo(EventRef target) {
        return getEntityManager().createNativeQuery("select distinct competition from ranked_event"
                        + " where advances_to ->> 'competition' = ?1 and advances_to ->> 'event' = ?2")
                .setParameter(1, target.competition()).setParameter(2, target.event()).getResultList();
    }
}
