package org.skillscontest.deploy.dlq;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One record on a dead-letter topic, as the consumer's dead-letter strategy wrote it: the original
 * key, value and headers (CloudEvents {@code ce_*} among them), plus SmallRye's {@code dead-letter-*}
 * headers saying why and where from.
 */
public record DeadLetter(String topic, int partition, long offset, byte[] key, byte[] value, Headers headers) {

    /** SmallRye Reactive Messaging Kafka's dead-letter headers (KafkaDeadLetterQueue). */
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    public static final String ORIGIN_TOPIC = "dead-letter-topic";
    public static final String ORIGIN_PARTITION = "dead-letter-partition";
    public static final String ORIGIN_OFFSET = "dead-letter-offset";
    /** Every header the dead-letter strategy adds begins so. */
    public static final String HEADER_PREFIX = "dead-letter-";

    static final String DLQ_SUFFIX = ".dlq";

    static DeadLetter of(ConsumerRecord<byte[], byte[]> r) {
        return new DeadLetter(r.topic(), r.partition(), r.offset(), r.key(), r.value(), r.headers());
    }

    public String ceId() {
        return header("ce_id");
    }

    public String ceType() {
        return header("ce_type");
    }

    public String reason() {
        return header(REASON);
    }

    public String cause() {
        return header(CAUSE);
    }

    public String keyText() {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    public String valueText() {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** The topic the record was consumed from: the dead-letter-topic header, else this topic without {@code .dlq}. */
    public String originTopic() {
        String origin = header(ORIGIN_TOPIC);
        if (origin != null && !origin.isBlank()) {
            return origin;
        }
        return topic.endsWith(DLQ_SUFFIX) ? topic.substring(0, topic.length() - DLQ_SUFFIX.length()) : topic;
    }

    /** The origin as partition/offset (e.g. {@code 2/1534}), or "?" where the headers do not say. */
    public String origin() {
        String p = header(ORIGIN_PARTITION);
        String o = header(ORIGIN_OFFSET);
        return (p == null ? "?" : p) + "/" + (o == null ? "?" : o);
    }

    /** The first {@code length} characters of the value on one line. */
    public String excerpt(int length) {
        String text = valueText();
        if (text == null) {
            return "(no value)";
        }
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= length ? line : line.substring(0, length) + "…";
    }

    public String header(String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
