package org.skillscontest.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.Topic;

/**
 * Numbered events per key, published through the outbox as a service does (each in a transaction of
 * its own, one key's events one after another), and the checks on what reached the topic: every
 * event there, and each key's events first seen in the order they were committed.
 */
final class RelayedEvents {

    static final String TOPIC = Topic.ENTRY_WITHDRAWN.topicName();

    /** key → event ids in commit order. */
    final Map<String, List<UUID>> committed = new LinkedHashMap<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    String key(int k) {
        return "relay-" + run + "/key-" + k;
    }

    /** Publishes {@code perKey} events for each of {@code keys} keys, interleaving keys, one transaction each. */
    void publish(Outbox outbox, int keys, int perKey) {
        for (int n = 0; n < perKey; n++) {
            for (int k = 0; k < keys; k++) {
                publishOne(outbox, key(k), n);
            }
        }
    }

    void publishOne(Outbox outbox, String key, int n) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(
                new EntryWithdrawn(UUID.randomUUID(), UUID.randomUUID(), "relay-test", key, "n=" + n, null), key, null));
        synchronized (committed) {
            committed.computeIfAbsent(key, x -> new ArrayList<>()).add(id);
        }
    }

    int total() {
        return committed.values().stream().mapToInt(List::size).sum();
    }

    /** Reads the topic until every committed event was seen, then checks each key's order of first sight. */
    void assertAllDeliveredInOrder(String bootstrapServers) {
        Map<String, Set<UUID>> seen = new LinkedHashMap<>();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "relay-check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            while (seenCount(seen) < total() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (committed.containsKey(r.key())) {
                        UUID id = UUID.fromString(new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
                        seen.computeIfAbsent(r.key(), x -> new LinkedHashSet<>()).add(id); // a redelivery keeps its first place
                    }
                }
            }
        }
        committed.forEach((key, ids) -> assertThat(new ArrayList<>(seen.getOrDefault(key, Set.of())))
                .as("events of %s in the order they were committed", key).containsExactlyElementsOf(ids));
    }

    private static int seenCount(Map<String, Set<UUID>> seen) {
        return seen.values().stream().mapToInt(Set::size).sum();
    }
}
