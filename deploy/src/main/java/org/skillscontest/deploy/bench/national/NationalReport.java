package org.skillscontest.deploy.bench.national;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;

/**
 * The national benchmark's report: every stage's rate next to the baseline that bounds it and their
 * ratio (with the goal where there is one), latencies from each lock, the flow of results,
 * promotions and honours against Kafka's own producer rate, lag and memory peaks, the end-to-end time
 * and the count checks; printed, and kept as {@code report.json}, {@code timeline.csv} and
 * {@code timeline.svg} in the run's folder so that runs can be compared.
 */
public final class NationalReport {

    /** Memory of one service: peak heap used (from its GC log) and peak resident set (VmHWM), MiB. */
    record Memory(String service, long peakHeapMiB, long heapCommittedMiB, long peakRssMiB) {
    }

    private final NationalBenchmark.Result result;
    private final Map<String, Baselines.Rate> baselines;
    private final List<Memory> memory;
    private final PrintStream out;

    public NationalReport(NationalBenchmark.Result result, Map<String, Baselines.Rate> baselines, List<Memory> memory, PrintStream out) {
        this.result = result;
        this.baselines = baselines;
        this.memory = memory;
        this.out = out;
    }

    /** Peak heap used and committed from a unified GC log ({@code -Xlog:gc}): "… 120M->30M(256M) …". */
    static long[] peakHeap(Path gcLog) {
        long used = 0;
        long committed = 0;
        if (!Files.exists(gcLog)) {
            return new long[]{0, 0};
        }
        Pattern p = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    used = Math.max(used, mib(m.group(1), m.group(2)));
                    committed = Math.max(committed, mib(m.group(5), m.group(6)));
                }
            }
        } catch (IOException e) {
            return new long[]{0, 0};
        }
        return new long[]{used, committed};
    }

    private static long mib(String n, String unit) {
        long v = Long.parseLong(n);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    public void print() {
        Shape s = result.shape();
        out.println();
        out.printf("全国规模基准 National-scale benchmark — %d cores, one machine, one run%n", Runtime.getRuntime().availableProcessors());
        out.printf("  %d provinces × %d cities × %d events: %,d city, %,d provincial and %d national events; %,d entrants; "
                        + "%d preliminaries (top %d %% to the final); quotas %d (city) and %d (provincial)%n",
                s.provinces(), s.citiesPerProvince(), s.events(), s.cityEvents(), s.provincialEvents(), s.events(), s.entrants(),
                s.provinces() * s.citiesPerProvince() * (s.events() > 1 ? 1 : 0), Shape.CUT_PERCENT, Shape.CITY_QUOTA, Shape.PROVINCIAL_QUOTA);
        out.println();
        out.println("  阶段 stage                                              count      seconds        rate   baseline (same run)              ratio   goal");
        for (NationalBenchmark.Stage st : result.stages()) {
            Baselines.Rate bound = boundOf(st);
            String goal = goalOf(st);
            out.printf("  %-52s %,10d %9.1f %,11.0f/s  %s%n", st.name(), st.count(), st.seconds(), st.rate(),
                    bound == null ? "" : String.format("%-24s %,9.0f/s  %5.2f   %s", shortName(bound), bound.perSecond(),
                            st.rate() / bound.perSecond(), goal));
            if (st.name().startsWith("registration") && baselines.containsKey("entries COPY")) {
                Baselines.Rate copy = baselines.get("entries COPY");
                out.printf("  %-52s %10s %9s %12s  %-24s %,9.0f/s  %5.2f%n", "", "", "", "", shortName(copy), copy.perSecond(),
                        st.rate() / copy.perSecond());
            }
            if (st.name().contains("marks") && baselines.containsKey("marks COPY")) {
                Baselines.Rate copy = baselines.get("marks COPY");
                out.printf("  %-52s %10s %9s %12s  %-24s %,9.0f/s  %5.2f%n", "", "", "", "", shortName(copy), copy.perSecond(),
                        st.rate() / copy.perSecond());
            }
        }
        out.println();
        out.println("  锁定 → lock to ranked and to the last promotion record (final: last honour), per event, ms");
        out.println("  level        events  entrants   ranked p50/p99/max        last record p50/p99/max     advanced  promoted  honours");
        for (NationalBenchmark.LevelResult l : result.levels()) {
            out.printf("  %-11s %7d %9d   %6d %6d %6d          %6d %6d %6d       %7d %9d %8d%n", l.level(), l.events(), l.entrants(),
                    pct(l.lockToRankedMs(), 50), pct(l.lockToRankedMs(), 99), max(l.lockToRankedMs()),
                    pct(l.lockToLastRecordMs(), 50), pct(l.lockToLastRecordMs(), 99), max(l.lockToLastRecordMs()),
                    l.advanced(), l.promotedRegistered(), l.honours());
        }
        Baselines.Rate producer = baselines.get("kafka producer");
        Baselines.Rate consumer = baselines.get("kafka consumer");
        if (producer != null) {
            out.println();
            out.printf("  流转 results, rankings, promotions and honours on Kafka, from each level's first lock to its last record "
                    + "(vs Kafka's own producer: %,.0f records/s; consumer %,.0f records/s; goal ≥ 0.25)%n", producer.perSecond(),
                    consumer == null ? 0 : consumer.perSecond());
            for (NationalBenchmark.LevelResult l : result.levels()) {
                double rate = l.flowSeconds() > 0 ? l.flowRecords() / l.flowSeconds() : 0;
                out.printf("  %-11s %,8d records in %6.1f s → %,8.0f records/s   ratio %.3f%n", l.level(), l.flowRecords(), l.flowSeconds(),
                        rate, rate / producer.perSecond());
            }
        }
        out.println();
        out.println("  消费滞后 consumer lag peaks (records behind, per group and topic)");
        result.timeline().peakLag().forEach((group, byTopic) -> byTopic.forEach((topic, peak) -> {
            if (peak > 0) {
                out.printf("  %-28s %-40s %,9d%n", group, topic, peak);
            }
        }));
        out.println();
        out.println("  内存 memory per service: peak heap used / committed (GC log), peak RSS (goal: heap ≤ 512 MiB)");
        for (Memory m : memory) {
            out.printf("  %-14s heap %4d / %4d MiB   RSS %4d MiB%n", m.service(), m.peakHeapMiB(), m.heapCommittedMiB(), m.peakRssMiB());
        }
        out.println();
        out.printf("  全程 end to end (first batch to the final's last honour): %.1f s (goal < 300 s)%n", result.endToEndSeconds());
        out.println("  核对 counts: entrants registered per level " + result.entriesPerCompetitionLevel()
                + (result.problems().isEmpty() ? "; every advancing place promoted and registered one level up" : "; PROBLEMS: " + result.problems()));
    }

    /** Writes report.json, timeline.csv and timeline.svg into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("shape", result.shape());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (NationalBenchmark.Stage st : result.stages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", st.name());
            m.put("unit", st.unit());
            m.put("count", st.count());
            m.put("seconds", st.seconds());
            m.put("rate", st.rate());
            Baselines.Rate bound = boundOf(st);
            if (bound != null) {
                m.put("baseline", Baselines.describe(bound));
                m.put("ratio", st.rate() / bound.perSecond());
            }
            stages.add(m);
        }
        json.put("stages", stages);
        List<Map<String, Object>> levels = new ArrayList<>();
        for (NationalBenchmark.LevelResult l : result.levels()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", l.level());
            m.put("events", l.events());
            m.put("entrants", l.entrants());
            m.put("advanced", l.advanced());
            m.put("promoted", l.promotedRegistered());
            m.put("honours", l.honours());
            m.put("lockToRankedMs", Map.of("p50", pct(l.lockToRankedMs(), 50), "p99", pct(l.lockToRankedMs(), 99), "max", max(l.lockToRankedMs())));
            m.put("lockToLastRecordMs", Map.of("p50", pct(l.lockToLastRecordMs(), 50), "p99", pct(l.lockToLastRecordMs(), 99),
                    "max", max(l.lockToLastRecordMs())));
            m.put("flowRecords", l.flowRecords());
            m.put("flowSeconds", l.flowSeconds());
            levels.add(m);
        }
        json.put("levels", levels);
        Map<String, Object> bases = new LinkedHashMap<>();
        baselines.forEach((k, v) -> bases.put(k, Baselines.describe(v)));
        json.put("baselines", bases);
        json.put("peakLag", result.timeline().peakLag());
        json.put("memory", memory);
        json.put("endToEndSeconds", result.endToEndSeconds());
        json.put("entrantsPerLevel", result.entriesPerCompetitionLevel());
        json.put("problems", result.problems());
        Files.writeString(dir.resolve("report.json"), Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        result.timeline().writeCsv(dir.resolve("timeline.csv"));
        List<Timeline.Sample> samples = result.timeline().samples();
        Files.writeString(dir.resolve("timeline.svg"), Chart.svg("全国规模基准 National-scale benchmark: " + result.shape(), List.of(
                new Chart.Panel("吞吐 throughput, per second", Chart.rates(samples, List.of("entries accepted", "marks entered",
                        "theory scores entered", "preliminary scores imported", Topic.RESULTS_PUBLISHED.topicName(),
                        Topic.ENTRANT_PROMOTED.topicName(), Topic.HONOUR_RECOMMENDED.topicName()))),
                new Chart.Panel("消费滞后 consumer lag, records", Chart.levels(samples, k -> k.startsWith("lag "))),
                new Chart.Panel("内存 resident memory, MiB", Chart.levels(samples, k -> k.startsWith("rss "))))));
    }

    /** The baseline that bounds a stage: rows into the same database for the writes. */
    private Baselines.Rate boundOf(NationalBenchmark.Stage st) {
        if (st.name().startsWith("registration")) {
            return baselines.get("entries JDBC");
        }
        if (st.unit().equals("marks") || st.unit().equals("scores")) {
            return baselines.get("marks JDBC"); // a score is one row like a mark
        }
        return null;
    }

    private static String goalOf(NationalBenchmark.Stage st) {
        if (st.name().startsWith("registration")) {
            return "≥ 0.50 with scoring and ranking consuming";
        }
        if (st.name().contains(" marks")) {
            return "≥ 0.50";
        }
        return "";
    }

    private static String shortName(Baselines.Rate r) {
        return r.name().length() > 24 ? r.name().substring(0, 24) : r.name();
    }

    static long pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static long max(List<Long> sorted) {
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
    }
}
