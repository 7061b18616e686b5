package org.skillscontest.subscriber;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The subscriber's own dead-letter topic: the refused record as it came (key, value, headers, ce_* among
 * them) plus why and where from, in the {@code dead-letter-*} headers the services' consumers write too, so
 * that {@code ./pipeline dlq list|replay} reads this topic like theirs.
 */
final class DeadLetters implements AutoCloseable {

    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    static final String ORIGIN_TOPIC = "dead-letter-topic";
    static final String ORIGIN_PARTITION = "dead-letter-partition";
    static final String ORIGIN_OFFSET = "dead-letter-offset";
    static final String GROUP = "dead-letter-consumer-group";

    private final String topic;
    private final String group;
    private final KafkaProducer<byte[], byte[]> producer;

    DeadLetters(Map<String, Object> kafka, String topic, String group) {
        this.topic = topic;
        this.group = group;
        Map<String, Object> settings = new java.util.HashMap<>(kafka);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, group + "-dlq");
        this.producer = new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Creates the dead-letter topic if it does not exist yet (where topics are provisioned, it does). */
    static void ensureTopic(Map<String, Object> kafka, String topic) {
        try (Admin admin = Admin.create(kafka)) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(java.util.List.of(new NewTopic(topic, java.util.Optional.empty(), java.util.Optional.empty())))
                        .all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the dead-letter topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating " + topic, e);
        }
    }

    String topic() {
        return topic;
    }

    /** Sends the record with its reason and waits for the broker's acknowledgement: only then may its offset be committed. */
    void send(ConsumerRecord<byte[], byte[]> record, Rejected reason) throws ExecutionException, InterruptedException, TimeoutException {
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(REASON, utf8(reason.getMessage()));
        if (reason.getCause() != null) {
            headers.add(CAUSE, utf8(String.valueOf(reason.getCause().getMessage())));
            headers.add(EXCEPTION_CLASS, utf8(reason.getCause().getClass().getName()));
        }
        headers.add(ORIGIN_TOPIC, utf8(record.topic()));
        headers.add(ORIGIN_PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(ORIGIN_OFFSET, utf8(Long.toString(record.offset())));
        headers.add(GROUP, utf8(group));
        producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers)).get(30, TimeUnit.SECONDS);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
