package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillscontest.contracts.TiesAtLine.ALL;
import static org.skillscontest.contracts.TiesAtLine.NONE;
import static org.skillscontest.ranking.domain.Placings.at;
import static org.skillscontest.ranking.domain.Placings.id;
import static org.skillscontest.ranking.domain.Placings.ids;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.TiesAtLine;

/**
 * Advancement with a cap per federation: a federation that sends {@code cap} entrants is passed
 * over and the place goes on down the ranking; entrants of one federation tied across their cap
 * follow the tie policy (ALL advance, or NONE); the quota line keeps its rules.
 */
class AdvancementCapTest {

    /**
     * A field written as "place+federation" per entrant, entrants numbered 1.. in that order:
     * {@code "1A 2A 2B 4C"}. A federation "?" is unknown.
     */
    private static final class Field {
        final List<Ranking.Placed> placed = new ArrayList<>();
        final Map<UUID, String> federations = new HashMap<>();

        Field(String spec) {
            String[] entrants = spec.trim().split("\\s+");
            for (int i = 0; i < entrants.length; i++) {
                int place = Integer.parseInt(entrants[i].replaceAll("\\D", ""));
                String federation = entrants[i].replaceAll("\\d", "");
                placed.add(at(i + 1, place));
                if (!federation.equals("?")) {
                    federations.put(id(i + 1), federation);
                }
            }
        }

        Set<UUID> select(int quota, TiesAtLine ties, Integer cap) {
            return Advancement.select(placed, quota, new AdvancementPolicy(ties, cap), federations);
        }

        Set<UUID> substitute(Set<UUID> advancing, Set<UUID> declined, Integer cap) {
            return Advancement.withSubstitutes(placed, advancing, declined, cap, federations);
        }
    }

    @Nested
    class CapAtTheLine {

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void aFullFederationIsPassedOverAndTheNextRankedTakesThePlace(TiesAtLine ties) {
            // quota 3, cap 1: A's second and third are passed over
            assertThat(new Field("1A 2A 3B 4A 5C 6D").select(3, ties, 1)).isEqualTo(ids(1, 3, 5));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void capTwoLetsTheSecondThrough(TiesAtLine ties) {
            assertThat(new Field("1A 2A 3A 4B 5C").select(3, ties, 2)).isEqualTo(ids(1, 2, 4));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void theCapReachedExactlyAtTheLineChangesNothing(TiesAtLine ties) {
            // the quota is full with A at its cap: nobody is passed over
            assertThat(new Field("1B 2A 3A 4A").select(3, ties, 2)).isEqualTo(ids(1, 2, 3));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void oneFederationOnlySendsItsCapAndThePlacesStayEmpty(TiesAtLine ties) {
            assertThat(new Field("1A 2A 3A 4A").select(3, ties, 1)).isEqualTo(ids(1));
            assertThat(new Field("1A 2A 3A 4A").select(3, ties, 2)).isEqualTo(ids(1, 2));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void federationsAreCappedIndependently(TiesAtLine ties) {
            assertThat(new Field("1A 2B 3A 4B 5A 6B 7C").select(5, ties, 2)).isEqualTo(ids(1, 2, 3, 4, 7));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void entrantsOfUnknownFederationAreNeverCapped(TiesAtLine ties) {
            assertThat(new Field("1? 2? 3A 4A 5?").select(4, ties, 1)).isEqualTo(ids(1, 2, 3, 5));
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void quotaZeroAdvancesNobodyWhateverTheCap(TiesAtLine ties) {
            assertThat(new Field("1A 2B").select(0, ties, 1)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(TiesAtLine.class)
        void emptyField(TiesAtLine ties) {
            assertThat(Advancement.select(List.of(), 3, new AdvancementPolicy(ties, 1), Map.of())).isEmpty();
        }
    }

    @Nested
    class CapWithTiesAll {

        @Test
        void entrantsOfOneFederationTiedAcrossTheirCapAllAdvance() {
            // cap 1: A's two tied firsts are a tie at A's line; ALL: both
            assertThat(new Field("1A 1A 3B 4C").select(3, ALL, 1)).isEqualTo(ids(1, 2, 3));
        }

        @Test
        void aTieAcrossTheCapWhenTheFederationIsAlreadyFullAdvancesNobodyOfIt() {
            // A is full after place 1; its two tied at place 2 have no room at all: passed over
            assertThat(new Field("1A 2A 2A 4B 5C").select(3, ALL, 1)).isEqualTo(ids(1, 4, 5));
        }

        @Test
        void aTieAcrossTheCapWithRoomForOneAdvancesBoth() {
            assertThat(new Field("1A 2A 2A 4B 5C").select(4, ALL, 2)).isEqualTo(ids(1, 2, 3, 4));
        }

        @Test
        void aTieOfDifferentFederationsIsNoTieAtTheCap() {
            assertThat(new Field("1A 2A 2B 4C").select(3, ALL, 1)).isEqualTo(ids(1, 3, 4));
        }

        @Test
        void aTieAcrossTheQuotaLineOfEligibleEntrantsAllAdvance() {
            // quota 2, cap 1: after A1, the tie at 2 has A (full, passed over), B and C: both advance
            assertThat(new Field("1A 2A 2B 2C 5D").select(2, ALL, 1)).isEqualTo(ids(1, 3, 4));
        }

        @Test
        void aCappedMemberOfATieAtTheQuotaLineDoesNotMakeItATie() {
            // quota 2, cap 1: of the tie at 2 only B is eligible, so it fits the line exactly
            assertThat(new Field("1A 2A 2B 4C").select(2, ALL, 1)).isEqualTo(ids(1, 3));
        }

        @Test
        void afterATieAcrossTheQuotaNobodyBelowMovesUp() {
            assertThat(new Field("1A 2B 2C 4D").select(2, ALL, 1)).isEqualTo(ids(1, 2, 3));
        }
    }

    @Nested
    class CapWithTiesNone {

        @Test
        void entrantsOfOneFederationTiedAcrossTheirCapNoneAdvanceAndThePlaceGoesOn() {
            // cap 1: A's two tied firsts straddle A's cap; NONE: neither, B and C fill the quota
            assertThat(new Field("1A 1A 3B 4C 5D").select(3, NONE, 1)).isEqualTo(ids(3, 4, 5));
        }

        @Test
        void aTieWithinTheCapAdvances() {
            assertThat(new Field("1A 1A 3B 4C").select(3, NONE, 2)).isEqualTo(ids(1, 2, 3));
        }

        @Test
        void aTieAcrossTheQuotaLineOfEligibleEntrantsDoesNotAdvance() {
            // quota 2, cap 1: after A1, B and C tie at 2 across the line: neither, and D does not move up
            assertThat(new Field("1A 2A 2B 2C 5D").select(2, NONE, 1)).isEqualTo(ids(1));
        }

        @Test
        void aCappedMemberOfATieAtTheQuotaLineDoesNotMakeItATie() {
            assertThat(new Field("1A 2A 2B 4C").select(2, NONE, 1)).isEqualTo(ids(1, 3));
        }

        @Test
        void aTieAcrossBothTheQuotaLineAndTheCapIsDecidedAtTheQuotaLine() {
            // quota 2, cap 1: B's tied pair straddles the quota line (and B's cap): neither, and C does not move up
            assertThat(new Field("1A 2B 2B 4C 5D").select(2, NONE, 1)).isEqualTo(ids(1));
        }

        @Test
        void aTieAcrossTheCapWithinTheQuotaClosesTheFederation() {
            // quota 4, cap 2: after A1, A's pair at 2 straddles A's cap: neither; A5 does not move up past them
            assertThat(new Field("1A 2A 2A 4B 5A 6C").select(4, NONE, 2)).isEqualTo(ids(1, 4, 6));
        }

        @Test
        void aFederationThatWasSimplyFullStaysFull() {
            assertThat(new Field("1A 2A 3B 4A").select(3, NONE, 1)).isEqualTo(ids(1, 3));
        }

        @Test
        void aFullFederationPassedOverBeforeATieAtTheLine() {
            // quota 3, cap 1: A full, B ok, then C and D tie at 4 across the line: neither
            assertThat(new Field("1A 2A 3B 4C 4D 6E").select(3, NONE, 1)).isEqualTo(ids(1, 3));
        }
    }

    @Nested
    class CapLargerThanQuota {

        /** places 1,2,2,4,5,5,5,8,9 with federations A,A,A,B,A,A,B,C,A */
        private final Field field = new Field("1A 2A 2A 4B 5A 5A 5B 8C 9A");

        @ParameterizedTest(name = "quota {0}, {1}")
        @CsvSource({
                "0, ALL", "1, ALL", "2, ALL", "3, ALL", "4, ALL", "5, ALL", "6, ALL", "7, ALL", "9, ALL",
                "0, NONE", "1, NONE", "2, NONE", "3, NONE", "4, NONE", "5, NONE", "6, NONE", "7, NONE", "9, NONE",
        })
        void aCapAtLeastTheQuotaChangesNothing(int quota, TiesAtLine ties) {
            Set<UUID> uncapped = Advancement.select(field.placed, quota, ties);
            for (int cap = Math.max(quota, 1); cap <= quota + 3; cap++) {
                assertThat(field.select(quota, ties, cap)).as("cap %d", cap).isEqualTo(uncapped);
            }
            assertThat(field.select(quota, ties, null)).isEqualTo(uncapped);
        }

        @ParameterizedTest(name = "quota {0}: cap 2 ALL -> {1}, NONE -> {2}")
        @CsvSource({
                "1, 1, 1",
                "2, 1;2;3, 1",       // A's tie at 2 straddles the quota (ALL: the cap yields to the tie)
                "3, 1;2;3, 1;4;7",   // NONE: A's pair at 2 straddles its cap after A1 and closes A; B4, then B7
                "4, 1;2;3;4, 1;4;7;8",
                "5, 1;2;3;4;7, 1;4;7;8", // NONE: A9 does not move up past A's tied pair
        })
        void aSmallerCapOnTheSameField(int quota, String all, String none) {
            assertThat(field.select(quota, ALL, 2)).isEqualTo(parse(all));
            assertThat(field.select(quota, NONE, 2)).isEqualTo(parse(none));
        }

        private Set<UUID> parse(String list) {
            return java.util.Arrays.stream(list.split(";")).mapToInt(Integer::parseInt).mapToObj(Placings::id)
                    .collect(Collectors.toSet());
        }
    }

    @Nested
    class Invariants {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3, 17, 99, 123, 4242, 987654321})
        void onRandomFieldsTheCapAndTheQuotaHold(long seed) {
            Random random = new Random(seed);
            for (int round = 0; round < 200; round++) {
                int size = random.nextInt(12);
                StringBuilder spec = new StringBuilder();
                int place = 1;
                for (int i = 0; i < size; i++) {
                    if (i > 0 && random.nextInt(3) > 0) {
                        place = i + 1; // not tied with the previous one
                    }
                    spec.append(place).append((char) ('A' + random.nextInt(3))).append(' ');
                }
                if (size == 0) {
                    continue;
                }
                Field field = new Field(spec.toString());
                int quota = random.nextInt(size + 2);
                int cap = 1 + random.nextInt(3);
                for (TiesAtLine ties : TiesAtLine.values()) {
                    Set<UUID> advancing = field.select(quota, ties, cap);
                    String what = spec + " quota " + quota + " cap " + cap + " " + ties;
                    Map<String, Long> perFederation = advancing.stream()
                            .collect(Collectors.groupingBy(field.federations::get, Collectors.counting()));
                    if (ties == NONE) {
                        // no tie is ever split or stretched: the quota and the cap are hard
                        assertThat(advancing.size()).as(what).isLessThanOrEqualTo(quota);
                        assertThat(perFederation.values()).as(what).allMatch(n -> n <= cap);
                    }
                    // the result never depends on the input order
                    List<Ranking.Placed> shuffled = new ArrayList<>(field.placed);
                    Collections.shuffle(shuffled, random);
                    assertThat(Advancement.select(shuffled, quota, new AdvancementPolicy(ties, cap), field.federations))
                            .as(what).isEqualTo(advancing);
                    // a capped selection never takes someone an uncapped one would not consider: all are placed entrants
                    assertThat(field.placed.stream().map(p -> p.score().entryId()).toList()).containsAll(advancing);
                }
                // a cap not below the quota changes nothing
                for (TiesAtLine ties : TiesAtLine.values()) {
                    assertThat(field.select(quota, ties, Math.max(quota, 1)))
                            .as(spec + " quota " + quota + " cap = quota " + ties)
                            .isEqualTo(Advancement.select(field.placed, quota, ties));
                }
            }
        }
    }

    @Nested
    class SubstitutionWithinTheCap {

        @Test
        void aSubstituteOfAFullFederationIsPassedOver() {
            Field field = new Field("1A 2B 3A 4C");
            Set<UUID> top = field.select(2, ALL, 1); // A1, B2
            assertThat(top).isEqualTo(ids(1, 2));
            // B2 declines: A3 is next but A is full, so C4 takes the place
            assertThat(field.substitute(top, ids(2), 1)).isEqualTo(ids(1, 4));
        }

        @Test
        void aDeclinedEntrantFreesRoomInTheirOwnFederation() {
            Field field = new Field("1A 2A 3B 4C");
            Set<UUID> top = field.select(2, ALL, 1); // A1, B3 (A2 capped)
            assertThat(top).isEqualTo(ids(1, 3));
            // A1 declines: A2, passed over before, now fits A's cap
            assertThat(field.substitute(top, ids(1), 1)).isEqualTo(ids(2, 3));
        }

        @Test
        void withoutACapTheNextRankedTakesThePlace() {
            Field field = new Field("1A 2B 3A 4C");
            assertThat(field.substitute(ids(1, 2), ids(2), null)).isEqualTo(ids(1, 3));
        }

        @Test
        void whenEveryoneLeftIsCappedThePlaceStaysEmpty() {
            Field field = new Field("1A 2B 3A 4B");
            assertThat(field.substitute(ids(1, 2), ids(2), 1)).isEqualTo(ids(1, 4));
            assertThat(field.substitute(ids(1, 2), ids(2, 4), 1)).isEqualTo(ids(1));
        }

        @Test
        void substitutesAreTakenInPlaceOrderWhateverTheInputOrder() {
            Field field = new Field("1A 2B 3C 4D");
            List<Ranking.Placed> reversed = new ArrayList<>(field.placed);
            Collections.reverse(reversed);
            assertThat(Advancement.withSubstitutes(reversed, ids(1, 2), ids(1), 1, field.federations)).isEqualTo(ids(2, 3));
        }
    }
}
