package org.skillscontest.testing;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Reads and writes the test broker's topics, as a subscriber or producer of the contract would. */
public final class Topics {

    private static KafkaCompanion companion;

    private Topics() {
    }

    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(KafkaBroker.bootstrapServers());
            companion.registerSerde(String.class, Serdes.String());
        }
        return companion;
    }

    /** Every record on the topic from its start, waiting until at least {@code atLeast} have arrived. */
    public static List<ConsumerRecord<String, String>> read(String topic, int atLeast) {
        ConsumerTask<String, String> task = companion().consumeStrings().fromTopics(topic, atLeast, Duration.ofSeconds(60));
        return task.awaitCompletion(Duration.ofSeconds(90)).getRecords();
    }

    /** The first record on the topic, from its start, that matches; waits up to a minute for it. */
    public static ConsumerRecord<String, String> find(String topic, java.util.function.Predicate<ConsumerRecord<String, String>> matching) {
        java.util.Properties p = new java.util.Properties();
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, "test-find-" + java.util.UUID.randomUUID());
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(p,
                new org.apache.kafka.common.serialization.StringDeserializer(), new org.apache.kafka.common.serialization.StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (matching.test(r)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no matching record on " + topic + " within a minute");
    }

    /** Publishes a CloudEvent (binary mode) as the contract's producers do; waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String eventId, String value) {
        org.apache.kafka.common.header.internals.RecordHeaders headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", topic.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/test".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        companion().produceStrings()
                .fromRecords(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, null, key, value, headers))
                .awaitCompletion(Duration.ofSeconds(30));
    }

    /** One CloudEvent for {@link #sendAll}: its id and its JSON value (or any text, to send an unreadable record). */
    public record Event(String id, String value) {
    }

    /**
     * Publishes several CloudEvents with one key in one go, as an outbox relay does for a bulk
     * intake: they travel in one producer batch, so a consumer usually polls them together.
     */
    public static void sendAll(String topic, String key, List<Event> events) {
        List<org.apache.kafka.clients.producer.ProducerRecord<String, String>> records = new java.util.ArrayList<>();
        for (Event event : events) {
            org.apache.kafka.common.header.internals.RecordHeaders headers = new org.apache.kafka.common.header.internals.RecordHeaders();
            headers.add("ce_id", event.id().getBytes(StandardCharsets.UTF_8));
            headers.add("ce_type", topic.getBytes(StandardCharsets.UTF_8));
            headers.add("ce_source", "/test".getBytes(StandardCharsets.UTF_8));
            headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            records.add(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, null, key, event.value(), headers));
        }
        companion().produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    /** The {@code ce_id}s of the records on the topic, from its start, read for {@code window}. */
    public static List<String> eventIds(String topic, Duration window) {
        return all(topic, window).stream().map(r -> header(r, "ce_id")).toList();
    }

    /** The records on the topic, from its start, read for {@code window}: for what must not be there. */
    public static List<ConsumerRecord<String, String>> all(String topic, Duration window) {
        java.util.Properties p = new java.util.Properties();
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, "test-all-" + java.util.UUID.randomUUID());
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(p,
                new org.apache.kafka.common.serialization.StringDeserializer(), new org.apache.kafka.common.serialization.StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + window.toMillis();
            while (System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
        }
        return records;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
