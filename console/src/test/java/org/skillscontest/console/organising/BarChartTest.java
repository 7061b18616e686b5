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
    void barsAreAsLongAsTheirValueOnTheScaleAndTheLargestNeverPassesThePlot() {
        BarChart chart = BarChart.of("c", "报名", List.of(new Datum("焊工", 32), new Datum("快递员", 16), new Datum("网约配送员", 0)));
        assertThat(chart.scaleMax()).isEqualTo(40);
        List<Bar> bars = chart.bars();
        assertThat(bars.get(0).width()).isCloseTo(chart.plotWidth() * 32 / 40, within(0.1));
        assertThat(bars.get(1).width()).isCloseTo(bars.get(0).width() / 2, within(0.1));
        assertThat(bars.get(2).width()).isZero();
        for (Bar bar : bars) {
            assertThat(bar.x()).isEqualTo(chart.plotX());
            assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(chart.plotX() + chart.plotWidth() + 0.05);
            assertThat(bar.valueX()).as("the figure after the bar").isGreaterThan(bar.x() + bar.width());
            assertThat(bar.valueX() + 6 * 0.6 * BarChart.FONT).as("room for a six-figure value").isLessThanOrEqualTo(BarChart.WIDTH);
            assertThat(bar.labelX()).as("the label before the bar").isLessThan(bar.x());
        }
        assertThat(chart.total()).isEqualTo(48);
    }

    @Test
    void rowsFollowOneAnotherWithoutOverlapAndTheChartIsTallEnoughForThemAndTheScale() {
        BarChart chart = BarChart.of("c", "t", List.of(new Datum("a", 1), new Datum("b", 2), new Datum("c", 3)));
        List<Bar> bars = chart.bars();
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).y()).isGreaterThanOrEqualTo(bars.get(i - 1).y() + bars.get(i - 1).height());
        }
        Bar last = bars.get(bars.size() - 1);
        assertThat(chart.axisY()).isGreaterThanOrEqualTo((int) Math.ceil(last.y() + last.height()));
        assertThat(chart.height()).isEqualTo(chart.axisY() + BarChart.AXIS);
        assertThat(chart.tickTextY()).isBetween(chart.axisY(), chart.height());
        // the text sits on the bar's middle
        assertThat(last.textY()).isBetween(last.y(), last.y() + last.height());
    }

    @Test
    void ticksRunFromZeroToTheScalesEndAcrossThePlot() {
        BarChart chart = BarChart.of("c", "t", List.of(new Datum("a", 7)));
        assertThat(chart.ticks()).extracting(BarChart.Tick::value).containsExactly(0L, 2L, 4L, 6L, 8L);
        assertThat(chart.ticks().get(0).x()).isEqualTo(chart.plotX());
        assertThat(chart.ticks().get(4).x()).isCloseTo(chart.plotX() + chart.plotWidth(), within(0.1));
    }

    @Test
    void theLabelColumnFitsTheLongestLabelUpToTwoFifthsOfTheWidthAndLongerLabelsAreCut() {
        BarChart shortLabels = BarChart.of("c", "t", List.of(new Datum("焊工", 1)));
        assertThat(shortLabels.plotX()).isEqualTo(2 * BarChart.FONT + BarChart.GAP);
        assertThat(BarChart.textWidth("焊工 m1")).isCloseTo(2 * 14 + 3 * 0.6 * 14, within(0.01));

        String longName = "新疆维吾尔自治区总工会工业机器人系统运维员竞赛项目";
        BarChart chart = BarChart.of("c", "t", List.of(new Datum(longName, 5), new Datum("焊工", 3)));
        assertThat(chart.plotX()).isEqualTo(BarChart.WIDTH * BarChart.MAX_LABEL_SHARE + BarChart.GAP);
        Bar cut = chart.bars().get(0);
        assertThat(cut.label()).isEqualTo(longName);
        assertThat(cut.shownLabel()).endsWith("…").startsWith("新疆维吾尔自治区");
        assertThat(BarChart.textWidth(cut.shownLabel())).isLessThanOrEqualTo(BarChart.WIDTH * BarChart.MAX_LABEL_SHARE);
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
