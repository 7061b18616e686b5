package org.skillscontest.deploy.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Replays every consumed topic from the beginning into the running consumers: each record is produced
 * again to its topic with its key, value and headers (its {@code ce_id} among them), in the order it
 * was first published. Resetting the groups' offsets instead would need every instance stopped (Kafka
 * refuses to move the offsets of a group with members); a republished record is what the consumers see
 * after a relay's redelivery or an operator's replay, and is what they must ignore.
 */
final class TopicReplay {

    private final String bootstrapServers;

    TopicReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Produces the records again; returns how many. */
    int replay(Map<String, List<ConsumerRecord<String, String>>> records) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        int count = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (var topic : records.entrySet()) {
                for (ConsumerRecord<String, String> r : topic.getValue()) {
                    // the same partition as the first time: one key's records stay in one partition, in order
                    sent.add(producer.send(new ProducerRecord<>(r.topic(), r.partition(), r.key(), r.value(), r.headers())));
                    count++;
                }
            }
            for (Future<RecordMetadata> ack : sent) {
                ack.get(120, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("replaying the topics failed: " + e.getMessage(), e);
        }
        return count;
    }
}
