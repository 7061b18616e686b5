package org.skillscontest.deploy.bench.national;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.skillscontest.contracts.Topic;

/**
 * Once a second, what the run looks like: the harness's own counters (entries accepted, marks and
 * scores entered), the records on each watched topic, every consumer group's lag (end offset minus
 * committed offset, summed over the partitions it reads) and each service's resident memory. The
 * rows become the run's CSV and chart; the peaks go into the report.
 */
final class Timeline implements AutoCloseable {

    /** One sample: seconds since the start, and named values. */
    record Sample(double seconds, Map<String, Long> values) {
    }

    private final Admin admin;
    private final Flow flow;
    private final Map<String, AtomicLong> counters;
    private final Map<String, OptionalLong> pids;
    private final List<Sample> samples = new ArrayList<>();
    /** Peak lag per consumer group and topic. */
    private final Map<String, Map<String, Long>> peakLag = new ConcurrentHashMap<>();
    private final Map<String, Long> peakRss = new ConcurrentHashMap<>();
    private final long t0 = System.nanoTime();
    private final java.util.concurrent.ScheduledExecutorService clock;

    Timeline(String bootstrapServers, Flow flow, Map<String, AtomicLong> counters, Map<String, OptionalLong> pids) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        this.admin = Admin.create(p);
        this.flow = flow;
        this.counters = counters;
        this.pids = pids;
        this.clock = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "national-benchmark-timeline");
            t.setDaemon(true);
            return t;
        });
        clock.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            Map<String, Long> values = new LinkedHashMap<>();
            counters.forEach((name, value) -> values.put(name, value.get()));
            for (Topic t : Flow.TOPICS) {
                values.put(t.topicName(), flow.records(t));
            }
            lag().forEach((group, byTopic) -> {
                long total = 0;
                for (var e : byTopic.entrySet()) {
                    total += e.getValue();
                    peakLag.computeIfAbsent(group, g -> new ConcurrentHashMap<>()).merge(e.getKey(), e.getValue(), Math::max);
                }
                values.put("lag " + group, total);
            });
            pids.forEach((service, pid) -> {
                long rss = pid.isPresent() ? rssKb(pid.getAsLong()) : 0;
                values.put("rss " + service + " MiB", rss / 1024);
                peakRss.merge(service, rss / 1024, Math::max);
            });
            synchronized (samples) {
                samples.add(new Sample((System.nanoTime() - t0) / 1e9, values));
            }
        } catch (RuntimeException | InterruptedException | java.util.concurrent.ExecutionException e) {
            // a missed sample is a gap in the chart, not a failed run
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Lag per service consumer group and topic (the harness's own readers left out). */
    private Map<String, Map<String, Long>> lag() throws InterruptedException, java.util.concurrent.ExecutionException {
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (ConsumerGroupListing g : admin.listConsumerGroups().all().get()) {
            if (g.groupId().startsWith("national-benchmark") || g.groupId().startsWith("bench-")) {
                continue;
            }
            committed.put(g.groupId(), admin.listConsumerGroupOffsets(g.groupId()).partitionsToOffsetAndMetadata().get());
        }
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        committed.values().forEach(m -> m.keySet().forEach(tp -> wanted.put(tp, OffsetSpec.latest())));
        var ends = admin.listOffsets(wanted).all().get();
        Map<String, Map<String, Long>> lag = new LinkedHashMap<>();
        committed.forEach((group, offsets) -> offsets.forEach((tp, at) -> {
            if (at != null && ends.containsKey(tp)) {
                lag.computeIfAbsent(group, k -> new LinkedHashMap<>()).merge(tp.topic(), Math.max(0, ends.get(tp).offset() - at.offset()), Long::sum);
            }
        }));
        return lag;
    }

    /** Resident set size of a process in KiB, 0 when it cannot be read (not Linux, or gone). */
    static long rssKb(long pid) {
        return procStatus(pid, "VmRSS:");
    }

    /** The peak resident set size of a process (VmHWM) in KiB. */
    static long peakRssKb(long pid) {
        return procStatus(pid, "VmHWM:");
    }

    private static long procStatus(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not readable
        }
        return 0;
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    Map<String, Map<String, Long>> peakLag() {
        return peakLag;
    }

    Map<String, Long> peakRss() {
        return peakRss;
    }

    double seconds() {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The samples as CSV: one row a second, one column per value (a value missing in a row is empty). */
    void writeCsv(Path file) throws IOException {
        List<Sample> all = samples();
        List<String> columns = new ArrayList<>();
        all.forEach(s -> s.values().keySet().forEach(k -> {
            if (!columns.contains(k)) {
                columns.add(k);
            }
        }));
        StringBuilder csv = new StringBuilder("seconds");
        columns.forEach(c -> csv.append(',').append(c.replace(',', ' ')));
        csv.append('\n');
        for (Sample s : all) {
            csv.append(String.format(java.util.Locale.ROOT, "%.1f", s.seconds()));
            for (String c : columns) {
                Long v = s.values().get(c);
                csv.append(',').append(v == null ? "" : v.toString());
            }
            csv.append('\n');
        }
        Files.writeString(file, csv);
    }

    @Override
    public void close() {
        clock.shutdownNow();
        try {
            clock.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        admin.close();
    }
}
