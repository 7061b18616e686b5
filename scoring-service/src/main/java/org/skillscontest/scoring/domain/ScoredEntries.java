package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillscontest.platform.persistence.KeySets;

@ApplicationScoped
public class ScoredEntries implements PanacheRepositoryBase<ScoredEntry, UUID> {

    private static final SecureRandom DRAW = new SecureRandom();

    /** Who competes in this round, withdrawn or not: every entrant of the event in its first round, else its roster. */
    public List<ScoredEntry> inRound(ScoredEvent round) {
        if (round.takesEveryEntrant()) {
            return list("eventKey = ?1 order by entryId", round.eventKey());
        }
        return list("eventKey = ?1 and entryId in (select r.entryId from RoundEntrant r where r.roundKey = ?2) order by entryId",
                round.eventKey(), round.key);
    }

    /**
     * The round's entrants at their stations, by station (a station is one entrant's within the event, the
     * entry id only makes the order total): those who drew one and neither withdrew nor were disqualified.
     */
    public PanacheQuery<ScoredEntry> atStations(ScoredEvent round) {
        String at = "eventKey = ?1 and withdrawn = false and disqualifiedAt is null and station is not null";
        Sort order = Sort.by("station").and("entryId");
        if (round.takesEveryEntrant()) {
            return find(at, order, round.eventKey());
        }
        return find(at + " and entryId in (select r.entryId from RoundEntrant r where r.roundKey = ?2)", order,
                round.eventKey(), round.key);
    }

    /** The entry, if it competes in this round. */
    public ScoredEntry inRound(ScoredEvent round, UUID entryId) {
        ScoredEntry entry = findById(entryId);
        if (entry == null || !entry.eventKey.equals(round.eventKey())) {
            return null;
        }
        if (!round.takesEveryEntrant()
                && getEntityManager().find(RoundEntrant.class, new RoundEntrant.Id(round.key, entryId)) == null) {
            return null;
        }
        return entry;
    }

    /**
     * The round's entrants without a station draw one (抽签): a random order after the stations already
     * drawn. A station is the entrant's for the whole event: a finalist keeps the one drawn in an
     * earlier round with a panel.
     */
    public void drawStations(ScoredEvent round) {
        List<ScoredEntry> all = list("eventKey", round.eventKey());
        Set<UUID> competing = new java.util.HashSet<>();
        inRound(round).forEach(e -> competing.add(e.entryId));
        List<ScoredEntry> waiting = all.stream().filter(e -> e.station == null && competing.contains(e.entryId)).toList();
        StationDraw.draw(all.stream().map(e -> e.station).toList(), waiting, DRAW).forEach((entry, station) -> entry.station = station);
    }

    /**
     * How many entrants compete (neither withdrawn nor disqualified) in each of these rounds, by round
     * key: in a first round every entrant of the event, in a later one those of its roster. Two queries
     * whatever the number of rounds.
     */
    public Map<String, Long> competingIn(Collection<ScoredEvent> rounds) {
        Map<String, Long> byEvent = counts("""
                select s.eventKey, count(s) from ScoredEntry s
                where s.eventKey in :keys and s.withdrawn = false and s.disqualifiedAt is null group by s.eventKey""",
                rounds.stream().filter(ScoredEvent::takesEveryEntrant).map(ScoredEvent::eventKey).distinct().toList());
        Map<String, Long> byRoster = counts("""
                select r.roundKey, count(r) from RoundEntrant r, ScoredEntry s
                where s.entryId = r.entryId and r.roundKey in :keys and s.withdrawn = false and s.disqualifiedAt is null
                group by r.roundKey""",
                rounds.stream().filter(r -> !r.takesEveryEntrant()).map(r -> r.key).toList());
        Map<String, Long> competing = new HashMap<>();
        for (ScoredEvent round : rounds) {
            competing.put(round.key, round.takesEveryEntrant() ? byEvent.getOrDefault(round.eventKey(), 0L)
                    : byRoster.getOrDefault(round.key, 0L));
        }
        return competing;
    }

    private Map<String, Long> counts(String query, List<String> keys) {
        Map<String, Long> counts = new HashMap<>();
        if (!keys.isEmpty()) {
            getEntityManager().createQuery(query, Object[].class).setParameter("keys", keys).getResultList()
                    .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    /** Of these entries, those scoring knows already. */
    public Set<UUID> known(Collection<UUID> entryIds) {
        return KeySets.present(getEntityManager(), "scored_entry", "entry_id", entryIds);
    }
}
