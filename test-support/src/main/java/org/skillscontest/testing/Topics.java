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

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
