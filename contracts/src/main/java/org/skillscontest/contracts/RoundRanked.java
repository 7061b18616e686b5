package org.skillscontest.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * {@code ranking.round-ranked.v1}: places of one results version of an earlier round and who made
 * the cut to {@code nextRound}. {@code cutMark} is the lowest total that made the cut (null when
 * nobody did). Scoring takes the next round's roster from it.
 */
public record RoundRanked(String competition, String event, Level level, String round, String nextRound, int version,
                          int entrants, int qualified, BigDecimal cutMark, List<Place> places) {

    /** A ranked entrant of the round; {@code qualified}: in the next round's roster. */
    public record Place(int place, UUID entryId, UUID personId, BigDecimal total, boolean qualified) {
    }
}
