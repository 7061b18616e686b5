package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A declined place (the entrant withdrew before the next level) goes to the next ranked entrant. */
class SubstitutionTest {

    private final List<UUID> ids = new ArrayList<>();

    /** Entrants at the given places, in that order. */
    private List<Ranking.Placed> field(int... places) {
        List<Ranking.Placed> placed = new ArrayList<>();
        for (int place : places) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            placed.add(new Ranking.Placed(new Ranking.Score(id, BigDecimal.valueOf(100 - place), BigDecimal.ONE, BigDecimal.ONE, 0), place));
        }
        return placed;
    }

    @Test
    void nobodyDeclinedChangesNothing() {
        List<Ranking.Placed> placed = field(1, 2, 3, 4);
        Set<UUID> top = Set.of(ids.get(0), ids.get(1));
        assertThat(Advancement.withSubstitutes(placed, top, Set.of())).containsExactlyInAnyOrderElementsOf(top);
    }

    @Test
    void theNextRankedEntrantTakesADeclinedPlace() {
        List<Ranking.Placed> placed = field(1, 2, 3, 4);
        Set<UUID> top = Set.of(ids.get(0), ids.get(1));
        assertThat(Advancement.withSubstitutes(placed, top, Set.of(ids.get(0))))
                .containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    }

    @Test
    void twoDeclinedPlacesGoToTheNextTwo() {
        List<Ranking.Placed> placed = field(1, 2, 3, 4, 5);
        Set<UUID> top = Set.of(ids.get(0), ids.get(1), ids.get(2));
        assertThat(Advancement.withSubstitutes(placed, top, Set.of(ids.get(0), ids.get(2))))
                .containsExactlyInAnyOrder(ids.get(1), ids.get(3), ids.get(4));
    }

    @Test
    void aSubstituteWhoAlsoDeclinedIsPassedOver() {
        List<Ranking.Placed> placed = field(1, 2, 3, 4);
        Set<UUID> top = Set.of(ids.get(0));
        // the first declined; the second, a substitute earlier, declined too: the third takes the place
        assertThat(Advancement.withSubstitutes(placed, top, Set.of(ids.get(0), ids.get(1)))).containsExactly(ids.get(2));
    }

    @Test
    void aDeclinedEntrantOutsideTheQuotaOpensNoPlace() {
        List<Ranking.Placed> placed = field(1, 2, 3);
        Set<UUID> top = Set.of(ids.get(0));
        assertThat(Advancement.withSubstitutes(placed, top, Set.of(ids.get(2)))).containsExactly(ids.get(0));
    }

    @Test
    void whenNobodyIsLeftThePlaceStaysEmpty() {
        List<Ranking.Placed> placed = field(1, 2);
        Set<UUID> both = Set.of(ids.get(0), ids.get(1));
        assertThat(Advancement.withSubstitutes(placed, both, Set.of(ids.get(0)))).containsExactly(ids.get(1));
    }
}
