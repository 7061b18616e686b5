package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillscontest.contracts.TiesAtLine.ALL;
import static org.skillscontest.contracts.TiesAtLine.NONE;
import static org.skillscontest.ranking.domain.Placings.field;
import static org.skillscontest.ranking.domain.Placings.id;
import static org.skillscontest.ranking.domain.Placings.ids;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscontest.contracts.TiesAtLine;

/** Advancement: top quota places; ties at the line all advance (ALL) or none of them (NONE). */
class AdvancementTest {

    @Nested
    class NoTies {

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void topQuotaPlacesAdvance(TiesAtLine ties) {
            assertThat(Advancement.select(field(1, 2, 3, 4, 5), 3, ties)).isEqualTo(ids(1, 2, 3));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void quotaOfOne(TiesAtLine ties) {
            assertThat(Advancement.select(field(1, 2, 3), 1, ties)).isEqualTo(ids(1));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void quotaZeroAdvancesNobody(TiesAtLine ties) {
            assertThat(Advancement.select(field(1, 2, 3), 0, ties)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void quotaZeroWithTieAtTopAdvancesNobody(TiesAtLine ties) {
            assertThat(Advancement.select(field(1, 1, 3), 0, ties)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void quotaLargerThanFieldAdvancesEveryone(TiesAtLine ties) {
            assertThat(Advancement.select(field(1, 2, 3), 10, ties)).isEqualTo(ids(1, 2, 3));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void quotaLargerThanFieldWithTiesAdvancesEveryone(TiesAtLine ties) {
            assertThat(Advancement.select(field(1, 2, 2, 4, 4, 4), 50, ties)).isEqualTo(ids(1, 2, 3, 4, 5, 6));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void quotaEqualToFieldAdvancesEveryone(TiesAtLine ties) {
            assertThat(Advancement.select(field(1, 2, 3, 3), 4, ties)).isEqualTo(ids(1, 2, 3, 4));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void emptyFieldAdvancesNobody(TiesAtLine ties) {
            assertThat(Advancement.select(List.of(), 3, ties)).isEmpty();
        }
    }

    @Nested
    class TiesAtLineAll {

        @Test
        void everyoneTiedAtTheLineAdvances() {
            // quota 3, places 1,2,3,3 -> 4 advance
            assertThat(Advancement.select(field(1, 2, 3, 3), 3, ALL)).isEqualTo(ids(1, 2, 3, 4));
        }

        @Test
        void placeAfterTheStraddlingTieDoesNotAdvance() {
            // quota 3, places 1,2,3,3,5 -> 4 advance, place 5 does not
            assertThat(Advancement.select(field(1, 2, 3, 3, 5), 3, ALL)).isEqualTo(ids(1, 2, 3, 4));
        }

        @Test
        void tieStartingInsideTheQuotaExtendsBeyondIt() {
            // quota 2, places 1,2,2,2,5 -> 4 advance
            assertThat(Advancement.select(field(1, 2, 2, 2, 5), 2, ALL)).isEqualTo(ids(1, 2, 3, 4));
        }

        @Test
        void tieAtTopLargerThanQuota() {
            // quota 1, places 1,1,3 -> both firsts advance
            assertThat(Advancement.select(field(1, 1, 3), 1, ALL)).isEqualTo(ids(1, 2));
        }

        @Test
        void tieFullyInsideQuota() {
            // quota 3, places 1,1,3 -> all 3
            assertThat(Advancement.select(field(1, 1, 3, 4), 3, ALL)).isEqualTo(ids(1, 2, 3));
        }

        @Test
        void tieEndingExactlyOnTheLine() {
            // quota 3, places 1,2,2,4 -> 3 advance
            assertThat(Advancement.select(field(1, 2, 2, 4), 3, ALL)).isEqualTo(ids(1, 2, 3));
        }

        @Test
        void tieJustBelowTheLineDoesNotAdvance() {
            // quota 3, places 1,2,3,4,4 -> 3 advance
            assertThat(Advancement.select(field(1, 2, 3, 4, 4), 3, ALL)).isEqualTo(ids(1, 2, 3));
        }

        @Test
        void wholeFieldTied() {
            assertThat(Advancement.select(field(1, 1, 1, 1), 2, ALL)).isEqualTo(ids(1, 2, 3, 4));
        }
    }

    @Nested
    class TiesAtLineNone {

        @Test
        void tiedGroupExceedingQuotaDoesNotAdvance() {
            // quota 3, places 1,2,3,3 -> only 2 advance
            assertThat(Advancement.select(field(1, 2, 3, 3), 3, NONE)).isEqualTo(ids(1, 2));
        }

        @Test
        void tiedGroupFullyInsideQuotaAdvances() {
            // quota 3, places 1,1,3 -> all 3
            assertThat(Advancement.select(field(1, 1, 3), 3, NONE)).isEqualTo(ids(1, 2, 3));
        }

        @Test
        void tiedGroupFullyInsideQuotaAdvancesWithOthersBelow() {
            assertThat(Advancement.select(field(1, 1, 3, 4, 5), 3, NONE)).isEqualTo(ids(1, 2, 3));
        }

        @Test
        void tieEndingExactlyOnTheLineAdvances() {
            // quota 3, places 1,2,2,4 -> 3 advance
            assertThat(Advancement.select(field(1, 2, 2, 4), 3, NONE)).isEqualTo(ids(1, 2, 3));
        }

        @Test
        void tieStartingInsideQuotaButExceedingItDoesNotAdvance() {
            // quota 2, places 1,2,2,2,5 -> only 1
            assertThat(Advancement.select(field(1, 2, 2, 2, 5), 2, NONE)).isEqualTo(ids(1));
        }

        @Test
        void tieAtTopLargerThanQuotaAdvancesNobody() {
            // quota 1, places 1,1,3 -> nobody
            assertThat(Advancement.select(field(1, 1, 3), 1, NONE)).isEmpty();
        }

        @Test
        void earlierTieAdvancesButTieAtLineDoesNot() {
            // quota 3, places 1,1,3,3,5 -> 2 advance
            assertThat(Advancement.select(field(1, 1, 3, 3, 5), 3, NONE)).isEqualTo(ids(1, 2));
        }

        @Test
        void placeAfterTheStraddlingTieDoesNotMoveUp() {
            // quota 3, places 1,2,3,3,5 -> 2 advance; place 5 is not pulled in to fill the line
            assertThat(Advancement.select(field(1, 2, 3, 3, 5), 3, NONE)).isEqualTo(ids(1, 2));
        }

        @Test
        void wholeFieldTiedAndQuotaSmaller() {
            assertThat(Advancement.select(field(1, 1, 1, 1), 3, NONE)).isEmpty();
        }

        @Test
        void wholeFieldTiedAndQuotaExact() {
            assertThat(Advancement.select(field(1, 1, 1, 1), 4, NONE)).isEqualTo(ids(1, 2, 3, 4));
        }
    }

    @Nested
    class QuotaSweep {

        // field places: 1,2,2,4,5,5,5,8,9  (entries 1..9)
        private final List<Ranking.Placed> field = field(1, 2, 2, 4, 5, 5, 5, 8, 9);

        @ParameterizedTest(name = "quota {0}: ALL -> {1}, NONE -> {2}")
        @CsvSource({
                "0, 0, 0",
                "1, 1, 1",
                "2, 3, 1",  // tie at 2 (entries 2,3) straddles line 2
                "3, 3, 3",  // tie at 2 ends on 3
                "4, 4, 4",
                "5, 7, 4",  // tie at 5 (entries 5,6,7) straddles
                "6, 7, 4",
                "7, 7, 7",
                "8, 8, 8",
                "9, 9, 9",
                "10, 9, 9",
                "100, 9, 9",
        })
        void advancingCount(int quota, int all, int none) {
            Set<UUID> withAll = Advancement.select(field, quota, ALL);
            Set<UUID> withNone = Advancement.select(field, quota, NONE);
            assertThat(withAll).hasSize(all);
            assertThat(withNone).hasSize(none);
            // the advancing entrants are always the first ones in place order
            assertThat(withAll).isEqualTo(firstEntries(all));
            assertThat(withNone).isEqualTo(firstEntries(none));
        }

        private Set<UUID> firstEntries(int n) {
            return IntStream.rangeClosed(1, n).mapToObj(Placings::id).collect(Collectors.toSet());
        }

        @ParameterizedTest(name = "negative quota {0}")
        @ValueSource(ints = {-1, -100})
        void negativeQuotaAdvancesNobody(int quota) {
            assertThat(Advancement.select(field, quota, ALL)).isEmpty();
            assertThat(Advancement.select(field, quota, NONE)).isEmpty();
        }
    }

    @Nested
    class InputOrderAndRanking {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 17, 123, 4242, 987654321})
        void unsortedInputGivesTheSameResult(long seed) {
            List<Ranking.Placed> shuffled = new ArrayList<>(field(1, 2, 3, 3, 5, 6));
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(Advancement.select(shuffled, 3, ALL)).isEqualTo(ids(1, 2, 3, 4));
            assertThat(Advancement.select(shuffled, 3, NONE)).isEqualTo(ids(1, 2));
        }

        @Test
        void fromRankedScores() {
            List<Ranking.Placed> placed = Ranking.rank(List.of(
                    new Ranking.Score(id(1), new BigDecimal("91.00"), new BigDecimal("92"), new BigDecimal("88.67"), 3000),
                    new Ranking.Score(id(2), new BigDecimal("85.5"), new BigDecimal("88"), new BigDecimal("79.67"), 3100),
                    new Ranking.Score(id(3), new BigDecimal("85.50"), new BigDecimal("88.00"), new BigDecimal("79.670"), 3100),
                    new Ranking.Score(id(4), new BigDecimal("85.50"), new BigDecimal("88.00"), new BigDecimal("79.67"), 3101),
                    new Ranking.Score(id(5), new BigDecimal("70"), new BigDecimal("70"), new BigDecimal("70"), 10)));
            // places: 1 -> 1, 2 -> 2, 3 -> 2, 4 -> 4 (slower), 5 -> 5
            assertThat(Advancement.select(placed, 2, ALL)).isEqualTo(ids(1, 2, 3));
            assertThat(Advancement.select(placed, 2, NONE)).isEqualTo(ids(1));
            assertThat(Advancement.select(placed, 3, ALL)).isEqualTo(ids(1, 2, 3));
            assertThat(Advancement.select(placed, 3, NONE)).isEqualTo(ids(1, 2, 3));
            assertThat(Advancement.select(placed, 4, NONE)).isEqualTo(ids(1, 2, 3, 4));
        }

        @Test
        void inputIsNotModified() {
            List<Ranking.Placed> input = new ArrayList<>(field(3, 1, 2));
            List<Ranking.Placed> copy = List.copyOf(input);
            Advancement.select(input, 2, NONE);
            assertThat(input).containsExactlyElementsOf(copy);
        }
    }
}
