package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillscontest.contracts.EntrantStatus.COMPETING;
import static org.skillscontest.contracts.EntrantStatus.DISQUALIFIED;
import static org.skillscontest.contracts.EntrantStatus.WITHDRAWN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.AwardMode;
import org.skillscontest.contracts.AwardPolicy;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.TiesAtLine;

/**
 * Withdrawn (退赛) and disqualified (取消资格) entrants are listed but take no place and no award slot
 * (docs/domain.md, ranking): which rows of a version take places, and how places, awards and
 * advancement follow when they are computed over the competing entrants only.
 */
class ContendersTest {

    private static UUID id(int n) {
        return new UUID(0L, n);
    }

    private static ResultsPublished.Result result(int n, double total) {
        return result(n, total, COMPETING, null);
    }

    private static ResultsPublished.Result result(int n, double total, EntrantStatus status, String reason) {
        BigDecimal t = BigDecimal.valueOf(total);
        return new ResultsPublished.Result(id(n), id(1000 + n), BigDecimal.valueOf(80), t, t, 1000, status, reason);
    }

    /** Entrant n has total totals[n - 1], all competing. */
    private static List<ResultsPublished.Result> field(double... totals) {
        List<ResultsPublished.Result> results = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            results.add(result(i + 1, totals[i]));
        }
        return results;
    }

    /** The field with entrant {@code n} listed under {@code status}. */
    private static List<ResultsPublished.Result> with(List<ResultsPublished.Result> field, int n, EntrantStatus status) {
        List<ResultsPublished.Result> changed = new ArrayList<>(field);
        ResultsPublished.Result r = changed.get(n - 1);
        changed.set(n - 1, new ResultsPublished.Result(r.entryId(), r.personId(), r.theory(), r.practical(), r.total(),
                r.timeUsedSeconds(), status, status + " reason"));
        return changed;
    }

    private static Contenders contenders(List<ResultsPublished.Result> results) {
        return Contenders.of(results, Map.of());
    }

    /** Entry number → place of the competing entrants. */
    private static Map<Integer, Integer> places(List<Ranking.Placed> placed) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        placed.forEach(p -> m.put((int) p.score().entryId().getLeastSignificantBits(), p.place()));
        return m;
    }

    private static List<Ranking.Placed> ranked(List<ResultsPublished.Result> results) {
        return Ranking.rank(contenders(results).competing());
    }

    private static Set<Integer> numbers(Set<UUID> ids) {
        Set<Integer> s = new java.util.TreeSet<>();
        ids.forEach(i -> s.add((int) i.getLeastSignificantBits()));
        return s;
    }

    @Nested
    class WhoTakesPlaces {

        @Test
        void competingResultsTakePlacesAndTheOthersAreListedWithStatusAndReason() {
            Contenders c = contenders(List.of(result(1, 90), result(2, 95, DISQUALIFIED, "使用违规工具"),
                    result(3, 80, WITHDRAWN, "因伤退赛"), result(4, 70)));
            assertThat(c.competing()).extracting(Ranking.Score::entryId).containsExactly(id(1), id(4));
            assertThat(c.status(id(1))).isEqualTo(COMPETING);
            assertThat(c.reason(id(1))).isNull();
            assertThat(c.status(id(2))).isEqualTo(DISQUALIFIED);
            assertThat(c.reason(id(2))).isEqualTo("使用违规工具");
            assertThat(c.status(id(3))).isEqualTo(WITHDRAWN);
            assertThat(c.reason(id(3))).isEqualTo("因伤退赛");
        }

        @Test
        void aResultWithoutStatusCompetes() {
            Contenders c = contenders(List.of(new ResultsPublished.Result(id(1), id(2), BigDecimal.ONE, BigDecimal.ONE,
                    BigDecimal.ONE, 0)));
            assertThat(c.status(id(1))).isEqualTo(COMPETING);
            assertThat(c.competing()).hasSize(1);
        }

        @Test
        void anEntrantRankingKnowsWithdrawnIsWithdrawnThoughScoringStillSaysCompeting() {
            Map<UUID, String> withdrawnHere = new HashMap<>();
            withdrawnHere.put(id(2), "因工作安排退出");
            withdrawnHere.put(id(3), null); // a withdrawal that overtook the registration: no reason known
            Contenders c = Contenders.of(field(90, 95, 85), withdrawnHere);
            assertThat(c.competing()).extracting(Ranking.Score::entryId).containsExactly(id(1));
            assertThat(c.status(id(2))).isEqualTo(WITHDRAWN);
            assertThat(c.reason(id(2))).isEqualTo("因工作安排退出");
            assertThat(c.status(id(3))).isEqualTo(WITHDRAWN);
            assertThat(c.reason(id(3))).isNull();
        }

        @Test
        void scoringsStatusAndReasonWinOverAWithdrawalKnownHere() {
            Contenders c = Contenders.of(List.of(result(1, 90, DISQUALIFIED, "冒名顶替")), Map.of(id(1), "本人申请退赛"));
            assertThat(c.status(id(1))).isEqualTo(DISQUALIFIED);
            assertThat(c.reason(id(1))).isEqualTo("冒名顶替");
        }

        @Test
        void nonCompetingEntrantsMayLackScores() {
            Contenders c = contenders(List.of(result(1, 90),
                    new ResultsPublished.Result(id(2), id(3), null, null, null, 0, DISQUALIFIED, "资格审核不实")));
            assertThat(c.competing()).hasSize(1);
            Map<UUID, String> withdrawnHere = new HashMap<>();
            withdrawnHere.put(id(4), null);
            assertThat(Contenders.of(List.of(new ResultsPublished.Result(id(4), id(5), null, null, null, 0)), withdrawnHere)
                    .competing()).isEmpty();
        }

        @Test
        void aCompetingEntrantWithoutEveryScoreIsRefused() {
            assertThatThrownBy(() -> contenders(List.of(new ResultsPublished.Result(id(1), id(2), BigDecimal.ONE, BigDecimal.ONE,
                    null, 0)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(id(1).toString());
        }

        @Test
        void anEntryNotInTheVersionCompetesAndHasNoReason() {
            Contenders c = contenders(field(90));
            assertThat(c.status(id(9))).isEqualTo(COMPETING);
            assertThat(c.reason(id(9))).isNull();
        }

        @Test
        void nobodyCompetingRanksNobody() {
            List<ResultsPublished.Result> all = with(with(field(90, 80), 1, WITHDRAWN), 2, DISQUALIFIED);
            assertThat(ranked(all)).isEmpty();
        }
    }

    @Nested
    class PlacesMoveUp {

        @ParameterizedTest
        @EnumSource(value = EntrantStatus.class, names = {"WITHDRAWN", "DISQUALIFIED"})
        void theFirstTakesNoPlaceAndEveryoneBelowMovesUpOne(EntrantStatus status) {
            // 95, 90, 85, 80: entrant 1 (first) no longer competes
            assertThat(places(ranked(with(field(95, 90, 85, 80), 1, status)))).containsExactly(
                    Map.entry(2, 1), Map.entry(3, 2), Map.entry(4, 3));
        }

        @Test
        void onlyThoseBelowMoveUp() {
            assertThat(places(ranked(with(field(95, 90, 85, 80), 3, DISQUALIFIED)))).containsExactly(
                    Map.entry(1, 1), Map.entry(2, 2), Map.entry(4, 3));
        }

        @Test
        void theLastLeavingChangesNobodysPlace() {
            assertThat(places(ranked(with(field(95, 90, 85), 3, WITHDRAWN)))).containsExactly(
                    Map.entry(1, 1), Map.entry(2, 2));
        }

        @Test
        void aTiedEntrantLeavingLeavesTheOtherAloneAtThePlaceAndTheSkipCloses() {
            // 95, 90, 90, 85 → 1, 2, 2, 4; entrant 3 leaves → 1, 2, 3
            assertThat(places(ranked(field(95, 90, 90, 85)))).containsExactly(
                    Map.entry(1, 1), Map.entry(2, 2), Map.entry(3, 2), Map.entry(4, 4));
            assertThat(places(ranked(with(field(95, 90, 90, 85), 3, DISQUALIFIED)))).containsExactly(
                    Map.entry(1, 1), Map.entry(2, 2), Map.entry(4, 3));
        }

        @Test
        void entrantsTiedBelowTheOneWhoLeftStayTiedOnePlaceUp() {
            // 95, 90, 85, 85 → 1, 2, 3, 3; entrant 1 leaves → 1, 2, 2
            assertThat(places(ranked(with(field(95, 90, 85, 85), 1, WITHDRAWN)))).containsExactly(
                    Map.entry(2, 1), Map.entry(3, 2), Map.entry(4, 2));
        }

        @Test
        void aBetterTotalThatDoesNotCompeteBreaksNoTie() {
            // the disqualified entrant's higher total is no part of the order
            assertThat(places(ranked(with(field(99, 90, 90), 1, DISQUALIFIED)))).containsExactly(
                    Map.entry(2, 1), Map.entry(3, 1));
        }
    }

    @Nested
    class AwardsOverCompetingOnly {

        @Test
        void theGoldGoesToTheBestCompetingEntrant() {
            Map<UUID, Award> awards = Awards.assign(ranked(with(field(95, 90, 85, 80, 75, 70, 65), 1, DISQUALIFIED)),
                    AwardPolicy.defaults());
            assertThat(awards).doesNotContainKey(id(1));
            assertThat(awards.get(id(2))).isEqualTo(Award.GOLD);
            assertThat(awards.get(id(3))).isEqualTo(Award.SILVER);
            assertThat(awards.get(id(4))).isEqualTo(Award.SILVER);
            assertThat(awards.get(id(7))).isEqualTo(Award.BRONZE);
            assertThat(awards).hasSize(6);
        }

        @Test
        void aRatioCountsTheRankedEntrantsOnly() {
            // 10 entrants, 20 % gold = 2; two withdrawn → 8 ranked, 20 % = 1 (rounded down)
            double[] totals = {99, 98, 97, 96, 95, 94, 93, 92, 91, 90};
            AwardPolicy ratio = new AwardPolicy(AwardMode.RATIO, 20, 0, 0, 0);
            assertThat(Awards.assign(ranked(field(totals)), ratio)).hasSize(2);
            Map<UUID, Award> fewer = Awards.assign(ranked(with(with(field(totals), 9, WITHDRAWN), 10, WITHDRAWN)), ratio);
            assertThat(fewer).containsOnlyKeys(id(1));
        }

        @Test
        void aTieAtTheBoundaryCountsCompetingEntrantsOnly() {
            // gold 1: entrant 1 disqualified, entrants 2 and 3 tied for first both get gold and use up silver's first slot
            Map<UUID, Award> awards = Awards.assign(ranked(with(field(99, 90, 90, 85, 80), 1, DISQUALIFIED)),
                    new AwardPolicy(AwardMode.COUNT, 1, 2, 0, 0));
            assertThat(awards).containsEntry(id(2), Award.GOLD).containsEntry(id(3), Award.GOLD)
                    .containsEntry(id(4), Award.SILVER).doesNotContainKey(id(5)).doesNotContainKey(id(1));
        }
    }

    @Nested
    class AdvancementOverCompetingOnly {

        private Set<Integer> advancing(List<ResultsPublished.Result> results, int quota, AdvancementPolicy policy,
                                       Map<UUID, String> federations) {
            return numbers(Advancement.select(ranked(results), quota, policy, federations));
        }

        @ParameterizedTest
        @EnumSource(value = EntrantStatus.class, names = {"WITHDRAWN", "DISQUALIFIED"})
        void anEntrantWithinTheQuotaWhoNoLongerCompetesHandsThePlaceDown(EntrantStatus status) {
            List<ResultsPublished.Result> results = field(95, 90, 85, 80, 75);
            assertThat(advancing(results, 3, AdvancementPolicy.defaults(), Map.of())).containsExactly(1, 2, 3);
            assertThat(advancing(with(results, 2, status), 3, AdvancementPolicy.defaults(), Map.of())).containsExactly(1, 3, 4);
        }

        @Test
        void anEntrantBelowTheQuotaLeavingChangesNothing() {
            assertThat(advancing(with(field(95, 90, 85, 80, 75), 5, DISQUALIFIED), 3, AdvancementPolicy.defaults(), Map.of()))
                    .containsExactly(1, 2, 3);
        }

        @Test
        void thePlaceHandedDownMeetsATieAtTheLineAndAllOfItAdvances() {
            // 95, 90, 85, 80, 80; quota 3; entrant 2 disqualified → 1, 2, 3, 3 for 1, 3, 4, 5: the tie at the line advances
            assertThat(advancing(with(field(95, 90, 85, 80, 80), 2, DISQUALIFIED), 3, AdvancementPolicy.defaults(), Map.of()))
                    .containsExactly(1, 3, 4, 5);
        }

        @Test
        void thePlaceHandedDownMeetsATieAtTheLineAndNoneOfItAdvancesUnderNone() {
            assertThat(advancing(with(field(95, 90, 85, 80, 80), 2, DISQUALIFIED), 3, new AdvancementPolicy(TiesAtLine.NONE, null),
                    Map.of())).containsExactly(1, 3);
        }

        @Test
        void aTieAcrossTheLineResolvedByAnEntrantLeavingAdvancesAlone() {
            // 95, 90, 90 with quota 2 under NONE: only 1 advances; entrant 3 withdraws → 1 and 2 advance
            AdvancementPolicy none = new AdvancementPolicy(TiesAtLine.NONE, null);
            assertThat(advancing(field(95, 90, 90), 2, none, Map.of())).containsExactly(1);
            assertThat(advancing(with(field(95, 90, 90), 3, WITHDRAWN), 2, none, Map.of())).containsExactly(1, 2);
        }

        @Test
        void theHandedDownPlaceRespectsTheCapPerFederation() {
            // quota 3, cap 1: federations A, A, B, B, C by entrant; entrant 1 (A) disqualified → 2 (A), 3 (B), 5 (C)
            Map<UUID, String> federations = Map.of(id(1), "A", id(2), "A", id(3), "B", id(4), "B", id(5), "C");
            AdvancementPolicy capped = new AdvancementPolicy(TiesAtLine.ALL, 1);
            assertThat(advancing(field(95, 90, 85, 80, 75), 3, capped, federations)).containsExactly(1, 3, 5);
            assertThat(advancing(with(field(95, 90, 85, 80, 75), 1, DISQUALIFIED), 3, capped, federations))
                    .containsExactly(2, 3, 5);
        }

        @Test
        void everyoneWithinTheQuotaLeavingAdvancesTheNextOnes() {
            List<ResultsPublished.Result> results = with(with(field(95, 90, 85, 80), 1, WITHDRAWN), 2, DISQUALIFIED);
            assertThat(advancing(results, 2, AdvancementPolicy.defaults(), Map.of())).containsExactly(3, 4);
        }

        @Test
        void fewerCompetingThanTheQuotaAdvancesEveryCompetingEntrant() {
            assertThat(advancing(with(field(95, 90), 1, DISQUALIFIED), 3, AdvancementPolicy.defaults(), Map.of()))
                    .containsExactly(2);
        }
    }

    @Nested
    class Revocations {

        @Test
        void belowTheQuotaSaysSoAsBefore() {
            assertThat(RevocationReason.of("krmy/rider", 2, COMPETING, null))
                    .isEqualTo("results version 2 of krmy/rider no longer places the entrant within the quota");
            assertThat(RevocationReason.of("krmy/rider", 2, null, null)).contains("no longer places the entrant within the quota");
        }

        @Test
        void aWithdrawalSaysTheEntrantWithdrewAndWhy() {
            assertThat(RevocationReason.of("krmy/rider", 3, WITHDRAWN, "因伤无法参加省赛"))
                    .startsWith("退赛：因伤无法参加省赛").contains("withdrew", "results version 3 of krmy/rider");
            assertThat(RevocationReason.of("krmy/rider", 3, WITHDRAWN, null)).startsWith("退赛 (the entrant withdrew");
        }

        @Test
        void aDisqualificationSaysSoAndWhy() {
            assertThat(RevocationReason.of("krmy/welder", 2, DISQUALIFIED, "使用违规工具"))
                    .startsWith("取消资格：使用违规工具").contains("disqualified", "results version 2 of krmy/welder");
        }
    }
}
