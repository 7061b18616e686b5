package org.skillscontest.deploy.dlq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.skillscontest.contracts.Topic;

/**
 * Reads the dead-letter topics ({@code <topic>.dlq}) from the beginning to their current end, without
 * a consumer group (nothing is committed: reading changes nothing for anyone else).
 */
public final class DeadLetterTopics {

    private final String bootstrapServers;

    public DeadLetterTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every contract topic's dead-letter topic. */
    public static List<String> all() {
        return java.util.Arrays.stream(Topic.values()).map(Topic::deadLetterTopic).toList();
    }

    /** The dead-letter topic named, given as itself or as the topic it belongs to. */
    public static String deadLetterTopicOf(String topic) {
        return topic.endsWith(DeadLetter.DLQ_SUFFIX) ? topic : topic + DeadLetter.DLQ_SUFFIX;
    }

    /** The records of each topic, in partition and offset order; a topic that does not exist reads as empty. */
    public Map<String, List<DeadLetter>> read(List<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "pipeline-dlq-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, List<DeadLetter>> records = new LinkedHashMap<>();
        topics.forEach(t -> records.put(t, new ArrayList<>()));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<org.apache.kafka.common.PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(30));
            for (String t : topics) {
                existing.getOrDefault(t, List.of()).forEach(info -> partitions.add(new TopicPartition(t, info.partition())));
            }
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.currentTimeMillis() + 120_000;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the dead-letter topics could not be read to their end within 2 minutes");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() < end.get(tp)) {
                        records.get(r.topic()).add(DeadLetter.of(r));
                    }
                });
            }
        }
        records.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(DeadLetter::partition)
                .thenComparingLong(DeadLetter::offset)));
        return records;
    }
}
