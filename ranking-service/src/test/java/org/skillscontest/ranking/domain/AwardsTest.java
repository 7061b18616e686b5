package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillscontest.contracts.Award.BRONZE;
import static org.skillscontest.contracts.Award.EXCELLENCE;
import static org.skillscontest.contracts.Award.GOLD;
import static org.skillscontest.contracts.Award.SILVER;
import static org.skillscontest.ranking.domain.Placings.at;
import static org.skillscontest.ranking.domain.Placings.field;
import static org.skillscontest.ranking.domain.Placings.id;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.AwardMode;
import org.skillscontest.contracts.AwardPolicy;

/** Awards by place: COUNT = numbers of places, RATIO = percentages of ranked entrants; ties use up slots below. */
class AwardsTest {

    private static final AwardPolicy DEFAULTS = AwardPolicy.defaults();

    /** Entrants 1..n, places 1..n. */
    private static List<Ranking.Placed> distinct(int n) {
        List<Ranking.Placed> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(at(i, i));
        }
        return list;
    }

    private static Map<UUID, Award> expect(Object... entryThenAward) {
        Map<UUID, Award> m = new HashMap<>();
        for (int i = 0; i < entryThenAward.length; i += 2) {
            m.put(id((Integer) entryThenAward[i]), (Award) entryThenAward[i + 1]);
        }
        return m;
    }

    private static AwardPolicy count(int g, int s, int b, int e) {
        return new AwardPolicy(AwardMode.COUNT, g, s, b, e);
    }

    private static AwardPolicy ratio(int g, int s, int b, int e) {
        return new AwardPolicy(AwardMode.RATIO, g, s, b, e);
    }

    private static long countOf(Map<UUID, Award> awards, Award kind) {
        return awards.values().stream().filter(a -> a == kind).count();
    }

    @Nested
    class SlotsCount {

        @ParameterizedTest(name = "defaults with {0} ranked")
        @ValueSource(ints = {0, 1, 5, 6, 25, 1000})
        void defaultsAreOneTwoThreeZeroWhateverTheField(int ranked) {
            assertThat(Awards.slots(DEFAULTS, ranked)).containsExactly(1, 2, 3, 0);
        }

        @Test
        void countNumbersAreTakenAsIs() {
            assertThat(Awards.slots(count(3, 5, 7, 10), 4)).containsExactly(3, 5, 7, 10);
            assertThat(Awards.slots(count(0, 0, 0, 0), 50)).containsExactly(0, 0, 0, 0);
            assertThat(Awards.slots(count(1, 0, 3, 2), 50)).containsExactly(1, 0, 3, 2);
        }

        @Test
        void slotsReturnsAFreshArrayEachTime() {
            int[] first = Awards.slots(DEFAULTS, 10);
            first[0] = 99;
            assertThat(Awards.slots(DEFAULTS, 10)).containsExactly(1, 2, 3, 0);
        }
    }

    @Nested
    class SlotsRatio {

        @ParameterizedTest(name = "{0}/{1}/{2}/{3} % of {4} -> {5}/{6}/{7}/{8}")
        @CsvSource({
                // g, s, b, e, ranked, G, S, B, E   (hand computed: floor(ranked*pct/100), min 1 if pct > 0)
                "10, 20, 30, 0,  25,  2, 5, 7, 0",   // 2.5, 5.0, 7.5
                "10, 20, 30, 0,   5,  1, 1, 1, 0",   // 0.5, 1.0, 1.5 -> 0 raised to 1
                "10, 20, 30, 0,   0,  1, 1, 1, 0",   // nothing ranked, still at least 1 for a positive %
                "10, 20, 30, 0,   1,  1, 1, 1, 0",   // 0.1, 0.2, 0.3
                "10, 20, 30, 0,   9,  1, 1, 2, 0",   // 0.9, 1.8, 2.7
                "10, 20, 30, 0,  10,  1, 2, 3, 0",   // exact
                "10, 20, 30, 0,  19,  1, 3, 5, 0",   // 1.9, 3.8, 5.7
                "10, 20, 30, 0, 100, 10, 20, 30, 0", // exact
                "10, 20, 30, 0, 101, 10, 20, 30, 0", // 10.1, 20.2, 30.3
                "10, 20, 30, 0, 199, 19, 39, 59, 0", // 19.9, 39.8, 59.7
                "10, 20, 30, 15, 25,  2, 5, 7, 3",   // excellence 3.75
                "10, 20, 30, 40,  7,  1, 1, 2, 2",   // 0.7, 1.4, 2.1, 2.8
                " 5,  0, 30, 0,  25,  1, 0, 7, 0",   // 1.25; silver 0 % stays 0
                " 0,  0,  0, 0,  25,  0, 0, 0, 0",   // all zero
                " 0,  0,  0, 0,   0,  0, 0, 0, 0",
                " 1,  1,  1, 1,  99,  1, 1, 1, 1",   // 0.99 -> 1
                " 1,  1,  1, 1, 250,  2, 2, 2, 2",   // 2.5 -> 2
                "100, 0,  0, 0,  12, 12, 0, 0, 0",
        })
        void percentagesRoundDownButAtLeastOne(int g, int s, int b, int e, int ranked,
                                               int eg, int es, int eb, int ee) {
            assertThat(Awards.slots(ratio(g, s, b, e), ranked)).containsExactly(eg, es, eb, ee);
        }
    }

    @Nested
    class AssignCountDefaults {

        @Test
        void emptyFieldGetsNoAwards() {
            assertThat(Awards.assign(List.of(), DEFAULTS)).isEmpty();
        }

        @Test
        void singleEntrantGetsGold() {
            assertThat(Awards.assign(distinct(1), DEFAULTS)).isEqualTo(expect(1, GOLD));
        }

        @Test
        void goldSilverBronzeThenNothing() {
            Map<UUID, Award> awards = Awards.assign(distinct(9), DEFAULTS);
            assertThat(awards).isEqualTo(expect(
                    1, GOLD,
                    2, SILVER, 3, SILVER,
                    4, BRONZE, 5, BRONZE, 6, BRONZE));
            assertThat(awards).doesNotContainKeys(id(7), id(8), id(9));
        }

        @Test
        void smallFieldUsesOnlyTheTopAwards() {
            assertThat(Awards.assign(distinct(4), DEFAULTS)).isEqualTo(expect(
                    1, GOLD, 2, SILVER, 3, SILVER, 4, BRONZE));
        }

        @Test
        void fieldOfExactlySixAllGetAnAward() {
            assertThat(Awards.assign(distinct(6), DEFAULTS)).hasSize(6);
        }

        @Test
        void inputOrderDoesNotMatter() {
            List<Ranking.Placed> reversed = new ArrayList<>(distinct(8));
            java.util.Collections.reverse(reversed);
            assertThat(Awards.assign(reversed, DEFAULTS)).isEqualTo(expect(
                    1, GOLD, 2, SILVER, 3, SILVER, 4, BRONZE, 5, BRONZE, 6, BRONZE));
        }
    }

    @Nested
    class Excellence {

        @Test
        void excellenceFollowsBronze() {
            Map<UUID, Award> awards = Awards.assign(distinct(10), count(1, 2, 3, 2));
            assertThat(awards).isEqualTo(expect(
                    1, GOLD, 2, SILVER, 3, SILVER, 4, BRONZE, 5, BRONZE, 6, BRONZE,
                    7, EXCELLENCE, 8, EXCELLENCE));
        }

        @Test
        void manyExcellenceSlotsCoverTheRest() {
            Map<UUID, Award> awards = Awards.assign(distinct(12), count(1, 2, 3, 20));
            assertThat(awards).hasSize(12);
            assertThat(countOf(awards, EXCELLENCE)).isEqualTo(6);
            assertThat(awards.get(id(12))).isEqualTo(EXCELLENCE);
        }
    }

    @Nested
    class TiesAtBoundaries {

        @Test
        void twoTiedForGoldBothGetGoldAndPlaceThreeGetsSilver() {
            // places 1,1,3,4,5,6,7
            Map<UUID, Award> awards = Awards.assign(field(1, 1, 3, 4, 5, 6, 7), DEFAULTS);
            assertThat(awards).isEqualTo(expect(
                    1, GOLD, 2, GOLD,
                    3, SILVER,
                    4, BRONZE, 5, BRONZE, 6, BRONZE));
        }

        @Test
        void tieForGoldComesFromRankingToo() {
            BigDecimal top = new BigDecimal("95.5");
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    new Ranking.Score(id(1), top, top, top, 100),
                    new Ranking.Score(id(2), new BigDecimal("95.50"), new BigDecimal("95.50"), new BigDecimal("95.500"), 100),
                    new Ranking.Score(id(3), new BigDecimal("90"), new BigDecimal("90"), new BigDecimal("90"), 100),
                    new Ranking.Score(id(4), new BigDecimal("80"), new BigDecimal("80"), new BigDecimal("80"), 100)));
            assertThat(Awards.assign(placed, DEFAULTS)).isEqualTo(expect(
                    1, GOLD, 2, GOLD, 3, SILVER, 4, BRONZE));
        }

        @Test
        void threeTiedForGoldUseUpBothSilverSlots() {
            // places 1,1,1,4,5,6,7
            Map<UUID, Award> awards = Awards.assign(field(1, 1, 1, 4, 5, 6, 7), DEFAULTS);
            assertThat(awards).isEqualTo(expect(
                    1, GOLD, 2, GOLD, 3, GOLD,
                    4, BRONZE, 5, BRONZE, 6, BRONZE));
            assertThat(countOf(awards, SILVER)).isZero();
        }

        @Test
        void sixTiedForGoldUseUpEverything() {
            Map<UUID, Award> awards = Awards.assign(field(1, 1, 1, 1, 1, 1, 7), DEFAULTS);
            assertThat(awards).hasSize(6).doesNotContainKey(id(7));
            assertThat(awards.values()).containsOnly(GOLD);
        }

        @Test
        void wholeFieldTiedAllGold() {
            Map<UUID, Award> awards = Awards.assign(field(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), DEFAULTS);
            assertThat(awards).hasSize(10);
            assertThat(awards.values()).containsOnly(GOLD);
        }

        @Test
        void tieStraddlingGoldBoundaryWithTwoGoldSlots() {
            // gold 2 (places 1-2), silver 2 (3-4), bronze 3 (5-7); places 1,2,2,4,5,6,7,8
            Map<UUID, Award> awards = Awards.assign(field(1, 2, 2, 4, 5, 6, 7, 8), count(2, 2, 3, 0));
            assertThat(awards).isEqualTo(expect(
                    1, GOLD, 2, GOLD, 3, GOLD,
                    4, SILVER,
                    5, BRONZE, 6, BRONZE, 7, BRONZE));
        }

        @Test
        void tieInsideSilverStaysSilver() {
            // places 1,2,2,4
            assertThat(Awards.assign(field(1, 2, 2, 4, 5, 6, 7), DEFAULTS)).isEqualTo(expect(
                    1, GOLD, 2, SILVER, 3, SILVER, 4, BRONZE, 5, BRONZE, 6, BRONZE));
        }

        @Test
        void tieStraddlingSilverBronzeBoundaryAllSilver() {
            // silver covers places 2-3; places 1,2,3,3,5,6,7
            Map<UUID, Award> awards = Awards.assign(field(1, 2, 3, 3, 5, 6, 7), DEFAULTS);
            assertThat(awards).isEqualTo(expect(
                    1, GOLD,
                    2, SILVER, 3, SILVER, 4, SILVER,
                    5, BRONZE, 6, BRONZE));
            assertThat(awards).doesNotContainKey(id(7));
        }

        @Test
        void threeTiedAtSecondAllSilverAndBronzeStartsAtFive() {
            // places 1,2,2,2,5,6,7
            Map<UUID, Award> awards = Awards.assign(field(1, 2, 2, 2, 5, 6, 7), DEFAULTS);
            assertThat(awards).isEqualTo(expect(
                    1, GOLD,
                    2, SILVER, 3, SILVER, 4, SILVER,
                    5, BRONZE, 6, BRONZE));
        }

        @Test
        void tieStraddlingBronzeExcellenceBoundaryAllBronze() {
            // bronze 4-6, excellence 7-8; places 1,2,3,4,5,6,6,8,9
            Map<UUID, Award> awards = Awards.assign(field(1, 2, 3, 4, 5, 6, 6, 8, 9), count(1, 2, 3, 2));
            assertThat(awards).isEqualTo(expect(
                    1, GOLD, 2, SILVER, 3, SILVER,
                    4, BRONZE, 5, BRONZE, 6, BRONZE, 7, BRONZE,
                    8, EXCELLENCE));
            assertThat(awards).doesNotContainKey(id(9));
        }

        @Test
        void tieAtBronzeUsesUpTheOnlyExcellenceSlot() {
            // bronze 4-6, excellence 7; places 1..5, 6,6, 8
            Map<UUID, Award> awards = Awards.assign(field(1, 2, 3, 4, 5, 6, 6, 8), count(1, 2, 3, 1));
            assertThat(awards).isEqualTo(expect(
                    1, GOLD, 2, SILVER, 3, SILVER,
                    4, BRONZE, 5, BRONZE, 6, BRONZE, 7, BRONZE));
            assertThat(countOf(awards, EXCELLENCE)).isZero();
        }

        @Test
        void tieAtLastAwardedPlaceGivesAllOfThemTheAward() {
            // no excellence; last awarded place is 6; places 1..5, 6,6,6, 9
            Map<UUID, Award> awards = Awards.assign(field(1, 2, 3, 4, 5, 6, 6, 6, 9), DEFAULTS);
            assertThat(awards).isEqualTo(expect(
                    1, GOLD, 2, SILVER, 3, SILVER,
                    4, BRONZE, 5, BRONZE, 6, BRONZE, 7, BRONZE, 8, BRONZE));
            assertThat(awards).doesNotContainKey(id(9));
        }

        @Test
        void tieAtLastExcellencePlaceGivesAllOfThemExcellence() {
            // excellence 7-8; places 1..7, 8,8,8, 11
            Map<UUID, Award> awards = Awards.assign(field(1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 11), count(1, 2, 3, 2));
            assertThat(awards).hasSize(10).doesNotContainKey(id(11));
            assertThat(awards).containsEntry(id(7), EXCELLENCE)
                    .containsEntry(id(8), EXCELLENCE)
                    .containsEntry(id(9), EXCELLENCE)
                    .containsEntry(id(10), EXCELLENCE);
            assertThat(countOf(awards, GOLD)).isEqualTo(1);
            assertThat(countOf(awards, SILVER)).isEqualTo(2);
            assertThat(countOf(awards, BRONZE)).isEqualTo(3);
            assertThat(countOf(awards, EXCELLENCE)).isEqualTo(4);
        }

        @Test
        void tieJustAfterLastAwardedPlaceGetsNothing() {
            // places 1..6, 7,7
            Map<UUID, Award> awards = Awards.assign(field(1, 2, 3, 4, 5, 6, 7, 7), DEFAULTS);
            assertThat(awards).hasSize(6).doesNotContainKeys(id(7), id(8));
        }
    }

    @Nested
    class ZeroCounts {

        @Test
        void noSilverGoesStraightFromGoldToBronze() {
            // gold 1, bronze 2-4
            Map<UUID, Award> awards = Awards.assign(distinct(6), count(1, 0, 3, 0));
            assertThat(awards).isEqualTo(expect(1, GOLD, 2, BRONZE, 3, BRONZE, 4, BRONZE));
            assertThat(awards.values()).doesNotContain(SILVER);
        }

        @Test
        void noGoldStartsWithSilver() {
            // silver 1-2, bronze 3-5
            Map<UUID, Award> awards = Awards.assign(distinct(6), count(0, 2, 3, 0));
            assertThat(awards).isEqualTo(expect(1, SILVER, 2, SILVER, 3, BRONZE, 4, BRONZE, 5, BRONZE));
        }

        @Test
        void noBronzeGoesFromSilverToExcellence() {
            // gold 1, silver 2-3, excellence 4-5
            Map<UUID, Award> awards = Awards.assign(distinct(7), count(1, 2, 0, 2));
            assertThat(awards).isEqualTo(expect(1, GOLD, 2, SILVER, 3, SILVER, 4, EXCELLENCE, 5, EXCELLENCE));
        }

        @Test
        void onlyExcellence() {
            Map<UUID, Award> awards = Awards.assign(distinct(5), count(0, 0, 0, 3));
            assertThat(awards).isEqualTo(expect(1, EXCELLENCE, 2, EXCELLENCE, 3, EXCELLENCE));
        }

        @Test
        void allZeroAwardsNobody() {
            assertThat(Awards.assign(distinct(5), count(0, 0, 0, 0))).isEmpty();
        }

        @Test
        void tieForGoldWithNoSilverUsesUpBronze() {
            // gold 1, bronze 2-4; places 1,1,3,4,5
            Map<UUID, Award> awards = Awards.assign(field(1, 1, 3, 4, 5), count(1, 0, 3, 0));
            assertThat(awards).isEqualTo(expect(1, GOLD, 2, GOLD, 3, BRONZE, 4, BRONZE));
        }

        @Test
        void tieStraddlingGoldIntoMissingSilverAndBronze() {
            // gold 1, excellence 2-3; places 1,1,1,4
            Map<UUID, Award> awards = Awards.assign(field(1, 1, 1, 4), count(1, 0, 0, 2));
            assertThat(awards).isEqualTo(expect(1, GOLD, 2, GOLD, 3, GOLD));
        }
    }

    @Nested
    class Ratio {

        private final AwardPolicy tenTwentyThirty = ratio(10, 20, 30, 0);

        @Test
        void twentyFiveEntrants() {
            // slots 2/5/7: gold 1-2, silver 3-7, bronze 8-14, none 15-25
            Map<UUID, Award> awards = Awards.assign(distinct(25), tenTwentyThirty);
            Map<UUID, Award> expected = new HashMap<>();
            for (int i = 1; i <= 2; i++) expected.put(id(i), GOLD);
            for (int i = 3; i <= 7; i++) expected.put(id(i), SILVER);
            for (int i = 8; i <= 14; i++) expected.put(id(i), BRONZE);
            assertThat(awards).isEqualTo(expected);
            assertThat(countOf(awards, GOLD)).isEqualTo(2);
            assertThat(countOf(awards, SILVER)).isEqualTo(5);
            assertThat(countOf(awards, BRONZE)).isEqualTo(7);
        }

        @Test
        void fiveEntrants() {
            // slots 1/1/1
            assertThat(Awards.assign(distinct(5), tenTwentyThirty)).isEqualTo(expect(1, GOLD, 2, SILVER, 3, BRONZE));
        }

        @Test
        void oneEntrant() {
            assertThat(Awards.assign(distinct(1), tenTwentyThirty)).isEqualTo(expect(1, GOLD));
        }

        @Test
        void noEntrants() {
            assertThat(Awards.assign(List.of(), tenTwentyThirty)).isEmpty();
        }

        @Test
        void tenEntrantsWithTieForGold() {
            // slots 1/2/3: places 1,1,3,4,5,6,7,8,9,10 -> gold 1,1; silver 3; bronze 4-6
            Map<UUID, Award> awards = Awards.assign(field(1, 1, 3, 4, 5, 6, 7, 8, 9, 10), tenTwentyThirty);
            assertThat(awards).isEqualTo(expect(
                    1, GOLD, 2, GOLD, 3, SILVER, 4, BRONZE, 5, BRONZE, 6, BRONZE));
        }

        @Test
        void twentyFiveEntrantsTieStraddlingBronzeLine() {
            // slots 2/5/7: bronze ends at place 14; places 1..13, 14,14,14, 17..25
            int[] places = new int[25];
            for (int i = 0; i < 25; i++) places[i] = i + 1;
            places[14] = 14;
            places[15] = 14;
            Map<UUID, Award> awards = Awards.assign(field(places), tenTwentyThirty);
            assertThat(awards).hasSize(16);
            assertThat(awards).containsEntry(id(14), BRONZE).containsEntry(id(15), BRONZE).containsEntry(id(16), BRONZE);
            assertThat(awards).doesNotContainKey(id(17));
            assertThat(countOf(awards, BRONZE)).isEqualTo(9);
        }

        @Test
        void ratioCountsRankedEntrantsNotPlaces() {
            // 10 entrants, all tied at place 1: slots 1/2/3 -> all gold
            Map<UUID, Award> awards = Awards.assign(field(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), tenTwentyThirty);
            assertThat(awards).hasSize(10);
            assertThat(awards.values()).containsOnly(GOLD);
        }

        @Test
        void ratioWithExcellence() {
            // 25 entrants, 10/20/30/10 -> 2/5/7/2: excellence places 15-16
            Map<UUID, Award> awards = Awards.assign(distinct(25), ratio(10, 20, 30, 10));
            assertThat(awards).hasSize(16);
            assertThat(awards).containsEntry(id(14), BRONZE)
                    .containsEntry(id(15), EXCELLENCE)
                    .containsEntry(id(16), EXCELLENCE)
                    .doesNotContainKey(id(17));
        }

        @Test
        void ratioWithZeroPercentSkipsTheKind() {
            // 25 entrants, 10/0/30/0 -> 2/0/7: gold 1-2, bronze 3-9
            Map<UUID, Award> awards = Awards.assign(distinct(25), ratio(10, 0, 30, 0));
            assertThat(awards).hasSize(9);
            assertThat(countOf(awards, GOLD)).isEqualTo(2);
            assertThat(countOf(awards, SILVER)).isZero();
            assertThat(countOf(awards, BRONZE)).isEqualTo(7);
            assertThat(awards).containsEntry(id(3), BRONZE).containsEntry(id(9), BRONZE).doesNotContainKey(id(10));
        }
    }
}
