package org.skillscontest.ranking.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Places (名次): total ↓, then practical ↓, then theory ↓, then time used ↑. Entrants equal on all
 * four share a place and the places after them are skipped (1, 2, 2, 4).
 */
public final class Ranking {

    /** One entrant's published scores. */
    public record Score(UUID entryId, BigDecimal total, BigDecimal practical, BigDecimal theory, long timeUsedSeconds) {
    }

    /** A score with its place. */
    public record Placed(Score score, int place) {
    }

    public static final Comparator<Score> ORDER = Comparator.comparing(Score::total).reversed()
            .thenComparing(Comparator.comparing(Score::practical).reversed())
            .thenComparing(Comparator.comparing(Score::theory).reversed())
            .thenComparingLong(Score::timeUsedSeconds);

    private Ranking() {
    }

    /** Ranked best first; within a shared place, by entry id so the order is stable. */
    public static List<Placed> rank(List<Score> scores) {
        List<Score> sorted = new ArrayList<>(scores);
        sorted.sort(ORDER.thenComparing(Score::entryId));
        List<Placed> placed = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Score s = sorted.get(i);
            boolean tiedWithPrevious = i > 0 && ORDER.compare(sorted.get(i - 1), s) == 0;
            placed.add(new Placed(s, tiedWithPrevious ? placed.get(i - 1).place() : i + 1));
        }
        return placed;
    }
}
