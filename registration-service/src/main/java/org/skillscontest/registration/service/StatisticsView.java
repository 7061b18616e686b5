package org.skillscontest.registration.service;

import java.util.List;
import org.skillscontest.contracts.Level;

/** The figures the source material reports for a competition: events, entrants, enterprises, federations, promotions. */
public record StatisticsView(String competition, String name, Level level, int edition, int year, boolean published,
                             int events, Counts totals, List<EventCounts> byEvent) {

    /** Active entrants (withdrawn ones apart), the distinct people, enterprises and federations among them. */
    public record Counts(long entrants, long withdrawn, long people, long enterprises, long federations, long promotedIn,
                         long promotedOut) {
    }

    public record EventCounts(String event, String name, String occupation, Counts counts) {
    }
}
