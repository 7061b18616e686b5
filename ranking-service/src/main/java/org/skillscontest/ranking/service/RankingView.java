package org.skillscontest.ranking.service;

import java.util.List;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.Level;

public record RankingView(String competition, String event, String name, Level level, int version, int quota,
                          EventRef advancesTo, AdvancementPolicy advancement, List<PlaceView> places) {
}
