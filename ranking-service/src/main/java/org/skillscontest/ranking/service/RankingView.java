package org.skillscontest.ranking.service;

import java.util.List;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.Level;

/**
 * An event's ranking; {@code publicity}: PROVISIONAL (公示中) or FINAL and the period, null for results ranked
 * before any. {@code places} is one page of them, {@code total} how many there are in all.
 */
public record RankingView(String competition, String event, String name, Level level, int version, int quota,
                          EventRef advancesTo, AdvancementPolicy advancement, List<PlaceView> places, PublicityView publicity,
                          int page, int size, long total) {
}
