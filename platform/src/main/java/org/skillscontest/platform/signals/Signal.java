package org.skillscontest.platform.signals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every metric the services export for operators, by its Micrometer name and the name Prometheus
 * scrapes from {@code /q/metrics}. The dashboard and the alert rules in {@code deploy/observability}
 * may use these names only (ObservabilityFilesTest), and {@code SignalsScrapeTest} finds the
 * platform's own ones in a real scrape; so a renamed meter cannot leave a panel silently empty.
 */
public enum Signal {

    /** Events written to the outbox and not yet acknowledged by the broker (bundle lines counted one by one). */
    OUTBOX_UNSENT_EVENTS("outbox.unsent.events", Kind.GAUGE, Source.PLATFORM),
    /** Seconds since the oldest unsent outbox row was written; 0 when none waits. */
    OUTBOX_OLDEST_UNSENT_AGE("outbox.oldest.unsent.age.seconds", Kind.GAUGE, Source.PLATFORM),
    /** Records this service sent to a dead-letter topic; tags {@code topic} (the dead-letter topic), {@code source_topic}. */
    DEAD_LETTER_RECORDS("dead.letter.records", Kind.COUNTER, Source.PLATFORM),
    /** Records this instance's consumers are behind, per {@code topic} read (sum over instances: the topic's lag). */
    CONSUMER_LAG("consumer.lag.records", Kind.GAUGE, Source.PLATFORM),
    /** Entries registered (registration), directly or promoted from the level below, by {@code level}. */
    ENTRIES_REGISTERED("contest.entries.registered", Kind.COUNTER, Source.SERVICE),
    /** Judges' marks accepted (scoring), by {@code level}; the chief judge's corrections publish results instead. */
    MARKS_ENTERED("contest.marks.entered", Kind.COUNTER, Source.SERVICE),
    /** Results versions published: scoring's locked results, ranking's announced rankings; by {@code level}. */
    RESULTS_PUBLISHED("contest.results.published", Kind.COUNTER, Source.SERVICE),
    /** Entrants promoted to the next level (ranking), by the {@code level} they were promoted from. */
    PROMOTIONS("contest.promotions", Kind.COUNTER, Source.SERVICE);

    public enum Kind { GAUGE, COUNTER }

    /** Who makes the meter: the platform in every service, or a service's own layer. */
    public enum Source { PLATFORM, SERVICE }

    private final String meterName;
    private final Kind kind;
    private final Source source;

    Signal(String meterName, Kind kind, Source source) {
        this.meterName = meterName;
        this.kind = kind;
        this.source = source;
    }

    public String meterName() {
        return meterName;
    }

    public Kind kind() {
        return kind;
    }

    public Source source() {
        return source;
    }

    /** The series name in Prometheus' text format: dots become underscores, a counter ends in {@code _total}. */
    public String prometheusName() {
        String base = meterName.replace('.', '_');
        return kind == Kind.COUNTER ? base + "_total" : base;
    }

    /** The names a query may use: the Prometheus names of all signals. */
    public static Set<String> prometheusNames() {
        return Arrays.stream(values()).map(Signal::prometheusName).collect(Collectors.toUnmodifiableSet());
    }

    public static List<Signal> from(Source source) {
        return Arrays.stream(values()).filter(s -> s.source == source).toList();
    }
}
