package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.Topic;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEntry;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;

/** What scoring learns from registration: events with their schemes, and the entrants to mark. */
@ApplicationScoped
public class EventRoster {

    private final ScoredEvents events;
    private final ScoredEntries entries;

    public EventRoster(ScoredEvents events, ScoredEntries entries) {
        this.events = events;
        this.entries = entries;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(EventOpened opened) {
        ScoredEvent event = events.findById(opened.ref().key());
        boolean known = event != null;
        if (!known) {
            event = new ScoredEvent();
            event.key = opened.ref().key();
            event.competition = opened.ref().competition();
            event.event = opened.ref().event();
        }
        event.level = opened.ref().level();
        if (!event.locked()) {
            event.scheme = opened.scoring();
        }
        if (!known) {
            events.persist(event); // after the fields are set: the insert carries the state at persist
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void register(EntryRegistered registered) {
        if (entries.findById(registered.entryId()) != null) {
            return;
        }
        ScoredEntry entry = new ScoredEntry();
        entry.entryId = registered.entryId();
        entry.personId = registered.personId();
        entry.eventKey = Topic.eventKey(registered.competition(), registered.event());
        entry.federation = registered.federation();
        entries.persist(entry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(EntryWithdrawn withdrawn) {
        ScoredEntry entry = entries.findById(withdrawn.entryId());
        if (entry != null) {
            entry.withdrawn = true;
        }
    }
}
