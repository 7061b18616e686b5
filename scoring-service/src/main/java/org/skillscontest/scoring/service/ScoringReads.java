package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEntry;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;

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

    /** The event's active entrants that have drawn a station, by station number (nobody marks the disqualified). */
    public List<ScoredEntry> atStations(String key) {
        return entries.list("eventKey = ?1 and withdrawn = false and disqualifiedAt is null and station is not null order by station", key);
    }
}
