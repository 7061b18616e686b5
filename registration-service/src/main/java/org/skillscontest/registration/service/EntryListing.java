package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.registration.domain.CompetitionEvents;
import org.skillscontest.registration.domain.Entries;
import org.skillscontest.registration.domain.Entry;
import org.skillscontest.platform.paging.Page;

/** Entries as their readers ask for them: a page of an event's, a person's at every level. */
@ApplicationScoped
public class EntryListing {

    private final Entries entries;
    private final CompetitionEvents events;

    public EntryListing(Entries entries, CompetitionEvents events) {
        this.entries = entries;
        this.events = events;
    }

    /**
     * A page of an event's entries in the order they were registered; {@code federation} null for all,
     * {@code search} null or blank for every entry (else as {@link Entries#ofEvent} matches it).
     */
    public Page<Entry> ofEvent(String competition, String event, String federation, String search, int page, int size) {
        if (events.find(competition, event).isEmpty()) {
            throw ProblemException.notFound("Event " + event + " of " + competition);
        }
        var query = entries.ofEvent(competition, event, federation, search == null || search.isBlank() ? null : search.strip());
        return new Page<>(query.page(page, size).list(), query.count());
    }

    /**
     * A page of a person's entries at every level, oldest first; {@code federation} null for all, else
     * those it entered. 404 when there are none to see.
     */
    public Page<Entry> ofPerson(UUID personId, String federation, int page, int size) {
        var query = entries.ofPerson(personId, federation);
        long total = query.count();
        if (total == 0) {
            throw ProblemException.notFound("Entries of person " + personId);
        }
        return new Page<>(query.page(page, size).list(), total);
    }
}
