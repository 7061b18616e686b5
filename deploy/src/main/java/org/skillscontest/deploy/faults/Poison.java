package org.skillscontest.deploy.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records no consumer can ever process, sent to every consumed topic: one whose value is not JSON,
 * and one readable value without a {@code ce_id}. Each consuming service must put each on the topic's
 * {@code .dlq} once and carry on.
 */
final class Poison {

    /** Marks the suite's poison, so that a later read can tell it from real records. */
    static final String MARK = "fault-suite-poison";

    private final String bootstrapServers;

    Poison(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends two poison records to each consumed topic; returns how many dead letters they must cause. */
    int send() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        int deadLetters = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (String topic : TopicLog.consumedTopics()) {
                RecordHeaders unreadable = headers(topic);
                unreadable.add("ce_id", bytes("poison-" + UUID.randomUUID()));
                sent.add(producer.send(new ProducerRecord<>(topic, null, "FAULT/poison", "{\"entryId\": <<not json", unreadable)));
                // a well-formed value of the topic's shape but no event id: cannot be deduplicated, so never processed
                sent.add(producer.send(new ProducerRecord<>(topic, null, "FAULT/poison", "{\"competition\":\"FAULT\",\"event\":\"poison\"}",
                        headers(topic))));
                deadLetters += 2 * TopicLog.consumersOf(topic);
            }
            for (Future<RecordMetadata> ack : sent) {
                ack.get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("sending poison records failed: " + e.getMessage(), e);
        }
        return deadLetters;
    }

    private static RecordHeaders headers(String topic) {
        RecordHeaders h = new RecordHeaders();
        h.add("ce_type", bytes(topic));
        h.add("ce_source", bytes("/fault-suite"));
        h.add("ce_specversion", bytes("1.0"));
        h.add("ce_time", bytes(Instant.now().toString()));
        h.add(MARK, bytes("true"));
        return h;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
