package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEntry;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;
import org.skillscontest.platform.paging.Page;

/** What the scoring API reads without changing anything: an event, its entrants at their stations. */
@ApplicationScoped
public class ScoringReads {

    private final ScoredEvents events;
    private final ScoredEntries entries;

    public ScoringReads(ScoredEvents events, ScoredEntries entries) {
        this.events = events;
        this.entries = entries;
    }

    /** The event of this key ({@code competition/event}), or 404. */
    public ScoredEvent event(String key) {
        return events.findByIdOptional(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
    }

    /**
     * A page of the round's active entrants that have drawn a station, by station number (nobody marks
     * the disqualified); paged by the database.
     */
    public Page<ScoredEntry> atStations(ScoredEvent round, int page, int size) {
        var query = entries.atStations(round);
        return new Page<>(query.page(page, size).list(), query.count());
    }

    /** An event's round by its code (the final's is the event's own key), or 404. */
    public ScoredEvent round(String competition, String event, String round) {
        return events.round(competition, event, round)
                .orElseThrow(() -> ProblemException.notFound("Round " + round + " of event " + competition + "/" + event));
    }
}
