package org.skillscontest.ranking.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.AwardMode;
import org.skillscontest.contracts.AwardPolicy;

/**
 * Awards by place. With COUNT the policy's numbers are places; with RATIO they are percentages of
 * the ranked entrants, rounded down but at least 1. Awards go by place, so entrants tied at a
 * boundary all get the higher award and use up the slots below it.
 */
public final class Awards {

    private Awards() {
    }

    /** The number of places each award covers, in order gold, silver, bronze, excellence. */
    public static int[] slots(AwardPolicy policy, int ranked) {
        int[] numbers = {policy.gold(), policy.silver(), policy.bronze(), policy.excellence()};
        if (policy.mode() == AwardMode.RATIO) {
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = numbers[i] == 0 ? 0 : Math.max(1, ranked * numbers[i] / 100);
            }
        }
        return numbers;
    }

    public static Map<UUID, Award> assign(List<Ranking.Placed> placed, AwardPolicy policy) {
        int[] slots = slots(policy, placed.size());
        Award[] kinds = {Award.GOLD, Award.SILVER, Award.BRONZE, Award.EXCELLENCE};
        Map<UUID, Award> awards = new HashMap<>();
        for (Ranking.Placed p : placed) {
            int lastPlace = 0;
            for (int i = 0; i < kinds.length; i++) {
                lastPlace += slots[i];
                if (slots[i] > 0 && p.place() <= lastPlace) {
                    awards.put(p.score().entryId(), kinds[i]);
                    break;
                }
            }
        }
        return awards;
    }
}
