package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.inbox.KeyLock;
import org.skillscontest.platform.inbox.EarlyWithdrawals;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEntry;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;

/**
 * What scoring learns from registration: events with their schemes, and the entrants to mark. The
 * three topics arrive in any order: an entrant needs no event to be kept, a withdrawal before its
 * registration is kept until the registration comes ({@link EarlyWithdrawals}), and an entrant who
 * arrives after the panel is set draws a station then.
 */
@ApplicationScoped
public class EventRoster {

    private final ScoredEvents events;
    private final ScoredEntries entries;
    private final EarlyWithdrawals withdrawals;
    private final KeyLock keyLock;
    private final Locking locking;
    private final Clock clock;

    public EventRoster(ScoredEvents events, ScoredEntries entries, EarlyWithdrawals withdrawals, KeyLock keyLock, Locking locking,
                       Clock clock) {
        this.events = events;
        this.entries = entries;
        this.withdrawals = withdrawals;
        this.keyLock = keyLock;
        this.locking = locking;
        this.clock = clock;
    }

    /**
     * An event's definition: one scored row for an event of one round, one per round for an event in
     * rounds (earlier rounds under their round key, the final under the event's key). A locked round
     * keeps the scheme it was locked with.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(EventOpened opened) {
        EventRef ref = opened.ref();
        if (!opened.hasRounds()) {
            define(ref.key(), ref, null, 0, 0, opened.scoring());
            return;
        }
        List<Round> rounds = opened.rounds();
        for (int i = 0; i < rounds.size(); i++) {
            boolean last = i == rounds.size() - 1;
            String key = last ? ref.key() : Topic.roundKey(ref.competition(), ref.event(), rounds.get(i).code());
            define(key, ref, rounds.get(i).code(), i + 1, rounds.size(), last ? opened.scoring() : rounds.get(i).scoring());
        }
    }

    private void define(String key, EventRef ref, String round, int index, int count, ScoringScheme scheme) {
        ScoredEvent event = events.findById(key);
        boolean known = event != null;
        if (!known) {
            event = new ScoredEvent();
            event.key = key;
            event.competition = ref.competition();
            event.event = ref.event();
        }
        event.level = ref.level();
        event.round = round;
        event.roundIndex = index;
        event.roundCount = count;
        if (!event.locked()) {
            event.scheme = scheme;
        }
        if (!known) {
            events.persist(event); // after the fields are set: the insert carries the state at persist
        }
    }

    /**
     * Entrants, a poll's worth at once: each new one is written once (together, in JDBC batches),
     * withdrawn already if its withdrawal came first, with a station if its event's panel is set.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registerAll(List<EntryRegistered> registered) {
        Set<String> keys = new TreeSet<>();
        registered.forEach(r -> keys.add(Topic.eventKey(r.competition(), r.event())));
        keyLock.lock(keys);
        Set<UUID> ids = new HashSet<>();
        registered.forEach(r -> ids.add(r.entryId()));
        Set<UUID> skip = new HashSet<>(entries.known(ids));
        Set<UUID> withdrawnFirst = withdrawals.takeFor(ids);
        Set<String> joined = new TreeSet<>();
        for (EntryRegistered r : registered) {
            if (!skip.add(r.entryId())) {
                continue; // known already, or twice in the batch
            }
            ScoredEntry entry = new ScoredEntry();
            entry.entryId = r.entryId();
            entry.personId = r.personId();
            entry.eventKey = Topic.eventKey(r.competition(), r.event());
            entry.federation = r.federation();
            entry.idNumberDigest = r.idNumberDigest();
            entry.withdrawn = withdrawnFirst.contains(r.entryId());
            entries.persist(entry);
            joined.add(entry.eventKey);
        }
        for (String key : joined) {
            drawLateStations(key);
        }
    }

    /**
     * Stations are drawn when the panel is set; entrants who arrive afterwards draw theirs as they
     * come, in the round every entrant starts in.
     */
    private void drawLateStations(String eventKey) {
        String[] ref = eventKey.split("/", 2);
        ScoredEvent first = events.firstRound(ref[0], ref[1]).orElse(null);
        if (first == null || events.lock(first.key).orElseThrow().panel == null) {
            return; // no draw yet: Marking.assignPanel draws for everyone present then
        }
        entries.drawStations(first);
    }

    /**
     * A withdrawal: the entrant is listed as withdrawn from now on. After the lock it re-ranks (a new
     * results version at once, in this transaction), unless the entrant was disqualified already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(EntryWithdrawn withdrawn) {
        // an entrant not known yet is still on its way: its registration will find the withdrawal
        withdrawals.withdraw(withdrawn, entryId -> {
            ScoredEntry entry = entries.findById(entryId);
            if (entry == null) {
                return false;
            }
            if (!entry.withdrawn) {
                entry.withdrawn = true;
                entry.withdrawnAt = Instant.now(clock);
                entry.withdrawalReason = withdrawn.reason();
                if (entry.status() == EntrantStatus.WITHDRAWN) {
                    events.lock(entry.eventKey).filter(ScoredEvent::locked).ifPresent(locking::publishNextVersion);
                }
            }
            return true;
        });
    }
}
