package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillscontest.contracts.TiesAtLine.ALL;
import static org.skillscontest.contracts.TiesAtLine.NONE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillscontest.contracts.CutMode;
import org.skillscontest.contracts.CutRule;
import org.skillscontest.contracts.TiesAtLine;

/** The cut from one round to the next: top N, top %, score threshold, caps, ties at the line. */
class CutTest {

    private static UUID id(int n) {
        return new UUID(0L, n);
    }

    /** Entrants 1..totals.length with these totals (practical, theory and time equal), ranked. */
    private static List<Ranking.Placed> field(double... totals) {
        List<Ranking.Score> scores = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            BigDecimal t = BigDecimal.valueOf(totals[i]).setScale(3, java.math.RoundingMode.HALF_UP);
            scores.add(new Ranking.Score(id(i + 1), t, BigDecimal.ZERO, BigDecimal.ZERO, 0));
        }
        return Ranking.rank(scores);
    }

    private static Set<Integer> numbers(Set<UUID> ids) {
        return ids.stream().map(u -> (int) u.getLeastSignificantBits()).collect(Collectors.toSet());
    }

    private static CutRule rule(CutMode mode, String value, Integer cap) {
        return new CutRule(mode, new BigDecimal(value), cap);
    }

    @Test
    void topNTakesTheFirstNPlaces() {
        Cut.Outcome out = Cut.draw(field(90, 80, 70, 60), rule(CutMode.TOP_N, "2", null), ALL);
        assertThat(numbers(out.qualified())).containsExactlyInAnyOrder(1, 2);
        assertThat(out.places()).isEqualTo(2);
        assertThat(out.cutMark()).isEqualByComparingTo("80");
    }

    @Test
    void topNAboveTheFieldTakesEveryone() {
        Cut.Outcome out = Cut.draw(field(90, 80), rule(CutMode.TOP_N, "40", null), ALL);
        assertThat(numbers(out.qualified())).containsExactlyInAnyOrder(1, 2);
        assertThat(out.cutMark()).isEqualByComparingTo("80");
    }

    @Test
    void tiesAtTheLineAllMakeItUnderAll() {
        // places 1, 2, 2, 4: the line after 2 places cuts through the tie at 2nd
        Cut.Outcome out = Cut.draw(field(90, 80, 80, 70), rule(CutMode.TOP_N, "2", null), ALL);
        assertThat(numbers(out.qualified())).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(out.cutMark()).isEqualByComparingTo("80");
    }

    @Test
    void tiesAtTheLineNoneOfThemUnderNone() {
        Cut.Outcome out = Cut.draw(field(90, 80, 80, 70), rule(CutMode.TOP_N, "2", null), NONE);
        assertThat(numbers(out.qualified())).containsExactly(1);
        assertThat(out.cutMark()).isEqualByComparingTo("90");
    }

    @Test
    void aTieEndingExactlyAtTheLineMakesItEitherWay() {
        for (TiesAtLine ties : TiesAtLine.values()) {
            Cut.Outcome out = Cut.draw(field(90, 80, 80, 70), rule(CutMode.TOP_N, "3", null), ties);
            assertThat(numbers(out.qualified())).as(ties.name()).containsExactlyInAnyOrder(1, 2, 3);
        }
    }

    @ParameterizedTest(name = "{1} % of {0} ranked → {2} places")
    @CsvSource({
            "100, 10, 10", "99, 10, 9", "9, 10, 1", "1, 10, 1", "1, 100, 1", "42650, 2.66, 1134",
            "42650, 2.67, 1138", "3, 50, 1", "4, 50, 2", "7, 100, 7", "10, 0.5, 1", "200, 12.5, 25"})
    void topPercentRoundsDownAndGivesAtLeastOne(int ranked, String percent, int places) {
        double[] totals = IntStream.range(0, ranked).mapToDouble(i -> 100 - i * 0.001).toArray();
        Cut.Outcome out = Cut.draw(field(totals), rule(CutMode.TOP_PERCENT, percent, null), ALL);
        assertThat(out.places()).isEqualTo(places);
        assertThat(out.qualified()).hasSize(places);
    }

    @Test
    void scoreThresholdTakesEveryTotalThatReachesIt() {
        Cut.Outcome out = Cut.draw(field(90, 80, 79.99, 60), rule(CutMode.SCORE_THRESHOLD, "80", null), NONE);
        assertThat(numbers(out.qualified())).containsExactlyInAnyOrder(1, 2);
        assertThat(out.cutMark()).isEqualByComparingTo("80");
    }

    @Test
    void aThresholdNobodyReachesQualifiesNobody() {
        Cut.Outcome out = Cut.draw(field(50, 40), rule(CutMode.SCORE_THRESHOLD, "60", null), ALL);
        assertThat(out.qualified()).isEmpty();
        assertThat(out.cutMark()).isNull();
    }

    @Test
    void tiedEntrantsAtTheThresholdAllReachIt() {
        Cut.Outcome out = Cut.draw(field(90, 80, 80, 60), rule(CutMode.SCORE_THRESHOLD, "80", null), NONE);
        assertThat(numbers(out.qualified())).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void aCapLimitsAThresholdToAShareOfTheField() {
        // 8 of 10 reach 50, but at most 30 % (3) go on
        Cut.Outcome out = Cut.draw(field(99, 98, 97, 96, 95, 94, 93, 92, 10, 5), rule(CutMode.SCORE_THRESHOLD, "50", 30), ALL);
        assertThat(numbers(out.qualified())).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(out.places()).isEqualTo(3);
        assertThat(out.cutMark()).isEqualByComparingTo("97");
    }

    @Test
    void aCapFollowsTheTieSettingAtItsLine() {
        // the cap of 3 places cuts through the tie at 3rd
        List<Ranking.Placed> field = field(99, 98, 97, 97, 96, 95, 94, 93, 92, 91);
        assertThat(numbers(Cut.draw(field, rule(CutMode.SCORE_THRESHOLD, "50", 30), ALL).qualified()))
                .containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(numbers(Cut.draw(field, rule(CutMode.SCORE_THRESHOLD, "50", 30), NONE).qualified()))
                .containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aCapAboveTheCutChangesNothing() {
        Cut.Outcome out = Cut.draw(field(90, 80, 70, 60), rule(CutMode.TOP_N, "1", 50), ALL);
        assertThat(numbers(out.qualified())).containsExactly(1);
    }

    @Test
    void aCapOfAVerySmallShareStillLetsOneThrough() {
        Cut.Outcome out = Cut.draw(field(90, 80, 70), rule(CutMode.TOP_PERCENT, "100", 1), ALL);
        assertThat(numbers(out.qualified())).containsExactly(1);
    }

    @ParameterizedTest
    @EnumSource(CutMode.class)
    void anEmptyRoundQualifiesNobody(CutMode mode) {
        Cut.Outcome out = Cut.draw(List.of(), rule(mode, "10", 50), ALL);
        assertThat(out.qualified()).isEmpty();
        assertThat(out.places()).isZero();
        assertThat(out.cutMark()).isNull();
    }

    /**
     * Against a plain reading of the rule over random fields with many ties: ALL is every entrant
     * placed within the line's places; NONE is every entrant whose tied group ends within them.
     */
    @Test
    void agreesWithThePlainReadingOnRandomFields() {
        Random random = new Random(12);
        for (int round = 0; round < 2_000; round++) {
            int size = 1 + random.nextInt(30);
            double[] totals = IntStream.range(0, size).mapToDouble(i -> 50 + random.nextInt(8) * 5).toArray();
            List<Ranking.Placed> field = field(totals);
            CutMode mode = CutMode.values()[random.nextInt(3)];
            String value = switch (mode) {
                case TOP_N -> String.valueOf(random.nextInt(size + 2));
                case TOP_PERCENT -> String.valueOf(1 + random.nextInt(100));
                case SCORE_THRESHOLD -> String.valueOf(50 + random.nextInt(8) * 5);
            };
            Integer cap = random.nextBoolean() ? null : 1 + random.nextInt(100);
            TiesAtLine ties = random.nextBoolean() ? ALL : NONE;
            Cut.Outcome out = Cut.draw(field, rule(mode, value, cap), ties);

            int places = out.places();
            Set<UUID> expected = field.stream()
                    .filter(p -> ties == ALL
                            ? p.place() <= places
                            : p.place() - 1 + field.stream().filter(q -> q.place() == p.place()).count() <= places)
                    .map(p -> p.score().entryId()).collect(Collectors.toSet());
            assertThat(out.qualified()).as("%s %s cap %s %s over %s", mode, value, cap, ties, field).isEqualTo(expected);
            if (mode == CutMode.SCORE_THRESHOLD) {
                assertThat(field.stream().filter(p -> out.qualified().contains(p.score().entryId()))
                        .allMatch(p -> p.score().total().compareTo(new BigDecimal(value)) >= 0)).isTrue();
            }
            if (cap != null) {
                assertThat(places).isLessThanOrEqualTo(Math.max(1, size * cap / 100));
            }
        }
    }
}
