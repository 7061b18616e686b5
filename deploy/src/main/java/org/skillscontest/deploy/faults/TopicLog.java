package org.skillscontest.deploy.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.stack.Pause;

/** Reads topics from the beginning to their current end, and tells when the services' consumer groups have caught up. */
final class TopicLog {

    /** The services' consumer groups (Quarkus names a service's group after the application) and the topics each consumes. */
    static final Map<String, List<Topic>> CONSUMERS = Map.of(
            "registration-service", List.of(Topic.ENTRANT_PROMOTED, Topic.PROMOTION_REVOKED, Topic.EVENT_RANKED),
            "scoring-service", List.of(Topic.EVENT_OPENED, Topic.ENTRY_REGISTERED, Topic.ENTRY_WITHDRAWN, Topic.ROUND_RANKED),
            "ranking-service", List.of(Topic.EVENT_OPENED, Topic.ENTRY_REGISTERED, Topic.ENTRY_WITHDRAWN, Topic.RESULTS_PUBLISHED,
                    Topic.ROUND_RESULTS_PUBLISHED));

    /** Every topic some service consumes. */
    static Set<String> consumedTopics() {
        Set<String> topics = new java.util.TreeSet<>();
        CONSUMERS.values().forEach(list -> list.forEach(t -> topics.add(t.topicName())));
        return topics;
    }

    /** How many services consume the topic (each dead-letters a poison record of it once). */
    static int consumersOf(String topic) {
        return (int) CONSUMERS.values().stream().filter(list -> list.stream().anyMatch(t -> t.topicName().equals(topic))).count();
    }

    private final String bootstrapServers;

    TopicLog(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record of the topics, per topic in partition and offset order. */
    Map<String, List<ConsumerRecord<String, String>>> read(Collection<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        Map<String, List<ConsumerRecord<String, String>>> records = new LinkedHashMap<>();
        topics.forEach(t -> records.put(t, new ArrayList<>()));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            var existing = consumer.listTopics(Duration.ofSeconds(30));
            for (String t : topics) {
                existing.getOrDefault(t, List.of()).forEach(info -> partitions.add(new TopicPartition(t, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.currentTimeMillis() + 300_000;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("could not read " + topics + " to their end within 5 minutes");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.get(r.topic()).add(r);
                    }
                }
            }
        }
        records.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(ConsumerRecord<String, String>::partition)
                .thenComparingLong(ConsumerRecord::offset)));
        return records;
    }

    /**
     * Waits until every service's consumer group has committed up to the end of every topic it consumes
     * (nothing left to process); returns false if that did not happen within {@code timeout}.
     */
    boolean awaitCaughtUp(Duration timeout) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietRounds = 0;
        try (Admin admin = Admin.create(p)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (lag(admin) == 0) {
                        if (++quietRounds >= 3) { // a few checks in a row: a record in flight between services shows up
                            return true;
                        }
                    } else {
                        quietRounds = 0;
                    }
                } catch (Exception e) {
                    quietRounds = 0; // a broker or coordinator away: ask again
                }
                Pause.millis(2000);
            }
        }
        return false;
    }

    private static long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        admin.describeTopics(consumedTopics()).allTopicNames().get(15, TimeUnit.SECONDS).forEach((t, d) ->
                d.partitions().forEach(part -> latest.put(new TopicPartition(t, part.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(15, TimeUnit.SECONDS);
        long lag = 0;
        for (var consumer : CONSUMERS.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumer.getKey())
                    .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
            Set<String> ofGroup = new java.util.HashSet<>();
            consumer.getValue().forEach(t -> ofGroup.add(t.topicName()));
            for (var end : ends.entrySet()) {
                if (!ofGroup.contains(end.getKey().topic())) {
                    continue; // a topic this group does not consume
                }
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
        }
        return lag;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
