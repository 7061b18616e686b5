package org.skillscontest.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.scoring.domain.ScoreSheet.Entrant;
import org.skillscontest.scoring.domain.ScoreSheet.Flag;
import org.skillscontest.scoring.domain.ScoreSheet.MarkValue;
import org.skillscontest.scoring.domain.ScoreSheet.Row;

class ScoreSheetTest {

    static final Entrant E1 = entrant(1);
    static final Entrant E2 = entrant(2);
    static final Entrant E3 = entrant(3);
    static final Entrant STRANGER = entrant(99);

    /**
     * 30/70, tolerance 10 %: module A (max 100, weight 60) marked by j1, j2, j3; module B (max 50,
     * weight 40) marked by j4, j5.
     */
    static final ScoringScheme SCHEME = scheme(30, 70);
    static final Map<String, List<String>> PANEL = Map.of("A", List.of("j1", "j2", "j3"), "B", List.of("j4", "j5"));

    static Entrant entrant(int n) {
        return new Entrant(new UUID(0, n), new UUID(1, n));
    }

    static ScoringScheme scheme(int theoryWeight, int practicalWeight) {
        return new ScoringScheme(theoryWeight, practicalWeight, new BigDecimal("10"), List.of(
                new ScoringScheme.Module("A", "Module A", new BigDecimal("100"), 60),
                new ScoringScheme.Module("B", "Module B", new BigDecimal("50"), 40)));
    }

    static MarkValue mark(Entrant e, String module, String judge, String mark, Long seconds) {
        return new MarkValue(e.entryId(), module, judge, new BigDecimal(mark), seconds);
    }

    /**
     * A complete set for one entrant: A 80, 85, 90 (mean 85 → 0.85 × 60 = 51), times 600, 900, 750;
     * B 40, 42 (mean 41 → 0.82 × 40 = 32.8), times 1200 and none. Practical 83.8, time 900 + 1200.
     */
    static List<MarkValue> completeMarks(Entrant e) {
        return new ArrayList<>(List.of(
                mark(e, "A", "j1", "80", 600L),
                mark(e, "A", "j2", "85", 900L),
                mark(e, "A", "j3", "90", 750L),
                mark(e, "B", "j4", "40", 1200L),
                mark(e, "B", "j5", "42", null)));
    }

    static List<MarkValue> without(List<MarkValue> marks, String module, String judge) {
        return marks.stream().filter(m -> !(m.module().equals(module) && m.judge().equals(judge))).toList();
    }

    static Map<UUID, BigDecimal> theory(Entrant e, String score) {
        return Map.of(e.entryId(), new BigDecimal(score));
    }

    static Row only(List<Row> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Nested
    class Complete {

        @Test
        void completeEntrantHasTotalsTimeAndNothingMissing() {
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), completeMarks(E1), theory(E1, "90")));

            assertThat(row.entryId()).isEqualTo(E1.entryId());
            assertThat(row.personId()).isEqualTo(E1.personId());
            assertThat(row.missing()).isEmpty();
            assertThat(row.complete()).isTrue();
            assertThat(row.flags()).isEmpty();
            // practical 51 + 32.8 = 83.8; total 90 × 0.3 + 83.8 × 0.7 = 27 + 58.66 = 85.66
            assertThat(row.totals().theory()).isEqualByComparingTo("90");
            assertThat(row.totals().practical()).isEqualByComparingTo("83.80");
            assertThat(row.totals().total()).isEqualTo(new BigDecimal("85.66"));
            // A: max(600, 900, 750) = 900; B: max(1200, null → 0) = 1200
            assertThat(row.timeUsedSeconds()).isEqualTo(2100L);
        }

        @Test
        void fiveJudgePanelUsesTheTrimmedMean() {
            Map<String, List<String>> panel = Map.of("A", List.of("j1", "j2", "j3", "j6", "j7"), "B", List.of("j4", "j5"));
            List<MarkValue> marks = new ArrayList<>(completeMarks(E1));
            marks.add(mark(E1, "A", "j6", "20", 100L));  // lowest, dropped
            marks.add(mark(E1, "A", "j7", "100", 300L)); // highest, dropped
            // A counted 80, 85, 90 → 85 as before; spread 10 = tolerance → not flagged
            Row row = only(ScoreSheet.compute(SCHEME, panel, List.of(E1), marks, theory(E1, "90")));

            assertThat(row.missing()).isEmpty();
            assertThat(row.flags()).isEmpty();
            assertThat(row.totals().total()).isEqualTo(new BigDecimal("85.66"));
            assertThat(row.timeUsedSeconds()).isEqualTo(2100L);
        }

        @Test
        void totalsAreRoundedOnceOnTheSheetToo() {
            ScoringScheme scheme = new ScoringScheme(30, 70, new BigDecimal("10"), List.of(
                    new ScoringScheme.Module("A", "Module A", new BigDecimal("100"), 50),
                    new ScoringScheme.Module("B", "Module B", new BigDecimal("50"), 50)));
            Map<String, List<String>> panel = Map.of("A", List.of("j1", "j2", "j3"), "B", List.of("j4", "j5", "j6"));
            List<MarkValue> marks = List.of(
                    mark(E1, "A", "j1", "78", null), mark(E1, "A", "j2", "91", null), mark(E1, "A", "j3", "75", null),
                    mark(E1, "B", "j4", "38", null), mark(E1, "B", "j5", "42", null), mark(E1, "B", "j6", "38", null));
            // A 244/3 / 100 × 50 = 122/3; B 118/3 / 50 × 50 = 118/3; practical 240/3 = 80 exactly
            // total = 72.65 × 0.3 + 80 × 0.7 = 21.795 + 56 = 77.795 exactly → HALF_UP 77.80
            // (A spread 16 > 10 and B spread 4 ≤ 5: A flagged, totals still shown)
            Row row = only(ScoreSheet.compute(scheme, panel, List.of(E1), marks, theory(E1, "72.65")));

            assertThat(row.totals().practical()).isEqualTo(new BigDecimal("80.00"));
            assertThat(row.totals().total()).isEqualTo(new BigDecimal("77.80"));
            assertThat(row.flags()).extracting(Flag::module).containsExactly("A");
            assertThat(row.timeUsedSeconds()).isZero();
        }
    }

    @Nested
    class Missing {

        @Test
        void missingMarksAreListedAsModuleSlashJudge() {
            List<MarkValue> marks = without(without(completeMarks(E1), "A", "j2"), "B", "j5");
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, theory(E1, "90")));

            assertThat(row.missing()).containsExactlyInAnyOrder("A/j2", "B/j5");
            assertThat(row.complete()).isFalse();
            assertThat(row.totals()).isNull();
        }

        @Test
        void oneMissingMarkIsEnoughToWithholdTotals() {
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), without(completeMarks(E1), "B", "j4"),
                    theory(E1, "90")));

            assertThat(row.missing()).containsExactly("B/j4");
            assertThat(row.totals()).isNull();
        }

        @Test
        void anEntrantWithoutAnyMarksMissesEveryJudgeAndTheTheory() {
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), List.of(), Map.of()));

            assertThat(row.missing()).containsExactlyInAnyOrder("A/j1", "A/j2", "A/j3", "B/j4", "B/j5",
                    ScoreSheet.THEORY);
            assertThat(row.totals()).isNull();
            assertThat(row.flags()).isEmpty();
            assertThat(row.timeUsedSeconds()).isZero();
        }

        @Test
        void theoryIsMissingWhenItCountsAndHasNoScore() {
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), completeMarks(E1), Map.of()));

            assertThat(row.missing()).containsExactly("theory");
            assertThat(row.totals()).isNull();
            assertThat(row.timeUsedSeconds()).isEqualTo(2100L);
        }

        @Test
        void anotherEntrantsTheoryDoesNotCount() {
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), completeMarks(E1), theory(E2, "90")));

            assertThat(row.missing()).containsExactly("theory");
            assertThat(row.totals()).isNull();
        }

        @Test
        void noTheoryNeededWhenItHasNoWeight() {
            Row row = only(ScoreSheet.compute(scheme(0, 100), PANEL, List.of(E1), completeMarks(E1), Map.of()));

            assertThat(row.missing()).isEmpty();
            assertThat(row.complete()).isTrue();
            // total = practical = 83.8
            assertThat(row.totals().theory()).isEqualByComparingTo("0");
            assertThat(row.totals().practical()).isEqualByComparingTo("83.8");
            assertThat(row.totals().total()).isEqualTo(new BigDecimal("83.80"));
        }

        @Test
        void aTheoryScoreWithoutWeightIsShownButDoesNotCount() {
            Row row = only(ScoreSheet.compute(scheme(0, 100), PANEL, List.of(E1), completeMarks(E1),
                    theory(E1, "40")));

            assertThat(row.totals().theory()).isEqualByComparingTo("40");
            assertThat(row.totals().total()).isEqualTo(new BigDecimal("83.80"));
        }

        @Test
        void onlyTheoryCountingStillNeedsEveryPracticalMark() {
            // 100/0: practical has no weight, but the modules still have to be marked
            Row row = only(ScoreSheet.compute(scheme(100, 0), PANEL, List.of(E1), without(completeMarks(E1), "A", "j1"),
                    theory(E1, "90")));

            assertThat(row.missing()).containsExactly("A/j1");
            assertThat(row.totals()).isNull();
        }

        @Test
        void aModuleWithoutJudgesOnThePanelIsMissing() {
            Map<String, List<String>> panel = Map.of("A", List.of("j1", "j2", "j3"));
            Row row = only(ScoreSheet.compute(SCHEME, panel, List.of(E1), completeMarks(E1), theory(E1, "90")));

            assertThat(row.missing()).singleElement().asString().startsWith("B");
            assertThat(row.complete()).isFalse();
            assertThat(row.totals()).isNull();
            // A still counts its time: 900; B has no judges, so its recorded marks are not looked at
            assertThat(row.timeUsedSeconds()).isEqualTo(900L);
        }

        @Test
        void aModuleWithAnEmptyJudgeListIsMissing() {
            Map<String, List<String>> panel = Map.of("A", List.of("j1", "j2", "j3"), "B", List.of());
            Row row = only(ScoreSheet.compute(SCHEME, panel, List.of(E1), completeMarks(E1), theory(E1, "90")));

            assertThat(row.missing()).singleElement().asString().startsWith("B");
            assertThat(row.totals()).isNull();
        }

        @Test
        void noPanelAtAllLeavesEveryModuleMissing() {
            Row row = only(ScoreSheet.compute(SCHEME, null, List.of(E1), completeMarks(E1), theory(E1, "90")));

            assertThat(row.missing()).hasSize(2);
            assertThat(row.missing()).anySatisfy(m -> assertThat(m).startsWith("A"));
            assertThat(row.missing()).anySatisfy(m -> assertThat(m).startsWith("B"));
            assertThat(row.totals()).isNull();
            assertThat(row.timeUsedSeconds()).isZero();
        }

        @Test
        void marksOfJudgesNotOnTheModulesPanelDoNotFillAGap() {
            List<MarkValue> marks = new ArrayList<>(without(completeMarks(E1), "A", "j3"));
            marks.add(mark(E1, "A", "j4", "88", 5000L)); // j4 judges B, not A
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, theory(E1, "90")));

            assertThat(row.missing()).containsExactly("A/j3");
            assertThat(row.totals()).isNull();
            // A: max(600, 900) = 900, j4's 5000 on A ignored; B: 1200
            assertThat(row.timeUsedSeconds()).isEqualTo(2100L);
        }
    }

    @Nested
    class Flags {

        @Test
        void flagsAreReportedPerModule() {
            List<MarkValue> marks = List.of(
                    mark(E1, "A", "j1", "70", null), mark(E1, "A", "j2", "80", null), mark(E1, "A", "j3", "95", null),
                    mark(E1, "B", "j4", "40", null), mark(E1, "B", "j5", "45", null));
            // A: spread 95 - 70 = 25 > 10 % of 100 → flagged; B: spread 5 = 10 % of 50 → not flagged
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, theory(E1, "90")));

            assertThat(row.flags()).singleElement().satisfies(flag -> {
                assertThat(flag.entryId()).isEqualTo(E1.entryId());
                assertThat(flag.module()).isEqualTo("A");
                assertThat(flag.spread()).isEqualByComparingTo("25");
                assertThat(flag.tolerance()).isEqualByComparingTo("10");
            });
            // a flag does not withhold the totals: A 245/3 / 100 × 60 = 49; B 42.5/50 × 40 = 34; practical 83
            // total 90 × 0.3 + 83 × 0.7 = 27 + 58.1 = 85.1
            assertThat(row.missing()).isEmpty();
            assertThat(row.totals().practical()).isEqualByComparingTo("83");
            assertThat(row.totals().total()).isEqualTo(new BigDecimal("85.10"));
        }

        @Test
        void bothModulesFlagged() {
            List<MarkValue> marks = List.of(
                    mark(E1, "A", "j1", "70", null), mark(E1, "A", "j2", "80", null), mark(E1, "A", "j3", "80.5", null),
                    mark(E1, "B", "j4", "40", null), mark(E1, "B", "j5", "45.5", null));
            // A: 10.5 > 10; B: 5.5 > 5
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, theory(E1, "90")));

            assertThat(row.flags()).extracting(Flag::module).containsExactlyInAnyOrder("A", "B");
            assertThat(row.flags()).allSatisfy(f -> assertThat(f.entryId()).isEqualTo(E1.entryId()));
            assertThat(row.flags()).filteredOn(f -> f.module().equals("A")).singleElement().satisfies(f -> {
                assertThat(f.spread()).isEqualByComparingTo("10.5");
                assertThat(f.tolerance()).isEqualByComparingTo("10");
            });
            assertThat(row.flags()).filteredOn(f -> f.module().equals("B")).singleElement().satisfies(f -> {
                assertThat(f.spread()).isEqualByComparingTo("5.5");
                assertThat(f.tolerance()).isEqualByComparingTo("5");
            });
        }

        @Test
        void spreadEqualToToleranceIsNotFlagged() {
            List<MarkValue> marks = List.of(
                    mark(E1, "A", "j1", "80", null), mark(E1, "A", "j2", "85", null), mark(E1, "A", "j3", "90", null),
                    mark(E1, "B", "j4", "40", null), mark(E1, "B", "j5", "45", null));
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, theory(E1, "90")));

            assertThat(row.flags()).isEmpty();
        }

        @Test
        void trimmedOutlierIsNotFlagged() {
            Map<String, List<String>> panel = Map.of("A", List.of("j1", "j2", "j3", "j6", "j7"), "B", List.of("j4", "j5"));
            List<MarkValue> marks = new ArrayList<>(completeMarks(E1));
            marks.add(mark(E1, "A", "j6", "0", null));
            marks.add(mark(E1, "A", "j7", "100", null));
            Row row = only(ScoreSheet.compute(SCHEME, panel, List.of(E1), marks, theory(E1, "90")));

            assertThat(row.flags()).isEmpty();
        }

        @Test
        void flagsAreReportedWhileTheoryIsStillMissing() {
            List<MarkValue> marks = List.of(
                    mark(E1, "A", "j1", "70", null), mark(E1, "A", "j2", "80", null), mark(E1, "A", "j3", "95", null),
                    mark(E1, "B", "j4", "40", null), mark(E1, "B", "j5", "42", null));
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, Map.of()));

            assertThat(row.missing()).containsExactly("theory");
            assertThat(row.totals()).isNull();
            assertThat(row.flags()).extracting(Flag::module).containsExactly("A");
        }

        @Test
        void flagsBelongToTheirEntrant() {
            List<MarkValue> marks = new ArrayList<>(completeMarks(E1));
            marks.addAll(List.of(
                    mark(E2, "A", "j1", "80", null), mark(E2, "A", "j2", "80", null), mark(E2, "A", "j3", "80", null),
                    mark(E2, "B", "j4", "30", null), mark(E2, "B", "j5", "45", null)));  // B spread 15 > 5
            Map<UUID, BigDecimal> theory = Map.of(E1.entryId(), new BigDecimal("90"), E2.entryId(), new BigDecimal("90"));
            List<Row> rows = ScoreSheet.compute(SCHEME, PANEL, List.of(E1, E2), marks, theory);

            assertThat(rows.get(0).flags()).isEmpty();
            assertThat(rows.get(1).flags()).singleElement().satisfies(f -> {
                assertThat(f.entryId()).isEqualTo(E2.entryId());
                assertThat(f.module()).isEqualTo("B");
                assertThat(f.spread()).isEqualByComparingTo("15");
                assertThat(f.tolerance()).isEqualByComparingTo("5");
            });
        }
    }

    @Nested
    class TimeUsed {

        @Test
        void maximumPerModuleSummedOverModules() {
            List<MarkValue> marks = List.of(
                    mark(E1, "A", "j1", "80", 1000L), mark(E1, "A", "j2", "80", 3000L), mark(E1, "A", "j3", "80", 2000L),
                    mark(E1, "B", "j4", "40", 500L), mark(E1, "B", "j5", "40", 700L));
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, theory(E1, "90")));

            // 3000 + 700 (not the sum of all, 7200, nor the overall maximum, 3000)
            assertThat(row.timeUsedSeconds()).isEqualTo(3700L);
        }

        @Test
        void nullTimesCountAsZero() {
            List<MarkValue> marks = List.of(
                    mark(E1, "A", "j1", "80", null), mark(E1, "A", "j2", "80", null), mark(E1, "A", "j3", "80", null),
                    mark(E1, "B", "j4", "40", null), mark(E1, "B", "j5", "40", 450L));
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, theory(E1, "90")));

            // A: all null → 0; B: max(0, 450) = 450
            assertThat(row.timeUsedSeconds()).isEqualTo(450L);
        }

        @Test
        void timesOfRecordedMarksCountWhileOthersAreMissing() {
            List<MarkValue> marks = List.of(mark(E1, "A", "j2", "80", 1300L), mark(E1, "B", "j5", "40", 200L));
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, theory(E1, "90")));

            assertThat(row.missing()).containsExactlyInAnyOrder("A/j1", "A/j3", "B/j4");
            assertThat(row.timeUsedSeconds()).isEqualTo(1500L);
        }

        @Test
        void eachEntrantHasItsOwnTime() {
            List<MarkValue> marks = new ArrayList<>(completeMarks(E1));
            marks.addAll(List.of(
                    mark(E2, "A", "j1", "80", 100L), mark(E2, "A", "j2", "80", 200L), mark(E2, "A", "j3", "80", 300L),
                    mark(E2, "B", "j4", "40", 50L), mark(E2, "B", "j5", "40", 60L)));
            List<Row> rows = ScoreSheet.compute(SCHEME, PANEL, List.of(E1, E2), marks, Map.of());

            assertThat(rows).extracting(Row::timeUsedSeconds).containsExactly(2100L, 360L);
        }
    }

    @Nested
    class Entrants {

        @Test
        void oneRowPerEntrantInTheGivenOrder() {
            List<MarkValue> marks = new ArrayList<>();
            marks.addAll(completeMarks(E1));
            marks.addAll(completeMarks(E2));
            marks.addAll(completeMarks(E3));
            Map<UUID, BigDecimal> theory = new HashMap<>();
            theory.put(E1.entryId(), new BigDecimal("90"));
            theory.put(E2.entryId(), new BigDecimal("60"));  // 18 + 58.66 = 76.66
            theory.put(E3.entryId(), new BigDecimal("100")); // 30 + 58.66 = 88.66

            List<Row> rows = ScoreSheet.compute(SCHEME, PANEL, List.of(E3, E1, E2), marks, theory);

            assertThat(rows).extracting(Row::entryId).containsExactly(E3.entryId(), E1.entryId(), E2.entryId());
            assertThat(rows).extracting(Row::personId).containsExactly(E3.personId(), E1.personId(), E2.personId());
            assertThat(rows).extracting(r -> r.totals().total())
                    .containsExactly(new BigDecimal("88.66"), new BigDecimal("85.66"), new BigDecimal("76.66"));
        }

        @Test
        void marksOfEntrantsNotInTheListAreIgnored() {
            List<MarkValue> marks = new ArrayList<>(completeMarks(E1));
            // a stranger with wild marks and times, also on judges and modules of the panel
            marks.addAll(List.of(
                    mark(STRANGER, "A", "j1", "0", 99999L), mark(STRANGER, "A", "j2", "100", 99999L),
                    mark(STRANGER, "A", "j3", "100", 99999L), mark(STRANGER, "B", "j4", "0", 99999L),
                    mark(STRANGER, "B", "j5", "50", 99999L)));
            Map<UUID, BigDecimal> theory = Map.of(E1.entryId(), new BigDecimal("90"), STRANGER.entryId(), BigDecimal.ZERO);

            List<Row> rows = ScoreSheet.compute(SCHEME, PANEL, List.of(E1), marks, theory);

            Row row = only(rows);
            assertThat(row.entryId()).isEqualTo(E1.entryId());
            assertThat(row.flags()).isEmpty();
            assertThat(row.totals().total()).isEqualTo(new BigDecimal("85.66"));
            assertThat(row.timeUsedSeconds()).isEqualTo(2100L);
        }

        @Test
        void entrantsWithAndWithoutMarksSideBySide() {
            List<Row> rows = ScoreSheet.compute(SCHEME, PANEL, List.of(E1, E2), completeMarks(E1), theory(E1, "90"));

            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).complete()).isTrue();
            assertThat(rows.get(0).totals().total()).isEqualTo(new BigDecimal("85.66"));
            assertThat(rows.get(1).entryId()).isEqualTo(E2.entryId());
            assertThat(rows.get(1).complete()).isFalse();
            assertThat(rows.get(1).totals()).isNull();
            assertThat(rows.get(1).missing()).contains("A/j1", "B/j5", "theory");
        }

        @Test
        void noEntrantsNoRows() {
            assertThat(ScoreSheet.compute(SCHEME, PANEL, List.of(), completeMarks(E1), theory(E1, "90"))).isEmpty();
        }
    }

    /** Withdrawn (退赛) and disqualified (取消资格) entrants: who is on the sheet, and what holds the lock up. */
    @Nested
    class Statuses {

        Entrant withdrawn(Entrant e) {
            return new Entrant(e.entryId(), e.personId(), EntrantStatus.WITHDRAWN, "病假 sick leave");
        }

        Entrant disqualified(Entrant e) {
            return new Entrant(e.entryId(), e.personId(), EntrantStatus.DISQUALIFIED, "使用违规工具");
        }

        @Test
        void anEntrantWithoutStatusCompetes() {
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), completeMarks(E1), theory(E1, "90")));
            assertThat(row.status()).isEqualTo(EntrantStatus.COMPETING);
            assertThat(row.statusReason()).isNull();
            assertThat(row.competing()).isTrue();
            assertThat(new Entrant(E1.entryId(), E1.personId(), null, null).status()).isEqualTo(EntrantStatus.COMPETING);
        }

        @Test
        void anEntrantWithdrawnBeforeAnyMarkOrScoreDidNotTakePartAndIsLeftOff() {
            List<Row> rows = ScoreSheet.compute(SCHEME, PANEL, List.of(E1, withdrawn(E2)), completeMarks(E1), theory(E1, "90"));
            assertThat(rows).extracting(Row::entryId).containsExactly(E1.entryId());
        }

        @Test
        void anEntrantWithdrawnAfterOneMarkIsListedWithoutTotals() {
            List<MarkValue> marks = new ArrayList<>(completeMarks(E1));
            marks.add(mark(E2, "A", "j1", "70", 300L));
            List<Row> rows = ScoreSheet.compute(SCHEME, PANEL, List.of(E1, withdrawn(E2)), marks, theory(E1, "90"));
            Row row = rows.get(1);
            assertThat(row.entryId()).isEqualTo(E2.entryId());
            assertThat(row.status()).isEqualTo(EntrantStatus.WITHDRAWN);
            assertThat(row.statusReason()).isEqualTo("病假 sick leave");
            assertThat(row.competing()).isFalse();
            assertThat(row.totals()).isNull();
            assertThat(row.missing()).isNotEmpty();
        }

        @Test
        void anEntrantWithdrawnAfterTheTheoryScoreAloneIsListed() {
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(withdrawn(E1)), List.of(), theory(E1, "75")));
            assertThat(row.status()).isEqualTo(EntrantStatus.WITHDRAWN);
            assertThat(row.totals()).isNull();
        }

        @Test
        void anEntrantWithdrawnAfterTheLockKeepsTheTotals() {
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(withdrawn(E1)), completeMarks(E1), theory(E1, "90")));
            assertThat(row.status()).isEqualTo(EntrantStatus.WITHDRAWN);
            assertThat(row.totals().total()).isEqualByComparingTo(
                    only(ScoreSheet.compute(SCHEME, PANEL, List.of(E1), completeMarks(E1), theory(E1, "90"))).totals().total());
        }

        @Test
        void aDisqualifiedEntrantIsListedEvenWithoutAnyMark() {
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(disqualified(E1)), List.of(), Map.of()));
            assertThat(row.status()).isEqualTo(EntrantStatus.DISQUALIFIED);
            assertThat(row.statusReason()).isEqualTo("使用违规工具");
            assertThat(row.competing()).isFalse();
            assertThat(row.totals()).isNull();
        }

        @Test
        void aDisqualifiedEntrantWithEveryMarkKeepsTotalsAndFlags() {
            List<MarkValue> marks = new ArrayList<>(without(completeMarks(E1), "A", "j3"));
            marks.add(mark(E1, "A", "j3", "99", 600L)); // 80, 85, 99: spread 19 > 10
            Row row = only(ScoreSheet.compute(SCHEME, PANEL, List.of(disqualified(E1)), marks, theory(E1, "90")));
            assertThat(row.totals()).isNotNull();
            assertThat(row.flags()).extracting(Flag::module).containsExactly("A");
        }

        @Test
        void theOrderOfTheGivenEntrantsIsKept() {
            List<MarkValue> marks = new ArrayList<>(completeMarks(E1));
            marks.addAll(completeMarks(E3));
            List<Row> rows = ScoreSheet.compute(SCHEME, PANEL, List.of(disqualified(E3), E1, withdrawn(E2)), marks, Map.of(
                    E1.entryId(), BigDecimal.TEN, E3.entryId(), BigDecimal.ONE));
            assertThat(rows).extracting(Row::status).containsExactly(EntrantStatus.DISQUALIFIED, EntrantStatus.COMPETING);
        }
    }
}
