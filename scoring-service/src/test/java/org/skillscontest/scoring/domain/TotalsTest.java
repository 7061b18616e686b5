package org.skillscontest.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillscontest.contracts.ScoringScheme;

/**
 * practical = Σ (mean / max × weight), total = theory × theoryWeight % + practical × practicalWeight %,
 * rounded once, HALF_UP, to 2 decimals. Expected values are worked out by hand in the comments.
 */
class TotalsTest {

    static final BigDecimal TEN_PERCENT = new BigDecimal("10");

    static ScoringScheme.Module module(String code, String maxMark, int weight) {
        return new ScoringScheme.Module(code, "Module " + code, new BigDecimal(maxMark), weight);
    }

    static ScoringScheme scheme(int theoryWeight, int practicalWeight, ScoringScheme.Module... modules) {
        return new ScoringScheme(theoryWeight, practicalWeight, TEN_PERCENT, List.of(modules));
    }

    static PanelMarks marks(String semicolonSeparated, String maxMark) {
        List<BigDecimal> values = Arrays.stream(semicolonSeparated.split(";")).map(String::trim).map(BigDecimal::new)
                .toList();
        return new PanelMarks(values, new BigDecimal(maxMark), TEN_PERCENT);
    }

    static BigDecimal bd(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** Asserts value and scale: every figure is shown with exactly 2 decimals. */
    static void assertTotals(Totals totals, String theory, String practical, String total) {
        assertThat(totals.theory()).isEqualTo(new BigDecimal(theory));
        assertThat(totals.practical()).isEqualTo(new BigDecimal(practical));
        assertThat(totals.total()).isEqualTo(new BigDecimal(total));
    }

    @Nested
    class Weights {

        @ParameterizedTest(name = "{0}/{1}, theory {2}: total {4}")
        @CsvSource({
                // one module, max 100, weight 100, marks 80 and 90 → practical 85
                "30,  70,  90,     90.00, 86.50",  // 27 + 59.5
                "0,   100, 90,     90.00, 85.00",  // theory shown, not counted
                "100, 0,   90,     90.00, 90.00",  // practical shown, not counted
                "50,  50,  90,     90.00, 87.50",  // 45 + 42.5
                "40,  60,  90,     90.00, 87.00",  // 36 + 51
                "25,  75,  90,     90.00, 86.25",  // 22.5 + 63.75
                "100, 0,   77.777, 77.78, 77.78",  // theory alone, rounded once
                "30,  70,  0,      0.00,  59.50",  // 0 + 59.5
                "30,  70,  100,    100.00, 89.50", // 30 + 59.5
        })
        void theoryAndPracticalWeights(int theoryWeight, int practicalWeight, String theory, String shownTheory,
                                       String total) {
            Totals totals = Totals.of(scheme(theoryWeight, practicalWeight, module("A", "100", 100)),
                    Map.of("A", marks("80;90", "100")), bd(theory));

            assertTotals(totals, shownTheory, "85.00", total);
        }

        @ParameterizedTest(name = "{0}/{1}, no theory: total {2}")
        @CsvSource({
                "30,  70,  59.50",  // 0 × 0.3 + 85 × 0.7
                "0,   100, 85.00",
                "100, 0,   0.00",
                "50,  50,  42.50",
        })
        void missingTheoryCountsAsZero(int theoryWeight, int practicalWeight, String total) {
            Totals totals = Totals.of(scheme(theoryWeight, practicalWeight, module("A", "100", 100)),
                    Map.of("A", marks("80;90", "100")), null);

            assertTotals(totals, "0.00", "85.00", total);
        }
    }

    @Nested
    class SeveralModules {

        @Test
        void differentMaxMarksAndWeights() {
            ScoringScheme scheme = scheme(30, 70,
                    module("A1", "100", 50),
                    module("B2", "50", 30),
                    module("C3", "20", 20));
            Map<String, PanelMarks> panels = Map.of(
                    "A1", marks("60;75;80;85;95", "100"), // trimmed: 75, 80, 85 → 80/100 × 50 = 40
                    "B2", marks("40;45", "50"),           // 42.5/50 × 30 = 25.5
                    "C3", marks("15;16;17;18", "20"));    // 16.5/20 × 20 = 16.5
            // practical 40 + 25.5 + 16.5 = 82; total 70 × 0.3 + 82 × 0.7 = 21 + 57.4 = 78.4

            assertTotals(Totals.of(scheme, panels, bd("70")), "70.00", "82.00", "78.40");
        }

        @Test
        void fullMarksGiveOneHundred() {
            ScoringScheme scheme = scheme(30, 70,
                    module("A", "10", 10), module("B", "20", 20), module("C", "50", 30), module("D", "100", 40));
            Map<String, PanelMarks> panels = Map.of(
                    "A", marks("10;10;10", "10"),
                    "B", marks("20", "20"),
                    "C", marks("50;50;50;50;50", "50"),
                    "D", marks("100;100", "100"));

            assertTotals(Totals.of(scheme, panels, bd("100")), "100.00", "100.00", "100.00");
        }

        @Test
        void zeroMarksGiveZero() {
            ScoringScheme scheme = scheme(30, 70, module("A", "50", 60), module("B", "20", 40));
            Map<String, PanelMarks> panels = Map.of("A", marks("0;0;0", "50"), "B", marks("0;0", "20"));

            assertTotals(Totals.of(scheme, panels, bd("0")), "0.00", "0.00", "0.00");
        }

        @Test
        void fiftyFiftyWithSeveralModules() {
            ScoringScheme scheme = scheme(50, 50, module("W", "20", 25), module("X", "50", 75));
            Map<String, PanelMarks> panels = Map.of(
                    "W", marks("18;12;20;19;16", "20"),  // trimmed: 16, 18, 19 → 53/3 / 20 × 25 = 22.0833…
                    "X", marks("44;46", "50"));           // 45/50 × 75 = 67.5
            // practical 89.58333…; total 0.5 × 80 + 0.5 × 89.58333… = 40 + 44.791666… = 84.791666… → 84.79

            assertTotals(Totals.of(scheme, panels, bd("80")), "80.00", "89.58", "84.79");
        }

        @Test
        void aMissingModuleThrows() {
            ScoringScheme scheme = scheme(30, 70, module("A", "100", 50), module("B", "50", 50));

            assertThatThrownBy(() -> Totals.of(scheme, Map.of("A", marks("80", "100")), bd("90")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("B");
            assertThatThrownBy(() -> Totals.of(scheme, Map.of(), bd("90")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void panelsOutsideTheSchemeDoNotCount() {
            Map<String, PanelMarks> panels = new LinkedHashMap<>();
            panels.put("A", marks("80;90", "100"));
            panels.put("ZZ", marks("0", "100"));

            assertTotals(Totals.of(scheme(30, 70, module("A", "100", 100)), panels, bd("90")), "90.00", "85.00", "86.50");
        }
    }

    @Nested
    class RoundedOnceAtTheEnd {

        @Test
        void unroundedMeanCarriesIntoTheTotal() {
            // 70, 70, 71 → mean 211/3 = 70.3333…, practical 70.3333…
            // total = 80.01 × 0.3 + 70.3333… × 0.7 = 24.003 + 49.23333… = 73.23633… → 73.24
            // rounding the mean or the practical first: 24.003 + 70.33 × 0.7 = 24.003 + 49.231 = 73.234 → 73.23
            Totals totals = Totals.of(scheme(30, 70, module("A", "100", 100)),
                    Map.of("A", marks("70;70;71", "100")), bd("80.01"));

            assertTotals(totals, "80.01", "70.33", "73.24");
        }

        @Test
        void moduleContributionsAreNotRoundedOneByOne() {
            ScoringScheme scheme = scheme(0, 100, module("A", "100", 40), module("B", "50", 60));
            Map<String, PanelMarks> panels = Map.of(
                    "A", marks("70;70;71", "100"),       // 211/3 / 100 × 40 = 28.13333…
                    "B", marks("40;40;40.01", "50"));    // 120.01/3 / 50 × 60 = 48.004
            // exact: 76.137333… → 76.14; each module rounded first: 28.13 + 48.00 = 76.13

            assertTotals(Totals.of(scheme, panels, null), "0.00", "76.14", "76.14");
        }

        @Test
        void halfUpNotHalfEven() {
            // (70 + 70.01)/2 = 70.005 exactly → HALF_UP 70.01 (HALF_EVEN would give 70.00)
            Totals totals = Totals.of(scheme(0, 100, module("A", "100", 100)),
                    Map.of("A", marks("70;70.01", "100")), null);

            assertTotals(totals, "0.00", "70.01", "70.01");
        }

        @Test
        void halfUpOnTheTheoryPart() {
            // 50/50: theory 70.01, practical 70 → 35.005 + 35 = 70.005 → 70.01
            Totals totals = Totals.of(scheme(50, 50, module("A", "100", 100)),
                    Map.of("A", marks("70", "100")), bd("70.01"));

            assertTotals(totals, "70.01", "70.00", "70.01");
        }

        @Test
        void thirdsThatAddUpExactlyOnAHalf() {
            ScoringScheme scheme = scheme(30, 70, module("A", "100", 50), module("B", "50", 50));
            Map<String, PanelMarks> panels = Map.of(
                    "A", marks("78;91;75", "100"),   // 244/3 / 100 × 50 = 122/3 = 40.6666…
                    "B", marks("38;42;38", "50"));   // 118/3 / 50 × 50 = 118/3 = 39.3333…
            // practical = 240/3 = 80 exactly
            // total = 72.65 × 0.3 + 80 × 0.7 = 21.795 + 56 = 77.795 exactly → HALF_UP 77.80

            assertTotals(Totals.of(scheme, panels, bd("72.65")), "72.65", "80.00", "77.80");
        }

        @Test
        void aThirdThatBecomesWholeOnAHalf() {
            ScoringScheme scheme = scheme(30, 70, module("A", "100", 40), module("B", "20", 60));
            Map<String, PanelMarks> panels = Map.of(
                    "A", marks("85;90;83", "100"),   // 258/3 = 86 → 0.86 × 40 = 34.4
                    "B", marks("15;16;18", "20"));   // 49/3 / 20 × 60 = 49 exactly
            // practical 83.4; total = 84.35 × 0.3 + 83.4 × 0.7 = 25.305 + 58.38 = 83.685 exactly → 83.69

            assertTotals(Totals.of(scheme, panels, bd("84.35")), "84.35", "83.40", "83.69");
        }

        @Test
        void quarterWeightCancelsTheThird() {
            // max 20: 12, 12, 12.1 → 36.1/3 / 20 × 100 = 60.1666… → shown 60.17
            // 25/75: 60 × 0.25 + 60.1666… × 0.75 = 15 + 45.125 = 60.125 exactly → 60.13
            Totals totals = Totals.of(scheme(25, 75, module("A", "20", 100)),
                    Map.of("A", marks("12;12;12.1", "20")), bd("60"));

            assertTotals(totals, "60.00", "60.17", "60.13");
        }
    }
}
