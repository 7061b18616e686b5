package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.skillscontest.contracts.RoundRanked;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.inbox.AwaitingEarlierRecordException;
import org.skillscontest.platform.inbox.KeyLock;
import org.skillscontest.scoring.domain.RoundEntrant;
import org.skillscontest.scoring.domain.RoundEntrants;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;

/**
 * The roster of a round after the first is who made the previous round's cut, as ranking drew it
 * ({@code ranking.round-ranked.v1}). A correction of the earlier round re-draws the cut: the roster
 * follows while the next round is open; once it is locked, the roster it was locked with stands.
 */
@ApplicationScoped
public class RoundCuts {

    private static final Logger LOG = Logger.getLogger(RoundCuts.class);

    private final ScoredEvents events;
    private final ScoredEntries entries;
    private final RoundEntrants roster;
    private final KeyLock keyLock;

    public RoundCuts(ScoredEvents events, ScoredEntries entries, RoundEntrants roster, KeyLock keyLock) {
        this.events = events;
        this.entries = entries;
        this.roster = roster;
        this.keyLock = keyLock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RoundRanked ranked) {
        keyLock.lock(Topic.eventKey(ranked.competition(), ranked.event()));
        ScoredEvent next = events.round(ranked.competition(), ranked.event(), ranked.nextRound()).orElse(null);
        if (next == null) {
            // ranking ranked the round after the event-opened that defines it; here it is still on its way
            throw new AwaitingEarlierRecordException("round " + ranked.nextRound() + " of " + ranked.competition() + "/"
                    + ranked.event() + " is not known to scoring yet");
        }
        next = events.lock(next.key).orElseThrow();
        if (ranked.version() <= next.rosterVersion) {
            return; // this cut or a later one made the roster already
        }
        if (next.locked()) {
            LOG.warnf("%s: the cut of round %s version %d comes after round %s was locked; its roster stands",
                    next.eventKey(), ranked.round(), ranked.version(), next.round);
            next.rosterVersion = ranked.version();
            return;
        }
        Set<UUID> qualified = new HashSet<>();
        ranked.places().stream().filter(RoundRanked.Place::qualified).forEach(p -> qualified.add(p.entryId()));
        Set<UUID> present = new HashSet<>();
        for (RoundEntrant r : roster.of(next.key)) {
            if (!qualified.contains(r.entryId)) {
                roster.delete(r); // no longer makes the cut after a correction
            } else {
                present.add(r.entryId);
            }
        }
        for (UUID entryId : qualified) {
            if (!present.contains(entryId)) {
                RoundEntrant r = new RoundEntrant();
                r.roundKey = next.key;
                r.entryId = entryId;
                roster.persist(r);
            }
        }
        next.rosterVersion = ranked.version();
        roster.flush();
        if (next.panel != null) {
            entries.drawStations(next);
        }
    }
}
