package org.skillscontest.ranking.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Ranked fields for the tests of the rules that read places (awards, advancement): entrant {@code n}
 * has the id {@code (0, n)} and, at place {@code p}, the total {@code 100 - p}.
 */
final class Placings {

    private Placings() {
    }

    static UUID id(int n) {
        return new UUID(0L, n);
    }

    static Set<UUID> ids(int... entries) {
        return IntStream.of(entries).mapToObj(Placings::id).collect(Collectors.toSet());
    }

    static Ranking.Placed at(int n, int place) {
        BigDecimal x = BigDecimal.valueOf(100 - place);
        return new Ranking.Placed(new Ranking.Score(id(n), x, x, x, 0), place);
    }

    /** Entrants 1..places.length with the given places. */
    static List<Ranking.Placed> field(int... places) {
        List<Ranking.Placed> list = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            list.add(at(i + 1, places[i]));
        }
        return list;
    }
}
