package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.domain.CompetitionEvents;
import org.skillscontest.registration.domain.Competitions;
import org.skillscontest.registration.domain.Federation;
import org.skillscontest.registration.domain.Federations;
import org.skillscontest.platform.paging.Page;

/** The reference data as its readers list it: federations, competitions, a competition's events. */
@ApplicationScoped
public class ReferenceListing {

    private final Federations federations;
    private final Competitions competitions;
    private final CompetitionEvents events;

    public ReferenceListing(Federations federations, Competitions competitions, CompetitionEvents events) {
        this.federations = federations;
        this.competitions = competitions;
        this.events = events;
    }

    /** A page of federations by code: every one, or only {@code only}'s (null: every one). */
    public Page<Federation> federations(String only, int page, int size) {
        var query = federations.byCode(only);
        return new Page<>(query.page(page, size).list(), query.count());
    }

    /** A page of competitions by level (city, provincial, national), then code. */
    public Page<Competition> competitions(int page, int size) {
        return new Page<>(competitions.inLevelOrder(page, size), competitions.count());
    }

    /** A page of a competition's events by code, or 404 for an unknown competition. */
    public Page<CompetitionEvent> events(String competition, int page, int size) {
        if (competitions.findById(competition) == null) {
            throw ProblemException.notFound("Competition " + competition);
        }
        var query = events.of(competition);
        return new Page<>(query.page(page, size).list(), query.count());
    }

    /** One event of a competition, or 404. */
    public CompetitionEvent event(String competition, String event) {
        return events.find(competition, event)
                .orElseThrow(() -> ProblemException.notFound("Event " + event + " of " + competition));
    }
}
