package org.skillscontest.deploy.bench.national;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;

/**
 * What the services tell each other, read off the topics as a downstream subscriber would: who
 * registered where, which events are ranked and how many of their places advanced, each round's
 * cut, every promotion and honour, and when each arrived (the record's timestamp, stamped by the
 * service's producer). The benchmark waits on these facts instead of polling the services, and
 * measures latencies and rates from them.
 */
final class Flow implements AutoCloseable {

    static final List<Topic> TOPICS = List.of(Topic.ENTRY_REGISTERED, Topic.RESULTS_PUBLISHED, Topic.ROUND_RANKED,
            Topic.EVENT_RANKED, Topic.ENTRANT_PROMOTED, Topic.HONOUR_RECOMMENDED);

    /** An event's first ranked version: its level, how many places advanced, when it was ranked. */
    record Ranked(String level, int places, int advanced, long at) {
    }

    /** A count and the time of the latest record counted (epoch ms), per event. */
    static final class Tally {
        private int count;
        private long first = Long.MAX_VALUE;
        private long last;

        synchronized void add(long at) {
            count++;
            first = Math.min(first, at);
            last = Math.max(last, at);
        }

        synchronized int count() {
            return count;
        }

        synchronized long first() {
            return first;
        }

        synchronized long last() {
            return last;
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final Thread reader;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    final Map<UUID, UUID> personOfEntry = new ConcurrentHashMap<>();
    /** Entries registered per event "competition/event", direct or promoted. */
    final Map<String, Tally> registered = new ConcurrentHashMap<>();
    final Map<String, Ranked> ranked = new ConcurrentHashMap<>();
    /** Finalists per event in rounds: how many made the preliminary's cut. */
    final Map<String, Integer> qualified = new ConcurrentHashMap<>();
    /** Promotions by the event they came from, and by the event they go to. */
    final Map<String, Tally> promotedFrom = new ConcurrentHashMap<>();
    final Map<String, Tally> promotedTo = new ConcurrentHashMap<>();
    /** Honours by the event that earned them, and by level. */
    final Map<String, Tally> honours = new ConcurrentHashMap<>();
    final Map<String, Tally> honoursByLevel = new ConcurrentHashMap<>();
    /** Results parts on the topic, per event. */
    final Map<String, Tally> resultParts = new ConcurrentHashMap<>();
    /** Records read per topic, all along. */
    final Map<String, AtomicLong> records = new ConcurrentHashMap<>();
    /** Per topic: its records' timestamps, for rates over the busy part of each level. */
    final Map<String, Tally> byTopic = new ConcurrentHashMap<>();
    /** Every record's payload size per topic, for the Kafka baseline's record size. */
    final Map<String, AtomicLong> bytes = new ConcurrentHashMap<>();

    Flow(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "national-benchmark-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = TOPICS.stream().flatMap(t -> consumer.partitionsFor(t.topicName(), Duration.ofSeconds(30))
                .stream().map(i -> new TopicPartition(i.topic(), i.partition()))).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        TOPICS.forEach(t -> {
            records.put(t.topicName(), new AtomicLong());
            bytes.put(t.topicName(), new AtomicLong());
            byTopic.put(t.topicName(), new Tally());
        });
        reader = new Thread(this::read, "national-benchmark-flow");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.value() != null) {
                        take(r.topic(), r.timestamp(), r.value());
                    }
                }
            }
        } catch (WakeupException stopping) {
            // closed
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void take(String topic, long at, String value) {
        records.get(topic).incrementAndGet();
        bytes.get(topic).addAndGet(value.length());
        byTopic.get(topic).add(at);
        JsonNode n = parse(value);
        if (topic.equals(Topic.ENTRY_REGISTERED.topicName())) {
            personOfEntry.put(UUID.fromString(n.get("entryId").asText()), UUID.fromString(n.get("personId").asText()));
            tally(registered, key(n)).add(at);
        } else if (topic.equals(Topic.RESULTS_PUBLISHED.topicName())) {
            tally(resultParts, key(n)).add(at);
        } else if (topic.equals(Topic.ROUND_RANKED.topicName())) {
            qualified.putIfAbsent(key(n), n.get("qualified").asInt());
        } else if (topic.equals(Topic.EVENT_RANKED.topicName())) {
            int advanced = 0;
            for (JsonNode place : n.get("places")) {
                advanced += place.path("advanced").asBoolean() ? 1 : 0;
            }
            ranked.putIfAbsent(key(n), new Ranked(n.get("level").asText(), n.get("places").size(), advanced, at));
        } else if (topic.equals(Topic.ENTRANT_PROMOTED.topicName())) {
            tally(promotedFrom, key(n.get("from"))).add(at);
            tally(promotedTo, key(n.get("to"))).add(at);
        } else if (topic.equals(Topic.HONOUR_RECOMMENDED.topicName())) {
            tally(honours, key(n)).add(at);
            tally(honoursByLevel, n.get("level").asText()).add(at);
        }
    }

    private static Tally tally(Map<String, Tally> map, String key) {
        return map.computeIfAbsent(key, k -> new Tally());
    }

    static String key(JsonNode n) {
        return n.get("competition").asText() + "/" + n.get("event").asText();
    }

    private static JsonNode parse(String value) {
        try {
            return Api.JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a record that is not JSON: " + e.getMessage(), e);
        }
    }

    int registeredIn(String event) {
        Tally t = registered.get(event);
        return t == null ? 0 : t.count();
    }

    int promotedFrom(String event) {
        Tally t = promotedFrom.get(event);
        return t == null ? 0 : t.count();
    }

    int promotedTo(String event) {
        Tally t = promotedTo.get(event);
        return t == null ? 0 : t.count();
    }

    long records(Topic topic) {
        return records.get(topic.topicName()).get();
    }

    /** Throws what stopped the reader, if anything did. */
    void check() {
        if (failure != null) {
            throw new IllegalStateException("reading the topics failed: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
