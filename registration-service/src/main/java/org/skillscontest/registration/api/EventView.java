package org.skillscontest.registration.api;

import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.AwardPolicy;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.ScoringScheme;
import java.util.List;
import org.skillscontest.registration.domain.CompetitionEvent;

public record EventView(String competition, String code, String name, String occupation, int skillLevel, int capacity,
                        int quota, EventRef advancesTo, ScoringScheme scoring, AwardPolicy awards,
                        AdvancementPolicy advancement, PromoteWhen promoteWhen, HonourSettings honours, List<Round> rounds) {

    static EventView of(CompetitionEvent e, EventRef advancesTo) {
        return new EventView(e.competition, e.code, e.name, e.occupation, e.skillLevel, e.capacity, e.quota,
                advancesTo, e.scoring, e.awards, e.advancement, e.promoteWhen, e.honours, e.rounds);
    }
}
