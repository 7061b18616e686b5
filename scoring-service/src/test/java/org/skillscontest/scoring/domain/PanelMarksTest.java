package org.skillscontest.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The panel rules: trimmed mean from five judges, spread of the counted marks, tolerance, share. */
class PanelMarksTest {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal TEN_PERCENT = new BigDecimal("10");

    /** "80;90;70" → [80, 90, 70], in the given order. */
    static List<BigDecimal> marks(String semicolonSeparated) {
        return Arrays.stream(semicolonSeparated.split(";")).map(String::trim).map(BigDecimal::new).toList();
    }

    static PanelMarks panel(String marks) {
        return new PanelMarks(marks(marks), HUNDRED, TEN_PERCENT);
    }

    static PanelMarks panel(String marks, String maxMark, String tolerancePercent) {
        return new PanelMarks(marks(marks), new BigDecimal(maxMark), new BigDecimal(tolerancePercent));
    }

    /** Compares numerically (scale-insensitive), element by element. */
    static void assertSameValues(List<BigDecimal> actual, List<BigDecimal> expected) {
        assertThat(actual).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected);
    }

    @Nested
    class JudgeCounts {

        @ParameterizedTest(name = "{0} judges: {1} → counted {2}, mean {3}, spread {4}")
        @CsvSource({
                // 1–4 judges: every mark counts
                "1, 85,                        85,                85,   0",
                "2, 90;80,                     80;90,             85,   10",     // (80+90)/2
                "3, 90;70;80,                  70;80;90,          80,   20",     // 240/3
                "4, 95;60;80;70,               60;70;80;95,       76.25, 35",    // 305/4
                // 5–7 judges: one highest and one lowest dropped
                "5, 90;50;100;70;80,           70;80;90,          80,   20",     // drop 50, 100 → 240/3
                "6, 99;70;40;85;75;80,         70;75;80;85,       77.5, 15",     // drop 40, 99 → 310/4
                "7, 64;10;60;100;68;62;66,     60;62;64;66;68,    64,   8",      // drop 10, 100 → 320/5
        })
        void countedMeanAndSpreadByNumberOfJudges(int judges, String given, String expectedCounted, BigDecimal mean,
                                                  BigDecimal spread) {
            PanelMarks p = panel(given);

            assertThat(p.marks()).hasSize(judges);
            assertSameValues(p.counted(), marks(expectedCounted));
            assertThat(p.mean()).isEqualByComparingTo(mean);
            assertThat(p.spread()).isEqualByComparingTo(spread);
        }

        @Test
        void fourJudgesKeepAnOutlierButFiveDropIt() {
            // 4 judges: (10+80+80+80)/4 = 62.5, spread 70 → flagged
            PanelMarks four = panel("10;80;80;80");
            assertThat(four.counted()).hasSize(4);
            assertThat(four.mean()).isEqualByComparingTo("62.5");
            assertThat(four.spread()).isEqualByComparingTo("70");
            assertThat(four.flagged()).isTrue();

            // 5 judges: 10 and one 80 dropped → 80, 80, 80
            PanelMarks five = panel("10;80;80;80;80");
            assertSameValues(five.counted(), marks("80;80;80"));
            assertThat(five.mean()).isEqualByComparingTo("80");
            assertThat(five.spread()).isEqualByComparingTo("0");
            assertThat(five.flagged()).isFalse();
        }

        @Test
        void givenMarksAreKeptAsGivenAndUnmodifiable() {
            List<BigDecimal> given = new ArrayList<>(marks("90;50;100;70;80"));
            PanelMarks p = new PanelMarks(given, HUNDRED, TEN_PERCENT);
            given.clear();

            assertSameValues(p.marks(), marks("90;50;100;70;80"));
            assertThatThrownBy(() -> p.marks().add(BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Ties {

        @Test
        void tiedHighestAndLowestDropOnlyOneEach() {
            // 80,80,80,90,90: one 80 and one 90 dropped → 80, 80, 90
            PanelMarks p = panel("90;80;90;80;80");

            assertSameValues(p.counted(), marks("80;80;90"));
            // 250/3 = 83.333…
            assertThat(p.mean()).isCloseTo(new BigDecimal("83.33333333333333"), within(new BigDecimal("1e-12")));
            assertThat(p.spread()).isEqualByComparingTo("10");
        }

        @ParameterizedTest(name = "{0} → counted {1}, mean {2}, spread {3}")
        @CsvSource({
                "75;75;75;75;75,          75;75;75,         75, 0",   // all equal
                "90;90;90;90;60,          90;90;90,         90, 0",   // 60 and one of four 90s dropped
                "70;70;80;90;90,          70;80;90,         80, 20",  // one 70 and one 90 dropped
                "70;70;70;70;70;100,      70;70;70;70,      70, 0",   // one 70 and the 100 dropped
                "50;50;60;60;60;60;60,    50;60;60;60;60,   58, 10",  // one 50 and one 60 dropped: 290/5
        })
        void tiesAtTheEdges(String given, String expectedCounted, BigDecimal mean, BigDecimal spread) {
            PanelMarks p = panel(given);

            assertSameValues(p.counted(), marks(expectedCounted));
            assertThat(p.mean()).isEqualByComparingTo(mean);
            assertThat(p.spread()).isEqualByComparingTo(spread);
        }
    }

    @Nested
    class Mean {

        @Test
        void meanIsNotRounded() {
            // (70+70+71)/3 = 211/3 = 70.3333…
            PanelMarks p = panel("70;70;71");

            assertThat(p.mean()).isCloseTo(new BigDecimal("70.33333333333333"), within(new BigDecimal("1e-12")));
            assertThat(p.mean()).isNotEqualByComparingTo("70.33");
        }

        @Test
        void decimalMarks() {
            // (7.5+8+8.5)/3 = 8; spread 1 = 10 % of 10, not flagged
            PanelMarks p = panel("8.5;7.5;8", "10", "10");

            assertThat(p.mean()).isEqualByComparingTo("8");
            assertThat(p.spread()).isEqualByComparingTo("1");
            assertThat(p.tolerance()).isEqualByComparingTo("1");
            assertThat(p.flagged()).isFalse();
        }

        @Test
        void halfwayMeanIsKeptExactly() {
            // (70 + 70.01)/2 = 70.005, exactly
            assertThat(panel("70;70.01").mean()).isEqualByComparingTo("70.005");
        }
    }

    @Nested
    class ToleranceAndFlag {

        @ParameterizedTest(name = "{0} of max {1} at {2} %: spread {3}, tolerance {4}, flagged {5}")
        @CsvSource({
                // max 100, 10 % → tolerance 10
                "80;90,                 100, 10,  10,   10,   false",  // equal to tolerance: not flagged
                "80;90.01,              100, 10,  10.01, 10,  true",
                "80;89.99,              100, 10,  9.99, 10,   false",
                "60;75;100,             100, 10,  40,   10,   true",
                // max 50, 10 % → tolerance 5
                "40;45,                 50,  10,  5,    5,    false",
                "40;45.5,               50,  10,  5.5,  5,    true",
                "40;44.5,               50,  10,  4.5,  5,    false",
                // max 20, 10 % → tolerance 2
                "15;17,                 20,  10,  2,    2,    false",
                "15;17.25,              20,  10,  2.25, 2,    true",
                "15;16;17,              20,  10,  2,    2,    false",
                // five judges, max 50: spread of the counted marks only
                "10;40;42;45;50,        50,  10,  5,    5,    false",  // counted 40, 42, 45
                "10;40;42;45.01;50,     50,  10,  5.01, 5,    true",   // counted 40, 42, 45.01
                "0;70;72;74;100,        100, 10,  4,    10,   false",  // raw spread 100, counted 70..74
                // other percentages
                "80;87.5,               100, 7.5, 7.5,  7.5,  false",
                "80;87.6,               100, 7.5, 7.6,  7.5,  true",
                "20;24.5,               30,  15,  4.5,  4.5,  false",  // 15 % of 30 = 4.5
                "20;24.6,               30,  15,  4.6,  4.5,  true",
                "70;70,                 100, 0,   0,    0,    false",  // zero tolerance, zero spread
                "70;70.5,               100, 0,   0.5,  0,    true",
                "100,                   100, 0,   0,    0,    false",  // a single judge never spreads
        })
        void flaggedOnlyWhenSpreadExceedsTolerance(String given, String maxMark, String tolerancePercent,
                                                   BigDecimal spread, BigDecimal tolerance, boolean flagged) {
            PanelMarks p = panel(given, maxMark, tolerancePercent);

            assertThat(p.spread()).isEqualByComparingTo(spread);
            assertThat(p.tolerance()).isEqualByComparingTo(tolerance);
            assertThat(p.flagged()).isEqualTo(flagged);
        }

        @ParameterizedTest(name = "{1} % of {0} = {2}")
        @CsvSource({
                "100, 10,  10",
                "50,  10,  5",
                "20,  10,  2",
                "10,  10,  1",
                "30,  15,  4.5",
                "100, 7.5, 7.5",
                "40,  12.5, 5",
                "100, 0,   0",
        })
        void toleranceIsPercentOfMaxMark(String maxMark, String tolerancePercent, BigDecimal tolerance) {
            assertThat(panel("1", maxMark, tolerancePercent).tolerance()).isEqualByComparingTo(tolerance);
        }
    }

    @Nested
    class Share {

        @ParameterizedTest(name = "{0} of {1} → share {2}")
        @CsvSource({
                "70;80;90,          100, 0.8",     // 80/100
                "40;45,             50,  0.85",    // 42.5/50
                "15;17,             20,  0.8",     // 16/20
                "15;16;17;18,       20,  0.825",   // 16.5/20
                "10;40;42;47;50,    50,  0.86",    // counted 40, 42, 47 → 43/50
                "50;50,             50,  1",
                "0;0;0,             20,  0",
        })
        void shareIsMeanOverMaxMark(String given, String maxMark, BigDecimal share) {
            assertThat(panel(given, maxMark, "10").share()).isEqualByComparingTo(share);
        }

        @Test
        void shareIsNotRounded() {
            // 10/30 = 0.3333…
            PanelMarks p = panel("10", "30", "10");

            assertThat(p.share()).isCloseTo(new BigDecimal("0.3333333333333333"), within(new BigDecimal("1e-15")));
            assertThat(p.share()).isNotEqualByComparingTo("0.33");
        }
    }

    @Test
    void emptyMarksThrow() {
        assertThatThrownBy(() -> new PanelMarks(List.of(), HUNDRED, TEN_PERCENT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
