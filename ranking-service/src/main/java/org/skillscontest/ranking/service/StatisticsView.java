package org.skillscontest.ranking.service;

import java.util.List;
import java.util.Map;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.contracts.Level;

/**
 * A competition's figures across the pipeline as ranking sees them (docs/domain.md, statistics): events,
 * entrants, the federations and enterprises they come from, finalists, promotions out, awards and
 * honours by kind. {@code published}: every event of the competition is ranked. {@code rounds}: each
 * ranked earlier round (初赛, 选拔赛) with its entrants, how many made the cut, and the cut mark.
 */
public record StatisticsView(String competition, String name, Level level, int year, int edition, String series, boolean published, int events,
                             int eventsRanked, Counts totals, List<EventCounts> byEvent, List<RoundResults.Figures> rounds) {

    /**
     * {@code entrants}: active entries (withdrawn ones apart); {@code people}, {@code federations},
     * {@code enterprises} (by unified social credit code): distinct among them; {@code finalists}:
     * ranked entrants, with a place; {@code promotionsOut}: active promotions to the next level;
     * {@code awards}, {@code honours}: by kind, honours still held (withdrawn ones apart);
     * {@code upgradesByTargetLevel}: skill-level upgrade recommendations by the level they lead to.
     */
    public record Counts(long entrants, long withdrawn, long people, long federations, long enterprises, long finalists,
                         long promotionsOut, Map<Award, Long> awards, Map<HonourKind, Long> honours,
                         Map<Integer, Long> upgradesByTargetLevel) {
    }

    /** One event's figures; {@code version}: the results version ranked, 0 before the first. */
    public record EventCounts(String event, String name, String occupation, int version, Counts counts) {
    }
}
