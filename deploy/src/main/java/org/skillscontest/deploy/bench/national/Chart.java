package org.skillscontest.deploy.bench.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's chart as SVG, one panel a row: lines of values over seconds, each panel scaled to its
 * own largest value. Hand-written because it is a few polylines; no charting library resolves here
 * without a desktop toolkit.
 */
final class Chart {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    private static final int WIDTH = 1000;
    private static final int PANEL = 260;
    private static final int LEFT = 70;
    private static final int TOP = 40;

    /** A panel: a title and named series of (seconds, value) points. */
    record Panel(String title, Map<String, List<double[]>> series) {
    }

    private Chart() {
    }

    /** Per-second rates of cumulative counters: the difference between samples over the time between them. */
    static Map<String, List<double[]>> rates(List<Timeline.Sample> samples, List<String> counters) {
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (String c : counters) {
            List<double[]> points = new ArrayList<>();
            for (int i = 1; i < samples.size(); i++) {
                Long now = samples.get(i).values().get(c);
                Long before = samples.get(i - 1).values().get(c);
                double dt = samples.get(i).seconds() - samples.get(i - 1).seconds();
                if (now != null && before != null && dt > 0) {
                    points.add(new double[]{samples.get(i).seconds(), (now - before) / dt});
                }
            }
            series.put(c + " /s", points);
        }
        return series;
    }

    /** The values of the named columns as they are (lag, memory). */
    static Map<String, List<double[]>> levels(List<Timeline.Sample> samples, java.util.function.Predicate<String> columns) {
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (Timeline.Sample s : samples) {
            s.values().forEach((k, v) -> {
                if (columns.test(k)) {
                    series.computeIfAbsent(k, x -> new ArrayList<>()).add(new double[]{s.seconds(), v});
                }
            });
        }
        return series;
    }

    static String svg(String title, List<Panel> panels) {
        double maxT = 1;
        for (Panel p : panels) {
            for (List<double[]> points : p.series().values()) {
                for (double[] pt : points) {
                    maxT = Math.max(maxT, pt[0]);
                }
            }
        }
        int height = TOP + panels.size() * (PANEL + 50);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH + 260).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"22\" font-size=\"16\">").append(escape(title)).append("</text>\n");
        for (int i = 0; i < panels.size(); i++) {
            panel(svg, panels.get(i), TOP + i * (PANEL + 50), maxT);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, Panel panel, int top, double maxT) {
        double maxV = 1;
        for (List<double[]> points : panel.series().values()) {
            for (double[] pt : points) {
                maxV = Math.max(maxV, pt[1]);
            }
        }
        int right = LEFT + WIDTH - 100;
        int bottom = top + PANEL;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\">%s</text>%n", LEFT, top + 14, escape(panel.title())));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, bottom, right, bottom));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, top + 24, LEFT, bottom));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%,.0f</text>%n", LEFT - 4, top + 30, maxV));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>%n", LEFT - 4, bottom));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f s</text>%n", right, bottom + 16, maxT));
        int k = 0;
        for (var e : panel.series().entrySet()) {
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (double[] pt : e.getValue()) {
                double x = LEFT + (right - LEFT) * pt[0] / maxT;
                double y = bottom - (bottom - top - 24) * pt[1] / maxV;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\" points=\"")
                    .append(points.toString().trim()).append("\"/>\n");
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", right + 10, top + 30 + 16 * k, colour, right + 26, top + 35 + 16 * k, escape(e.getKey())));
            k++;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
