package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Places: total desc, practical desc, theory desc, time asc; full ties share a place and skip the next. */
class RankingTest {

    private static UUID id(int n) {
        return new UUID(0L, n);
    }

    private static Ranking.Score score(int n, String total, String practical, String theory, long time) {
        return new Ranking.Score(id(n), new BigDecimal(total), new BigDecimal(practical), new BigDecimal(theory), time);
    }

    /** entry number → place, in output order. */
    private static Map<Integer, Integer> places(List<Ranking.Placed> placed) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (Ranking.Placed p : placed) {
            m.put((int) p.score().entryId().getLeastSignificantBits(), p.place());
        }
        return m;
    }

    private static List<Integer> placeList(List<Ranking.Placed> placed) {
        return placed.stream().map(Ranking.Placed::place).collect(Collectors.toList());
    }

    private static List<Integer> order(List<Ranking.Placed> placed) {
        return placed.stream().map(p -> (int) p.score().entryId().getLeastSignificantBits()).collect(Collectors.toList());
    }

    @Nested
    class Trivial {

        @Test
        void emptyListGivesEmptyResult() {
            assertThat(Ranking.rank(List.of())).isEmpty();
        }

        @Test
        void singleEntrantIsFirst() {
            Ranking.Score s = score(1, "42.00", "40.00", "47.00", 1000);
            List<Ranking.Placed> placed = Ranking.rank(List.of(s));
            assertThat(placed).containsExactly(new Ranking.Placed(s, 1));
        }

        @Test
        void placedKeepsTheOriginalScore() {
            Ranking.Score a = score(1, "90", "90", "90", 10);
            Ranking.Score b = score(2, "80", "80", "80", 10);
            List<Ranking.Placed> placed = Ranking.rank(List.of(b, a));
            assertThat(placed).containsExactly(new Ranking.Placed(a, 1), new Ranking.Placed(b, 2));
        }

        @Test
        void inputListIsNotModified() {
            List<Ranking.Score> input = new ArrayList<>(List.of(
                    score(1, "70", "70", "70", 10),
                    score(2, "90", "90", "90", 10),
                    score(3, "80", "80", "80", 10)));
            List<Ranking.Score> copy = List.copyOf(input);
            Ranking.rank(input);
            assertThat(input).containsExactlyElementsOf(copy);
        }

        @Test
        void acceptsImmutableInput() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "70", "70", "70", 10),
                    score(2, "90", "90", "90", 10)));
            assertThat(order(placed)).containsExactly(2, 1);
        }
    }

    @Nested
    class OrderByTotal {

        @Test
        void higherTotalRanksFirst() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "70.00", "70.00", "70.00", 100),
                    score(2, "95.25", "95.00", "96.00", 100),
                    score(3, "80.10", "80.00", "80.00", 100)));
            assertThat(order(placed)).containsExactly(2, 3, 1);
            assertThat(placeList(placed)).containsExactly(1, 2, 3);
        }

        @Test
        void totalBeatsEveryLaterCriterion() {
            // entry 1: lower total but better practical, theory and time
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "80.00", "99.00", "99.00", 1),
                    score(2, "80.01", "50.00", "50.00", 9999)));
            assertThat(order(placed)).containsExactly(2, 1);
            assertThat(placeList(placed)).containsExactly(1, 2);
        }

        @Test
        void smallestDifferenceInTotalDecides() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "85.49", "85", "85", 10),
                    score(2, "85.50", "85", "85", 10)));
            assertThat(order(placed)).containsExactly(2, 1);
            assertThat(placeList(placed)).containsExactly(1, 2);
        }

        @Test
        void zeroTotalsRankLast() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "0.00", "0.00", "0.00", 0),
                    score(2, "0.01", "0.00", "0.03", 0),
                    score(3, "100.00", "100.00", "100.00", 0)));
            assertThat(order(placed)).containsExactly(3, 2, 1);
            assertThat(placeList(placed)).containsExactly(1, 2, 3);
        }
    }

    @Nested
    class TieBreaks {

        @Test
        void equalTotalsDecidedByPractical() {
            // entry 1: same total, lower practical, but better theory and time
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "88.00", "84.00", "97.33", 100),
                    score(2, "88.00", "90.00", "83.33", 900)));
            assertThat(order(placed)).containsExactly(2, 1);
            assertThat(placeList(placed)).containsExactly(1, 2);
        }

        @Test
        void equalTotalAndPracticalDecidedByTheory() {
            // entry 1: lower theory but faster
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "88.00", "90.00", "83.00", 100),
                    score(2, "88.00", "90.00", "83.50", 900)));
            assertThat(order(placed)).containsExactly(2, 1);
            assertThat(placeList(placed)).containsExactly(1, 2);
        }

        @Test
        void equalOnThreeDecidedByTimeUsedAscending() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "88.00", "90.00", "83.33", 3601),
                    score(2, "88.00", "90.00", "83.33", 3600)));
            assertThat(order(placed)).containsExactly(2, 1);
            assertThat(placeList(placed)).containsExactly(1, 2);
        }

        @Test
        void timeUsedOrdersSeveralEntrants() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "75", "75", "75", 500),
                    score(2, "75", "75", "75", 0),
                    score(3, "75", "75", "75", 7200),
                    score(4, "75", "75", "75", 499)));
            assertThat(order(placed)).containsExactly(2, 4, 1, 3);
            assertThat(placeList(placed)).containsExactly(1, 2, 3, 4);
        }

        @Test
        void practicalOutranksTheoryAtEqualTotal() {
            // three entrants with equal totals; order decided purely by practical
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "80", "70", "100", 1),
                    score(2, "80", "90", "50", 1),
                    score(3, "80", "80", "75", 1)));
            assertThat(order(placed)).containsExactly(2, 3, 1);
            assertThat(placeList(placed)).containsExactly(1, 2, 3);
        }

        @Test
        void allLevelsTogether() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "90", "80", "70", 300), // total 90 group, practical 80, theory 70, slow
                    score(2, "90", "80", "70", 200), // beats 1 on time
                    score(3, "90", "80", "75", 900), // beats 1,2 on theory
                    score(4, "90", "85", "10", 999), // beats 1,2,3 on practical
                    score(5, "91", "10", "10", 999), // beats all on total
                    score(6, "89", "99", "99", 1))); // loses on total
            assertThat(order(placed)).containsExactly(5, 4, 3, 2, 1, 6);
            assertThat(placeList(placed)).containsExactly(1, 2, 3, 4, 5, 6);
        }
    }

    @Nested
    class SharedPlaces {

        @Test
        void twoTiedInTheMiddleSkipTheNextPlace() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "90", "90", "90", 10),
                    score(2, "80", "80", "80", 10),
                    score(3, "80", "80", "80", 10),
                    score(4, "70", "70", "70", 10)));
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1, 2, 2, 3, 2, 4, 4));
            assertThat(placeList(placed)).containsExactly(1, 2, 2, 4);
        }

        @Test
        void threeTiedAtTheTop() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "90", "90", "90", 10),
                    score(2, "90", "90", "90", 10),
                    score(3, "90", "90", "90", 10),
                    score(4, "70", "70", "70", 10)));
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1, 2, 1, 3, 1, 4, 4));
            assertThat(placeList(placed)).containsExactly(1, 1, 1, 4);
        }

        @Test
        void tieAtTheEnd() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "90", "90", "90", 10),
                    score(2, "80", "80", "80", 10),
                    score(3, "70", "70", "70", 10),
                    score(4, "70", "70", "70", 10)));
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1, 2, 2, 3, 3, 4, 3));
            assertThat(placeList(placed)).containsExactly(1, 2, 3, 3);
        }

        @Test
        void threeTiedAtTheEnd() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "90", "90", "90", 10),
                    score(2, "70", "70", "70", 10),
                    score(3, "70", "70", "70", 10),
                    score(4, "70", "70", "70", 10)));
            assertThat(placeList(placed)).containsExactly(1, 2, 2, 2);
            assertThat(places(placed)).containsEntry(1, 1).containsEntry(2, 2).containsEntry(3, 2).containsEntry(4, 2);
        }

        @Test
        void everyoneTied() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "60", "60", "60", 10),
                    score(2, "60", "60", "60", 10),
                    score(3, "60", "60", "60", 10),
                    score(4, "60", "60", "60", 10),
                    score(5, "60", "60", "60", 10)));
            assertThat(placeList(placed)).containsExactly(1, 1, 1, 1, 1);
        }

        @Test
        void severalTiedGroups() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "90", "90", "90", 10),
                    score(2, "90", "90", "90", 10),
                    score(3, "80", "80", "80", 10),
                    score(4, "80", "80", "80", 10),
                    score(5, "70", "70", "70", 10),
                    score(6, "60", "60", "60", 10),
                    score(7, "60", "60", "60", 10),
                    score(8, "60", "60", "60", 10),
                    score(9, "50", "50", "50", 10)));
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    1, 1, 2, 1, 3, 3, 4, 3, 5, 5, 6, 6, 7, 6, 8, 6, 9, 9));
            assertThat(placeList(placed)).containsExactly(1, 1, 3, 3, 5, 6, 6, 6, 9);
        }

        @Test
        void equalOnThreeButDifferentTimeIsNoTie() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "80", "80", "80", 11),
                    score(2, "80", "80", "80", 10),
                    score(3, "80", "80", "80", 11)));
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(Map.of(2, 1, 1, 2, 3, 2));
            assertThat(placeList(placed)).containsExactly(1, 2, 2);
        }

        @Test
        void tiedEntrantsAreListedByEntryId() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(3, "80", "80", "80", 10),
                    score(1, "80", "80", "80", 10),
                    score(2, "80", "80", "80", 10)));
            assertThat(order(placed)).containsExactly(1, 2, 3);
        }
    }

    @Nested
    class DecimalScale {

        @Test
        void totalsDifferingOnlyInScaleTie() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "85.5", "85", "85", 10),
                    score(2, "85.50", "85", "85", 10)));
            assertThat(placeList(placed)).containsExactly(1, 1);
        }

        @Test
        void allScoresDifferingOnlyInScaleTie() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "85.5", "90.2", "72", 10),
                    score(2, "85.50", "90.20", "72.00", 10),
                    score(3, "85.500", "90.200", "72.0", 10),
                    score(4, "8.55E1", "9.02E+1", "7.2E1", 10),
                    score(5, "80", "80", "80", 10)));
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1, 2, 1, 3, 1, 4, 1, 5, 5));
        }

        @Test
        void scaleDifferenceInTotalDoesNotHideAPracticalDifference() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "85.50", "85.00", "87.00", 10),
                    score(2, "85.5", "86", "84.67", 10)));
            assertThat(order(placed)).containsExactly(2, 1);
            assertThat(placeList(placed)).containsExactly(1, 2);
        }

        @Test
        void scaleDifferenceInPracticalDoesNotHideATheoryDifference() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "85.5", "90.0", "73", 10),
                    score(2, "85.50", "90", "73.01", 10)));
            assertThat(order(placed)).containsExactly(2, 1);
        }

        @Test
        void scaleDifferenceOnThreeDecidedByTime() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, "85.5", "90.0", "73", 20),
                    score(2, "85.50", "90", "73.00", 19)));
            assertThat(order(placed)).containsExactly(2, 1);
            assertThat(placeList(placed)).containsExactly(1, 2);
        }

        @ParameterizedTest(name = "{0} vs {1} tie")
        @CsvSource({
                "85.5, 85.50",
                "100, 100.00",
                "0, 0.000",
                "0.10, 0.1",
                "1E2, 100",
        })
        void numericallyEqualTotalsShareAPlace(String a, String b) {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    score(1, a, "50", "50", 10),
                    score(2, b, "50", "50", 10),
                    score(3, "-1", "50", "50", 10)));
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1, 2, 1, 3, 3));
        }
    }

    @Nested
    class InputOrderIndependence {

        private List<Ranking.Score> field() {
            return List.of(
                    score(1, "92.40", "95.00", "86.33", 3000), // 1
                    score(2, "88.00", "90.00", "83.33", 3100), // 2 (shared with 3)
                    score(3, "88.0", "90.0", "83.330", 3100),  // 2
                    score(4, "88.00", "90.00", "83.33", 3200), // 4 (slower)
                    score(5, "88.00", "89.00", "85.67", 1000), // 5 (lower practical)
                    score(6, "75.10", "80.00", "63.67", 2000), // 6
                    score(7, "75.10", "80.00", "63.67", 2000), // 6
                    score(8, "75.10", "80.00", "63.67", 2000), // 6
                    score(9, "60.00", "60.00", "60.00", 10),   // 9
                    score(10, "60.00", "60.00", "60.00", 10)); // 9
        }

        private final Map<Integer, Integer> expected = Map.of(
                1, 1, 2, 2, 3, 2, 4, 4, 5, 5, 6, 6, 7, 6, 8, 6, 9, 9, 10, 9);

        @Test
        void givenOrder() {
            List<Ranking.Placed> placed = Ranking.rank(field());
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(placeList(placed)).containsExactly(1, 2, 2, 4, 5, 6, 6, 6, 9, 9);
            assertThat(order(placed)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }

        @Test
        void reversedOrder() {
            List<Ranking.Score> input = new ArrayList<>(field());
            Collections.reverse(input);
            List<Ranking.Placed> placed = Ranking.rank(input);
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(order(placed)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }

        @ParameterizedTest(name = "shuffle seed {0}")
        @ValueSource(longs = {1, 2, 3, 7, 42, 1234, 99991, -5, 20240501, Long.MAX_VALUE})
        void shuffledOrder(long seed) {
            List<Ranking.Score> input = new ArrayList<>(field());
            Collections.shuffle(input, new Random(seed));
            List<Ranking.Placed> placed = Ranking.rank(input);
            assertThat(places(placed)).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(placeList(placed)).containsExactly(1, 2, 2, 4, 5, 6, 6, 6, 9, 9);
            assertThat(order(placed)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
    }
}
