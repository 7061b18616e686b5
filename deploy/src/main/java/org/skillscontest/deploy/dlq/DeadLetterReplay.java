package org.skillscontest.deploy.dlq;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends dead letters back to the topic they were consumed from, as they were first published: the same
 * key, value and headers ({@code ce_id} unchanged, so a consumer that did process one meanwhile ignores
 * it), without the dead-letter strategy's {@code dead-letter-*} headers. Kafka cannot delete a record,
 * so the dead letter stays where it is; sending it back twice is harmless for the same reason.
 */
public final class DeadLetterReplay {

    private final String bootstrapServers;

    public DeadLetterReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends every dead letter given, in order, and returns once the broker acknowledged each (how many). */
    public int replay(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return 0;
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "pipeline-dlq-replay");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (DeadLetter letter : letters) {
                sent.add(producer.send(new ProducerRecord<>(letter.originTopic(), null, letter.key(), letter.value(), original(letter))));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : sent) {
                ack.get(60, TimeUnit.SECONDS);
            }
            return sent.size();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("replaying to Kafka failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The headers the record was published with: everything but what the dead-letter strategy added. */
    static RecordHeaders original(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : letter.headers()) {
            if (!h.key().startsWith(DeadLetter.HEADER_PREFIX)) {
                headers.add(h.key(), h.value());
            }
        }
        return headers;
    }
}
