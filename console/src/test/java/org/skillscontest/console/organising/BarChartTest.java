package org.skillscontest.console.organising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.organising.BarChart.Bar;
import org.skillscontest.console.organising.BarChart.Datum;

class BarChartTest {

    @Test
    void theScaleEndsAtARoundNumberAtOrAboveTheLargestValueInAtMostFiveSteps() {
        assertThat(BarChart.step(0)).isEqualTo(1);
        assertThat(BarChart.step(3)).isEqualTo(1);
        assertThat(BarChart.step(7)).isEqualTo(2);
        assertThat(BarChart.step(100)).isEqualTo(50);
        assertThat(BarChart.step(42_650)).isEqualTo(20_000);
        assertThat(scale(7)).isEqualTo(8);
        assertThat(scale(3)).isEqualTo(3);
        assertThat(scale(100)).isEqualTo(100);
        assertThat(scale(101)).isEqualTo(150);
        assertThat(scale(42_650)).isEqualTo(60_000);
        assertThat(scale(0)).as("nothing counted yet: a scale of 1, bars of no length").isEqualTo(1);
    }

    private static long scale(long max) {
        return BarChart.of("c", "t", List.of(new Datum("a", max))).scaleMax();
    }

    @Test
    void barsAreAsLongAsTheirValueOnTheScaleAndLeaveRoomForTheirFigure() {
        BarChart chart = BarChart.of("c", "报名", List.of(new Datum("焊工", 32), new Datum("快递员", 16), new Datum("网约配送员", 0)));
        assertThat(chart.scaleMax()).isEqualTo(40);
        List<Bar> bars = chart.bars();
        assertThat(bars.get(0).widthPercent()).isEqualTo(64.0); // 32 of 40 on 80 % of the width
        assertThat(bars.get(1).widthPercent()).isEqualTo(32.0);
        assertThat(bars.get(2).widthPercent()).isZero();
        BarChart full = BarChart.of("c", "t", List.of(new Datum("a", 40)));
        assertThat(full.bars().get(0).widthPercent()).as("the longest bar ends where the scale does").isEqualTo(BarChart.PLOT_PERCENT);
        assertThat(100 - BarChart.PLOT_PERCENT).as("a six-figure value fits after it on a 360 px phone")
                .isGreaterThanOrEqualTo((6 + 6 * 0.6 * BarChart.FONT) / 360 * 100);
        assertThat(chart.total()).isEqualTo(48);
    }

    @Test
    void eachRowIsItsLabelThenItsBarAndRowsDoNotOverlap() {
        BarChart chart = BarChart.of("c", "t", List.of(new Datum("a", 1), new Datum("b", 2), new Datum("c", 3)));
        List<Bar> bars = chart.bars();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            assertThat(bar.labelY()).as("label baseline above its bar").isLessThan(bar.y()).isGreaterThan(bar.y() - BarChart.LABEL);
            assertThat(bar.textY()).as("the figure on the bar's middle").isBetween(bar.y(), bar.y() + bar.height());
            if (i > 0) {
                Bar before = bars.get(i - 1);
                assertThat(bar.labelY() - BarChart.FONT).as("a label starts below the bar before").isGreaterThan(before.y() + before.height());
            }
        }
        Bar last = bars.get(bars.size() - 1);
        assertThat(chart.axisY()).isGreaterThanOrEqualTo(last.y() + last.height());
        assertThat(chart.height()).isEqualTo(chart.axisY() + BarChart.AXIS);
        assertThat(chart.tickTextY()).isBetween(chart.axisY() + BarChart.FONT - 4, chart.height());
    }

    @Test
    void ticksRunFromZeroToTheScalesEndTheFirstFigureStartingAtTheEdge() {
        BarChart chart = BarChart.of("c", "t", List.of(new Datum("a", 7)));
        assertThat(chart.ticks()).extracting(BarChart.Tick::value).containsExactly(0L, 2L, 4L, 6L, 8L);
        assertThat(chart.ticks()).extracting(BarChart.Tick::xPercent).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0);
        assertThat(chart.ticks()).extracting(BarChart.Tick::anchor).containsExactly("start", "middle", "middle", "middle", "middle");
        assertThat(BarChart.of("c", "t", List.of(new Datum("a", 3))).ticks()).extracting(BarChart.Tick::xPercent)
                .containsExactly(0.0, 26.7, 53.3, 80.0);
    }

    @Test
    void labelsTooLongForAPhoneAreCutAndTheWholeLabelIsKept() {
        assertThat(BarChart.textWidth("焊工 m1")).isCloseTo(2 * 14 + 3 * 0.6 * 14, within(0.01));
        String longName = "新疆维吾尔自治区总工会工业机器人系统运维员竞赛项目决赛第一组";
        BarChart chart = BarChart.of("c", "t", List.of(new Datum(longName, 5), new Datum("焊工", 3)));
        Bar cut = chart.bars().get(0);
        assertThat(cut.label()).isEqualTo(longName);
        assertThat(cut.shownLabel()).endsWith("…").startsWith("新疆维吾尔自治区");
        assertThat(BarChart.textWidth(cut.shownLabel())).isLessThanOrEqualTo(BarChart.MAX_LABEL);
        assertThat(chart.bars().get(1).shownLabel()).isEqualTo("焊工");
    }

    @Test
    void anEmptyChartHasNoBarsButAScale() {
        BarChart chart = BarChart.of("c", "t", List.of());
        assertThat(chart.empty()).isTrue();
        assertThat(chart.height()).isEqualTo(BarChart.TOP + BarChart.AXIS);
        assertThat(chart.total()).isZero();
    }
}
