package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.contracts.Level;

/** Honours follow corrections: held recommendations the new places no longer call for are withdrawn, new ones recommended. */
class HonourReviewTest {

    private static final HonourPolicy NATIONAL = HonourPolicy.forLevel(Level.NATIONAL);
    private static final HonourPolicy CITY = HonourPolicy.forLevel(Level.CITY);

    private static UUID entry(int n) {
        return new UUID(1L, n);
    }

    /** Entrants 1.. at the given places (null: no place), all at skill level 4 (intermediate), no upgrade elsewhere. */
    private static List<HonourReview.Entrant> places(Integer... places) {
        List<HonourReview.Entrant> list = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            list.add(new HonourReview.Entrant(entry(i + 1), places[i], 4, false));
        }
        return list;
    }

    /** What an event holds after recommending everything {@code entrants} call for. */
    private static List<HonourReview.Held> heldAfter(HonourPolicy policy, List<HonourReview.Entrant> entrants) {
        return apply(List.of(), HonourReview.review(policy, entrants, List.of()));
    }

    /** The held recommendations once an outcome is carried out. */
    private static List<HonourReview.Held> apply(List<HonourReview.Held> held, HonourReview.Outcome outcome) {
        List<HonourReview.Held> result = new ArrayList<>(held);
        outcome.withdraw().forEach(w -> result.remove(w.honour()));
        outcome.recommend().forEach(d -> result.add(new HonourReview.Held(UUID.randomUUID(), d.entryId(), d.kind(),
                d.targetSkillLevel())));
        return result;
    }

    private static List<String> described(List<HonourReview.Held> held) {
        return held.stream().map(h -> h.entryId().getLeastSignificantBits() + ":" + h.kind()
                + (h.targetSkillLevel() == null ? "" : "→" + h.targetSkillLevel())).sorted().toList();
    }

    private static List<String> withdrawn(HonourReview.Outcome outcome) {
        return described(outcome.withdraw().stream().map(HonourReview.Withdrawal::honour).toList());
    }

    private static List<String> recommended(HonourReview.Outcome outcome) {
        return outcome.recommend().stream().map(d -> d.entryId().getLeastSignificantBits() + ":" + d.kind()
                + (d.targetSkillLevel() == null ? "" : "→" + d.targetSkillLevel())).sorted().toList();
    }

    @Test
    void aFirstReviewRecommendsWhatThePlacesCallFor() {
        HonourReview.Outcome outcome = HonourReview.review(NATIONAL, places(1, 2, 6, 21), List.of());
        assertThat(outcome.withdraw()).isEmpty();
        assertThat(recommended(outcome)).containsExactly("1:MAY_DAY_MEDAL", "1:SKILL_LEVEL_UPGRADE→2", "1:TECHNICAL_EXPERT",
                "2:SKILL_LEVEL_UPGRADE→2", "2:TECHNICAL_EXPERT", "3:SKILL_LEVEL_UPGRADE→3");
    }

    @Test
    void theSamePlacesAgainChangeNothing() {
        List<HonourReview.Entrant> entrants = places(1, 2, 3, 4, 5, 6);
        List<HonourReview.Held> held = heldAfter(NATIONAL, entrants);
        assertThat(HonourReview.review(NATIONAL, entrants, held).isEmpty()).isTrue();
        // and in any order
        List<HonourReview.Held> reversedHeld = new ArrayList<>(held);
        Collections.reverse(reversedHeld);
        List<HonourReview.Entrant> reversedEntrants = new ArrayList<>(entrants);
        Collections.reverse(reversedEntrants);
        assertThat(HonourReview.review(NATIONAL, reversedEntrants, reversedHeld).isEmpty()).isTrue();
    }

    @Test
    void whenTheFirstPlaceChangesTheMedalMovesToTheNewHolder() {
        List<HonourReview.Held> held = heldAfter(CITY, places(1, 2, 3, 4));
        HonourReview.Outcome outcome = HonourReview.review(CITY, places(2, 1, 3, 4), held);
        assertThat(withdrawn(outcome)).containsExactly("1:MAY_DAY_MEDAL");
        assertThat(recommended(outcome)).containsExactly("2:MAY_DAY_MEDAL");
        assertThat(outcome.withdraw().get(0).placeNow()).isEqualTo(2);
    }

    @Test
    void anEntrantWhoFallsOutOfTheTopLosesTheTitleAndTheNewEntrantGetsIt() {
        List<HonourReview.Held> held = heldAfter(CITY, places(1, 2, 3, 4)); // city: Technical Expert top 3
        HonourReview.Outcome outcome = HonourReview.review(CITY, places(1, 2, 4, 3), held);
        assertThat(withdrawn(outcome)).containsExactly("3:TECHNICAL_EXPERT");
        assertThat(recommended(outcome)).containsExactly("4:TECHNICAL_EXPERT");
        assertThat(outcome.withdraw().get(0).placeNow()).isEqualTo(4);
    }

    @Test
    void anEntrantWithoutAPlaceNowLosesEverything() {
        List<HonourReview.Held> held = heldAfter(CITY, places(1, 2, 3, 4));
        HonourReview.Outcome outcome = HonourReview.review(CITY, places(null, 1, 2, 3), held);
        assertThat(withdrawn(outcome)).containsExactly("1:MAY_DAY_MEDAL", "1:TECHNICAL_EXPERT");
        assertThat(recommended(outcome)).containsExactly("2:MAY_DAY_MEDAL", "4:TECHNICAL_EXPERT");
        assertThat(outcome.withdraw()).allMatch(w -> w.placeNow() == null);
    }

    @Test
    void anEntrantMissingFromTheNewResultsLosesEverything() {
        List<HonourReview.Held> held = heldAfter(CITY, places(1, 2));
        HonourReview.Outcome outcome = HonourReview.review(CITY, places(1, 2).subList(1, 2), held);
        assertThat(withdrawn(outcome)).containsExactly("1:MAY_DAY_MEDAL", "1:TECHNICAL_EXPERT");
        assertThat(outcome.withdraw()).allMatch(w -> w.placeNow() == null);
    }

    @Test
    void aChangedUpgradeTargetIsWithdrawnAndRecommendedAnew() {
        // national: places 1–5 → technician (2), 6–20 → senior worker (3)
        List<HonourReview.Held> held = heldAfter(NATIONAL, places(5, 6));
        HonourReview.Outcome outcome = HonourReview.review(NATIONAL, places(6, 5), held);
        assertThat(withdrawn(outcome)).containsExactly("1:SKILL_LEVEL_UPGRADE→2", "1:TECHNICAL_EXPERT",
                "2:SKILL_LEVEL_UPGRADE→3");
        assertThat(recommended(outcome)).containsExactly("1:SKILL_LEVEL_UPGRADE→3", "2:SKILL_LEVEL_UPGRADE→2",
                "2:TECHNICAL_EXPERT");
    }

    @Test
    void aPlaceThatStillEarnsTheSameKeepsItsRecommendation() {
        // Technical Expert at national: places 1–5; moving from 2 to 4 changes nothing
        List<HonourReview.Held> held = heldAfter(NATIONAL, places(1, 2, 3, 4, 5));
        assertThat(HonourReview.review(NATIONAL, places(1, 4, 3, 2, 5), held).isEmpty()).isTrue();
    }

    @Test
    void tiedFirstPlacesBothHoldTheMedalAndLoseItWhenTheTieIsBroken() {
        List<HonourReview.Held> held = heldAfter(CITY, places(1, 1, 3));
        assertThat(described(held)).contains("1:MAY_DAY_MEDAL", "2:MAY_DAY_MEDAL");
        HonourReview.Outcome outcome = HonourReview.review(CITY, places(1, 2, 3), held);
        assertThat(withdrawn(outcome)).containsExactly("2:MAY_DAY_MEDAL");
        assertThat(outcome.recommend()).isEmpty();
    }

    @Test
    void anUpgradeHeldElsewhereThisYearIsNotRecommendedAndOneHeldHereIsNotWithdrawnForIt() {
        List<HonourReview.Entrant> here = List.of(new HonourReview.Entrant(entry(1), 3, 5, false));
        List<HonourReview.Held> held = heldAfter(CITY, here);
        assertThat(described(held)).contains("1:SKILL_LEVEL_UPGRADE→4");
        // the person's upgrade elsewhere does not count against the one held here: only other events are "elsewhere"
        assertThat(HonourReview.review(CITY, here, held).isEmpty()).isTrue();
        // a new entrant with an upgrade elsewhere this year gets the title but not a second upgrade
        HonourReview.Outcome outcome = HonourReview.review(CITY,
                List.of(new HonourReview.Entrant(entry(1), 4, 5, false), new HonourReview.Entrant(entry(2), 3, 5, true)), held);
        assertThat(withdrawn(outcome)).containsExactly("1:SKILL_LEVEL_UPGRADE→4", "1:TECHNICAL_EXPERT");
        assertThat(recommended(outcome)).containsExactly("2:TECHNICAL_EXPERT");
    }

    @Test
    void nothingHeldAndNothingDue() {
        assertThat(HonourReview.review(CITY, places(4, 5, null), List.of()).isEmpty()).isTrue();
        assertThat(HonourReview.review(CITY, List.of(), List.of()).isEmpty()).isTrue();
    }

    @Test
    void everythingHeldIsWithdrawnWhenNobodyHasAPlace() {
        List<HonourReview.Held> held = heldAfter(CITY, places(1, 2, 3));
        HonourReview.Outcome outcome = HonourReview.review(CITY, places(null, null, null), held);
        assertThat(outcome.withdraw()).hasSize(held.size());
        assertThat(outcome.recommend()).isEmpty();
    }

    /** After any sequence of corrections, what is held is exactly what the latest places call for, and a replay changes nothing. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026, 31337})
    void afterAnySequenceOfVersionsTheHeldAreTheDueOnes(long seed) {
        Random random = new Random(seed);
        for (Level level : Level.values()) {
            HonourPolicy policy = HonourPolicy.forLevel(level);
            List<HonourReview.Held> held = List.of();
            for (int version = 1; version <= 8; version++) {
                int size = 1 + random.nextInt(25);
                List<HonourReview.Entrant> entrants = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    Integer place = random.nextInt(10) == 0 ? null : 1 + random.nextInt(size);
                    entrants.add(new HonourReview.Entrant(entry(1 + random.nextInt(30)), place, 2 + random.nextInt(4),
                            random.nextInt(8) == 0));
                }
                entrants = entrants.stream().collect(java.util.stream.Collectors.toMap(HonourReview.Entrant::entryId, e -> e,
                        (a, b) -> a, java.util.LinkedHashMap::new)).values().stream().toList();
                HonourReview.Outcome outcome = HonourReview.review(policy, entrants, held);
                held = apply(held, outcome);
                List<String> due = HonourReview.due(policy, entrants).stream()
                        .map(d -> d.entryId().getLeastSignificantBits() + ":" + d.kind()
                                + (d.targetSkillLevel() == null ? "" : "→" + d.targetSkillLevel()))
                        .sorted().toList();
                assertThat(described(held)).as("%s version %d", level, version).isEqualTo(due);
                assertThat(HonourReview.review(policy, entrants, held).isEmpty()).as("replay").isTrue();
                // never both withdrawn and recommended for the same recommendation
                for (HonourReview.Withdrawal w : outcome.withdraw()) {
                    HonourKind kind = w.honour().kind();
                    assertThat(outcome.recommend()).noneMatch(d -> d.entryId().equals(w.honour().entryId()) && d.kind() == kind
                            && java.util.Objects.equals(d.targetSkillLevel(), w.honour().targetSkillLevel()));
                }
            }
        }
    }
}
