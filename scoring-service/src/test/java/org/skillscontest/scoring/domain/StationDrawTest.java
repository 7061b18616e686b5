package org.skillscontest.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StationDrawTest {

    @Test
    void theFirstDrawNumbersEveryEntrantFromOneEachOnce() {
        Map<String, Integer> drawn = StationDraw.draw(List.of(), List.of("a", "b", "c"), new Random(7));
        assertThat(drawn).containsOnlyKeys("a", "b", "c");
        assertThat(drawn.values()).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void latecomersDrawTheNumbersAfterTheHighestDrawnAndNoEarlierStationChanges() {
        Map<String, Integer> drawn = StationDraw.draw(Arrays.asList(2, null, 5, 1), List.of("x", "y"), new Random(7));
        assertThat(drawn.values()).containsExactlyInAnyOrder(6, 7);
    }

    @Test
    void theOrderIsDrawnNotTheOrderOfArrival() {
        List<Integer> entrants = java.util.stream.IntStream.range(0, 50).boxed().toList();
        Map<Integer, Integer> drawn = StationDraw.draw(List.of(), entrants, new Random(42));
        assertThat(entrants.stream().map(drawn::get).toList()).isNotEqualTo(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(drawn.values()).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void nobodyWaitingDrawsNothing() {
        assertThat(StationDraw.draw(List.of(1, 2), List.<String>of(), new Random())).isEmpty();
    }
}
