package org.skillscontest.ranking.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.HonourSettings;

/**
 * The organisation award (优秀组织奖) table: each federation scores points for its entrants' awards,
 * at the points of the event the award was won in (a setting of each event; default gold 4, silver 3,
 * bronze 2, excellence 1). One table per event (Shanghai: 各竞赛项目决赛分别设优秀组织奖) and one per
 * competition, which adds up its events.
 */
public final class OrganisationAward {

    /** A federation's awards and points; the table is ordered by points, then by federation code. */
    public record Row(String federation, int gold, int silver, int bronze, int excellence, int points) {
    }

    /** One award won by an entrant of {@code federation}, in an event awarding {@code points}. */
    public record Won(String federation, Award award, HonourSettings.OrganisationAward points) {
    }

    private OrganisationAward() {
    }

    /** The points an award is worth under {@code points} (null: the defaults). */
    public static int points(Award award, HonourSettings.OrganisationAward points) {
        HonourSettings.OrganisationAward p = points == null ? HonourSettings.OrganisationAward.defaults() : points;
        return switch (award) {
            case GOLD -> p.gold();
            case SILVER -> p.silver();
            case BRONZE -> p.bronze();
            case EXCELLENCE -> p.excellence();
        };
    }

    /** The table of these awards: most points first, ties by federation code. */
    public static List<Row> table(Collection<Won> won) {
        Map<String, int[]> tally = new TreeMap<>();
        for (Won w : won) {
            if (w.federation() == null || w.award() == null) {
                continue;
            }
            int[] t = tally.computeIfAbsent(w.federation(), k -> new int[5]);
            t[w.award().ordinal()]++;
            t[4] += points(w.award(), w.points());
        }
        return tally.entrySet().stream()
                .map(e -> new Row(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
                .sorted(Comparator.comparingInt(Row::points).reversed().thenComparing(Row::federation))
                .toList();
    }
}
