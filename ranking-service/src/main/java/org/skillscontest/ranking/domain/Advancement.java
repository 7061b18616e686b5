package org.skillscontest.ranking.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who advances (晋级): the top {@code quota} places. Entrants tied at the line all advance, or, with
 * {@link TiesAtLine#NONE}, none of the tied group does.
 */
public final class Advancement {

    public enum TiesAtLine { ALL, NONE }

    private Advancement() {
    }

    public static Set<UUID> select(List<Ranking.Placed> placed, int quota, TiesAtLine ties) {
        return placed.stream()
                .filter(p -> p.place() <= quota)
                .filter(p -> ties == TiesAtLine.ALL || lastPlaceOfGroup(placed, p.place()) <= quota)
                .map(p -> p.score().entryId())
                .collect(Collectors.toSet());
    }

    /** The place the tied group starting at {@code place} would end at if it were not tied. */
    private static int lastPlaceOfGroup(List<Ranking.Placed> placed, int place) {
        long size = placed.stream().filter(p -> p.place() == place).count();
        return place + (int) size - 1;
    }

    /**
     * Who advances once some entrants declined their place (withdrew before the next level
     * started): each declined place goes to the best-placed entrant not yet advancing, in ranking
     * order (place, then the order of {@code placed}).
     */
    public static Set<UUID> withSubstitutes(List<Ranking.Placed> placed, Set<UUID> advancing, Set<UUID> declined) {
        Set<UUID> result = new java.util.LinkedHashSet<>(advancing);
        result.removeAll(declined);
        long open = advancing.stream().filter(declined::contains).count();
        for (Ranking.Placed p : placed) {
            if (open == 0) {
                break;
            }
            UUID id = p.score().entryId();
            if (!advancing.contains(id) && !declined.contains(id)) {
                result.add(id);
                open--;
            }
        }
        return result;
    }
}
