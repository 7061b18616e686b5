package org.skillscontest.console.organising;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart's geometry, which the page draws as inline SVG (no script; prints as it shows).
 * Each row is a label (a Chinese event or federation name, read better level than on a slant) with its
 * bar under it and the figure after the bar. Across, positions are percentages of the chart's width, down
 * they are pixels: the SVG fills whatever width the page has (a phone's or a desk's) with its text at
 * {@link #FONT} px, never scaled down to illegibility. The scale runs from 0 to a round number (steps of 1,
 * 2 or 5 × 10ⁿ, at most five steps) at or above the largest value; the longest possible bar takes
 * {@link #PLOT_PERCENT} % of the width, leaving the rest for its figure.
 */
public final class BarChart {

    static final int FONT = 14;
    /** A row: the label's line, the bar, a gap. */
    static final int LABEL = 18;
    static final int BAR = 18;
    static final int GAP = 10;
    static final int ROW = LABEL + BAR + GAP;
    static final int TOP = 4;
    static final int AXIS = 20;
    static final double PLOT_PERCENT = 80;
    /** Labels longer than this (in px at {@link #FONT}: 24 Chinese characters) are cut with 「…」, as on a phone they would not fit. */
    static final double MAX_LABEL = 24 * FONT;

    /** One figure: what it counts, how many, and a tone for its colour (award bars are gold, silver, …). */
    public record Datum(String label, long value, String tone) {

        public Datum(String label, long value) {
            this(label, value, "");
        }
    }

    /**
     * A bar as drawn: its label's baseline {@code labelY} above it, the bar at {@code y} as wide as
     * {@code widthPercent} of the chart, its figure's baseline {@code textY} after it at the bar's end.
     */
    public record Bar(String label, String shownLabel, long value, String tone, double widthPercent, int y, int height,
                      int labelY, int textY) {
    }

    /** A grid line at {@code xPercent} and its figure under the axis. */
    public record Tick(long value, double xPercent, String anchor) {
    }

    private final String id;
    private final String title;
    private final List<Bar> bars;
    private final List<Tick> ticks;
    private final long scaleMax;

    private BarChart(String id, String title, List<Bar> bars, List<Tick> ticks, long scaleMax) {
        this.id = id;
        this.title = title;
        this.bars = bars;
        this.ticks = ticks;
        this.scaleMax = scaleMax;
    }

    public static BarChart of(String id, String title, List<Datum> data) {
        long max = data.stream().mapToLong(Datum::value).max().orElse(0);
        long step = step(max);
        long scaleMax = Math.max(step, (max + step - 1) / step * step);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            int top = TOP + i * ROW;
            int y = top + LABEL;
            bars.add(new Bar(d.label(), fit(d.label(), MAX_LABEL), d.value(), d.tone(),
                    percent(Math.max(0, d.value()), scaleMax), y, BAR, y - 5, (int) Math.round(y + BAR / 2.0 + FONT * 0.35)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= scaleMax; value += step) {
            ticks.add(new Tick(value, percent(value, scaleMax), value == 0 ? "start" : "middle"));
        }
        return new BarChart(id, title, List.copyOf(bars), List.copyOf(ticks), scaleMax);
    }

    /** The step of the scale: the smallest of 1, 2, 5, 10, 20, 50, … that reaches {@code max} in four steps. */
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

    /** {@code value} on a scale ending at {@code scaleMax}, as a percentage of the chart's width, to one decimal. */
    private static double percent(long value, long scaleMax) {
        return Math.round(PLOT_PERCENT * value / scaleMax * 10) / 10.0;
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

    /** The chart's height in px: its rows and the scale under them. */
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
        return height() - 4;
    }

    /** The sum of the figures, for the table under the chart. */
    public long total() {
        return bars.stream().mapToLong(Bar::value).sum();
    }
}
