package org.skillscontest.deploy.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.KafkaBroker;

/**
 * The operator's dead-letter tool against a real broker: dead letters written as SmallRye's
 * dead-letter strategy writes them are listed with their reason, and replayed to the topic they came
 * from with their key, value and CloudEvents headers, without the dead-letter headers.
 */
class DeadLetterCommandTest {

    private static String bootstrap;
    /** A topic of this test's own, so that reruns and other tests on the broker never meet it. */
    private static final String TOPIC = "test-" + UUID.randomUUID().toString().substring(0, 8) + ".entry-registered.v1";
    private static final String DLQ = TOPIC + ".dlq";

    @BeforeAll
    static void deadLetters() throws Exception {
        bootstrap = KafkaBroker.bootstrapServers();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(deadLetter("id-1", "KRMY-17/welder", "{\"entryId\":\"e1\"}", "value is not a readable EntryRegistered: x", 0, 7)).get();
            producer.send(deadLetter("id-2", "KRMY-17/welder", "{not json", "value is not a readable EntryRegistered: y", 1, 8)).get();
            RecordHeaders noOrigin = new RecordHeaders();
            noOrigin.add("ce_type", bytes(TOPIC));
            noOrigin.add(DeadLetter.REASON, bytes("record has no ce_id header"));
            producer.send(new ProducerRecord<>(DLQ, null, "URC-2027/welder", "{}", noOrigin)).get();
        }
    }

    private static ProducerRecord<String, String> deadLetter(String id, String key, String value, String reason, int partition, long offset) {
        RecordHeaders h = new RecordHeaders();
        h.add("ce_id", bytes(id));
        h.add("ce_type", bytes(TOPIC));
        h.add("ce_source", bytes("/registration"));
        h.add("ce_specversion", bytes("1.0"));
        h.add(DeadLetter.EXCEPTION_CLASS, bytes("org.skillscontest.platform.inbox.UnprocessableEventException"));
        h.add(DeadLetter.REASON, bytes(reason));
        h.add(DeadLetter.ORIGIN_TOPIC, bytes(TOPIC));
        h.add(DeadLetter.ORIGIN_PARTITION, bytes(Integer.toString(partition)));
        h.add(DeadLetter.ORIGIN_OFFSET, bytes(Long.toString(offset)));
        return new ProducerRecord<>(DLQ, null, key, value, h);
    }

    @Test
    void listsEveryDeadLetterWithItsReasonAndCount() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int count = new DeadLetterCommand(bootstrap, new PrintStream(printed, true, StandardCharsets.UTF_8)).list(TOPIC);
        String text = printed.toString(StandardCharsets.UTF_8);

        assertThat(count).isEqualTo(3);
        assertThat(text).contains(DLQ + ": 3 record(s)", "ce_id=id-1", "ce_id=id-2", "ce_id=null", "key=KRMY-17/welder",
                "ce_type=" + TOPIC, "reason: value is not a readable EntryRegistered: x", "reason: record has no ce_id header",
                "from " + TOPIC + " 0/7", "{not json");
        Map<String, List<DeadLetter>> read = new DeadLetterTopics(bootstrap).read(List.of(DLQ));
        assertThat(read.get(DLQ)).extracting(DeadLetter::originTopic).containsOnly(TOPIC); // the last one from the topic's name
    }

    @Test
    void replaysOneByIdThenAllToTheOriginalTopicAsFirstPublished() {
        DeadLetterCommand command = new DeadLetterCommand(bootstrap, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(command.replay(TOPIC, "id-2")).isEqualTo(1);
        List<ConsumerRecord<String, String>> one = readAll(TOPIC, 1);
        assertThat(one).hasSize(1);
        ConsumerRecord<String, String> replayed = one.get(0);
        assertThat(replayed.key()).isEqualTo("KRMY-17/welder");
        assertThat(replayed.value()).isEqualTo("{not json");
        assertThat(header(replayed, "ce_id")).isEqualTo("id-2");
        assertThat(header(replayed, "ce_type")).isEqualTo(TOPIC);
        assertThat(header(replayed, "ce_source")).isEqualTo("/registration");
        assertThat(header(replayed, "ce_specversion")).isEqualTo("1.0");
        replayed.headers().forEach(h -> assertThat(h.key()).doesNotStartWith(DeadLetter.HEADER_PREFIX));

        assertThat(command.replay(DLQ, null)).isEqualTo(3);
        List<ConsumerRecord<String, String>> all = readAll(TOPIC, 4);
        assertThat(all).extracting(r -> header(r, "ce_id")).containsExactlyInAnyOrder("id-2", "id-1", "id-2", null);
        assertThat(all).filteredOn(r -> "id-1".equals(header(r, "ce_id"))).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("{\"entryId\":\"e1\"}"));
        all.forEach(r -> r.headers().forEach(h -> assertThat(h.key()).doesNotStartWith(DeadLetter.HEADER_PREFIX)));
        // the dead letters stay where they were (Kafka deletes no record)
        assertThat(new DeadLetterTopics(bootstrap).read(List.of(DLQ)).get(DLQ)).hasSize(3);
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
