package org.skillscontest.deploy.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.skillscontest.contracts.Topic;

/**
 * Reads every contract topic from the start, as a subscriber would, and counts records and event
 * ids. Delivery is at least once: after a crash between the broker's acknowledgement and the outbox
 * commit, an event is sent again with the same {@code ce_id} (a redelivery, which consumers ignore).
 * What must never happen is one fact under two ids (the same value published as two events), which
 * consumers could not tell apart from two facts, or a fact not published at all.
 */
public final class TopicAudit {

    /** What a topic holds. */
    public record TopicCount(String topic, int records, int distinctIds, int redelivered, int factsUnderSeveralIds,
                             int withoutId) {
    }

    public record Result(Map<String, TopicCount> topics, Map<String, List<ConsumerRecord<String, String>>> records) {

        /** Events sent again with the same id (allowed: consumers dedupe on {@code ce_id}). */
        public int redeliveries() {
            return topics.values().stream().mapToInt(TopicCount::redelivered).sum();
        }

        /** Facts published under more than one event id (never allowed). */
        public int doubledFacts() {
            return topics.values().stream().mapToInt(TopicCount::factsUnderSeveralIds).sum();
        }

        public int total() {
            return topics.values().stream().mapToInt(TopicCount::records).sum();
        }

        public List<ConsumerRecord<String, String>> of(Topic topic) {
            return records.getOrDefault(topic.topicName(), List.of());
        }
    }

    private TopicAudit() {
    }

    public static Result read(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "audit-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, List<ConsumerRecord<String, String>>> records = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic t : Topic.values()) {
                records.put(t.topicName(), new ArrayList<>());
                consumer.partitionsFor(t.topicName(), Duration.ofSeconds(10))
                        .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 60_000;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> records.get(r.topic()).add(r));
            }
        }
        Map<String, TopicCount> counts = new LinkedHashMap<>();
        records.forEach((topic, list) -> {
            Map<String, Integer> ids = new HashMap<>();
            Map<String, Set<String>> idsOfValue = new HashMap<>();
            int withoutId = 0;
            for (ConsumerRecord<String, String> r : list) {
                String id = header(r, "ce_id");
                if (id == null) {
                    withoutId++;
                } else {
                    ids.merge(id, 1, Integer::sum);
                    idsOfValue.computeIfAbsent(r.value(), v -> new HashSet<>()).add(id);
                }
            }
            int redelivered = (int) ids.values().stream().filter(n -> n > 1).count();
            int doubled = (int) idsOfValue.values().stream().filter(set -> set.size() > 1).count();
            counts.put(topic, new TopicCount(topic, list.size(), ids.size(), redelivered, doubled, withoutId));
        });
        return new Result(counts, records);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
