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
}
