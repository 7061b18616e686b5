package org.skillscontest.console.organising;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart's geometry, which the page draws as inline SVG (no script, prints as it shows).
 * Horizontal because the labels are Chinese event and federation names, which read badly on a slant.
 * The scale runs from 0 to a round number (steps of 1, 2 or 5 × 10ⁿ, at most five steps) at or above the
 * largest value; each bar's length is its value on that scale; labels too long for their column are cut
 * with 「…」 (the whole label is the bar's SVG title, and the table under the chart has every figure).
 * Coordinates are in the SVG's own units ({@link #WIDTH} wide), to one decimal.
 */
public final class BarChart {

    public static final int WIDTH = 640;
    static final int FONT = 14;
    static final int ROW = 32;
    static final int BAR = 20;
    static final int TOP = 8;
    static final int AXIS = 24;
    /** Room right of the longest bar for its figure. */
    static final int VALUE_ROOM = 56;
    static final int GAP = 8;
    static final double MAX_LABEL_SHARE = 0.4;

    /** One figure: what it counts, how many, and a tone for its colour (award bars are gold, silver, …). */
    public record Datum(String label, long value, String tone) {

        public Datum(String label, long value) {
            this(label, value, "");
        }
    }

    /** A bar as drawn: its rectangle, its label (cut to fit) right-aligned before it, its figure after it. */
    public record Bar(String label, String shownLabel, long value, String tone, double x, double y, double width,
                      double height, double labelX, double textY, double valueX) {
    }

    /** A grid line and its figure under the axis. */
    public record Tick(long value, double x) {
    }

    private final String id;
    private final String title;
    private final List<Bar> bars;
    private final List<Tick> ticks;
    private final long scaleMax;
    private final double plotX;
    private final double plotWidth;

    private BarChart(String id, String title, List<Bar> bars, List<Tick> ticks, long scaleMax, double plotX, double plotWidth) {
        this.id = id;
        this.title = title;
        this.bars = bars;
        this.ticks = ticks;
        this.scaleMax = scaleMax;
        this.plotX = plotX;
        this.plotWidth = plotWidth;
    }

    public static BarChart of(String id, String title, List<Datum> data) {
        double labelColumn = Math.min(WIDTH * MAX_LABEL_SHARE,
                data.stream().mapToDouble(d -> textWidth(d.label())).max().orElse(0));
        double plotX = round(labelColumn + GAP);
        double plotWidth = WIDTH - plotX - VALUE_ROOM;
        long max = data.stream().mapToLong(Datum::value).max().orElse(0);
        long step = step(max);
        long scaleMax = Math.max(step, (max + step - 1) / step * step);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            double y = TOP + i * ROW + (ROW - BAR) / 2.0;
            double width = round(plotWidth * Math.max(0, d.value()) / scaleMax);
            bars.add(new Bar(d.label(), fit(d.label(), labelColumn), d.value(), d.tone(), plotX, y, width, BAR,
                    round(plotX - GAP / 2.0), round(y + BAR / 2.0 + FONT * 0.35), round(plotX + width + GAP / 2.0)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= scaleMax; value += step) {
            ticks.add(new Tick(value, round(plotX + plotWidth * value / scaleMax)));
        }
        return new BarChart(id, title, List.copyOf(bars), List.copyOf(ticks), scaleMax, plotX, plotWidth);
    }

    /** The step of the scale: the smallest of 1, 2, 5, 10, 20, 50, … that divides {@code max} into at most four steps (five with a remainder). */
    static long step(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m * 4 >= max) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    /** The width a label takes at {@link #FONT}: a Chinese character a full em, Latin letters and figures about 0.6 em. */
    static double textWidth(String text) {
        return text.codePoints().mapToDouble(BarChart::charWidth).sum();
    }

    private static double charWidth(int codePoint) {
        return (codePoint >= 0x2E80 ? 1.0 : 0.6) * FONT;
    }

    /** The label, cut with 「…」 where it would not fit {@code width}. */
    static String fit(String label, double width) {
        if (textWidth(label) <= width) {
            return label;
        }
        double room = width - charWidth('…');
        StringBuilder shown = new StringBuilder();
        double used = 0;
        for (int cp : label.codePoints().toArray()) {
            if (used + charWidth(cp) > room) {
                break;
            }
            shown.appendCodePoint(cp);
            used += charWidth(cp);
        }
        return shown + "…";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<Bar> bars() {
        return bars;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    public long scaleMax() {
        return scaleMax;
    }

    public boolean empty() {
        return bars.isEmpty();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return TOP + bars.size() * ROW + AXIS;
    }

    /** Where the grid lines start and end, and the baseline of the scale's figures. */
    public int top() {
        return TOP;
    }

    public int axisY() {
        return TOP + bars.size() * ROW;
    }

    public int tickTextY() {
        return height() - 6;
    }

    public double plotX() {
        return plotX;
    }

    public double plotWidth() {
        return plotWidth;
    }

    /** The sum of the figures, for the table under the chart. */
    public long total() {
        return bars.stream().mapToLong(Bar::value).sum();
    }
}
