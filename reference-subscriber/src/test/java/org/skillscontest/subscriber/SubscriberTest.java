package org.skillscontest.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.KafkaBroker;
import org.skillscontest.testing.PostgresServer;

/**
 * The subscriber on a real broker and a real PostgreSQL: events applied once, redeliveries ignored across a
 * restart, a replay from a timestamp changing nothing, and every kind of poison on its own dead-letter topic
 * with the reason.
 */
class SubscriberTest {

    private static final String PROMOTED = Topic.ENTRANT_PROMOTED.topicName();
    private static final String HONOURS = Topic.HONOUR_RECOMMENDED.topicName();

    private static String kafka;
    private static KafkaProducer<String, String> producer;
    /** Each test's own database; and its records begin at {@link #start} (the topics are shared). */
    private String jdbcUrl;
    private Instant start;

    @BeforeAll
    static void infrastructure() {
        kafka = KafkaBroker.bootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void cleanUp() {
        producer.close();
    }

    @BeforeEach
    void freshDatabase() {
        jdbcUrl = PostgresServer.get().freshDatabase("subscriber");
        start = Instant.now();
    }

    @AfterEach
    void dropDatabase() {
        PostgresServer.get().dropDatabase(jdbcUrl);
    }

    private Subscriber.Settings settings() {
        String group = "subscriber-test-" + UUID.randomUUID();
        return new Subscriber.Settings(kafka, group, group + ".dlq", jdbcUrl, PostgresServer.get().user(), PostgresServer.get().password(),
                Optional.empty());
    }

    @Test
    void appliesEachEventOnceAcrossRedeliveryRestartAndReplayAndDeadLettersThePoison() throws Exception {
        Subscriber.Settings settings = settings();
        String group = settings.groupId();
        List<String> promotions = new ArrayList<>();
        List<String> honours = new ArrayList<>();
        String firstId = null;
        for (int i = 0; i < 3; i++) {
            String promotion = UUID.randomUUID().toString();
            String ceId = send(PROMOTED, null, promotion(promotion, UUID.randomUUID().toString()));
            firstId = firstId == null ? ceId : firstId;
            promotions.add(promotion);
        }
        for (int i = 0; i < 2; i++) {
            String honour = UUID.randomUUID().toString();
            send(HONOURS, null, honour(honour, "MAY_DAY_MEDAL"));
            honours.add(honour);
        }
        // a redelivery: the relay sent the first promotion again after a crash, with its id
        send(PROMOTED, firstId, promotion(promotions.get(0), UUID.randomUUID().toString()));
        // poison, one of each kind
        sendRaw(HONOURS, headers(HONOURS, UUID.randomUUID().toString()), "{\"honourId\": <<not json");
        sendRaw(HONOURS, headers(HONOURS, null), honour(UUID.randomUUID().toString(), "MAY_DAY_MEDAL"));
        sendRaw(HONOURS, headers(HONOURS, UUID.randomUUID().toString()), honour(UUID.randomUUID().toString(), "GOLDEN_HANDSHAKE"));
        sendRaw(HONOURS, headers(PROMOTED, UUID.randomUUID().toString()), honour(UUID.randomUUID().toString(), "MAY_DAY_MEDAL"));

        // a new group starts at the topics' beginning; this one skips the other tests' records
        try (Subscriber subscriber = new Subscriber(settings.withReplayFrom(start)).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> subscriber.processed() == 5 && subscriber.deadLettered() == 4);
            await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.duplicates() == 1);
        }
        try (Inbox inbox = inbox()) {
            assertThat(inbox.promotionIds()).containsExactlyInAnyOrderElementsOf(promotions);
            assertThat(inbox.honourIds()).containsExactlyInAnyOrderElementsOf(honours);
        }
        List<ConsumerRecord<String, String>> dead = deadLetters(settings.deadLetterTopic(), 4);
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, DeadLetters.ORIGIN_TOPIC)).isEqualTo(HONOURS);
            assertThat(header(r, DeadLetters.ORIGIN_OFFSET)).matches("\\d+");
            assertThat(header(r, DeadLetters.GROUP)).isEqualTo(group);
        });
        assertThat(dead).extracting(r -> header(r, DeadLetters.REASON)).satisfiesExactlyInAnyOrder(
                reason -> assertThat(reason).startsWith("value is not JSON"),
                reason -> assertThat(reason).isEqualTo("no ce_id header"),
                reason -> assertThat(reason).startsWith("value does not match the schema of " + HONOURS).contains("kind"),
                reason -> assertThat(reason).isEqualTo("ce_type " + PROMOTED + " does not match the topic " + HONOURS));
        assertThat(dead).filteredOn(r -> header(r, "ce_id") != null).extracting(r -> header(r, "ce_source")).containsOnly("/test");

        // a restart: the committed position holds, a late redelivery is ignored, a new event applied
        String late = UUID.randomUUID().toString();
        send(PROMOTED, firstId, promotion(promotions.get(0), UUID.randomUUID().toString()));
        send(PROMOTED, null, promotion(late, UUID.randomUUID().toString()));
        try (Subscriber restarted = new Subscriber(settings).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> restarted.processed() == 1 && restarted.duplicates() == 1);
            assertThat(restarted.deadLettered()).isZero();
        }

        // a replay from the test's start: everything read again, nothing applied twice; the poison is dead-lettered again
        try (Subscriber replaying = new Subscriber(settings.withReplayFrom(start)).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> replaying.duplicates() == 8 && replaying.deadLettered() == 4);
            assertThat(replaying.processed()).isZero();
        }
        try (Inbox inbox = inbox()) {
            assertThat(inbox.promotionIds()).hasSize(4).contains(late);
            assertThat(inbox.processedEventIds(PROMOTED)).hasSize(4);
            assertThat(inbox.processedEventIds(HONOURS)).hasSize(2);
        }
    }

    @Test
    void theSameFactUnderASecondEventIdIsRefusedNotAppliedTwice() throws Exception {
        Subscriber.Settings settings = settings();
        String honour = UUID.randomUUID().toString();
        send(HONOURS, null, honour(honour, "TECHNICAL_EXPERT"));
        send(HONOURS, null, honour(honour, "TECHNICAL_EXPERT"));
        try (Subscriber subscriber = new Subscriber(settings.withReplayFrom(start)).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> subscriber.deadLettered() >= 1);
        }
        assertThat(header(deadLetters(settings.deadLetterTopic(), 1).get(0), DeadLetters.REASON))
                .startsWith("the same fact was received before under another ce_id");
    }

    private Inbox inbox() {
        return new Inbox(jdbcUrl, PostgresServer.get().user(), PostgresServer.get().password());
    }

    /** Sends an event as the services' outbox relay does; returns its ce_id. */
    private static String send(String topic, String ceId, String value) throws Exception {
        String id = ceId == null ? UUID.randomUUID().toString() : ceId;
        sendRaw(topic, headers(topic, id), value);
        return id;
    }

    private static void sendRaw(String topic, RecordHeaders headers, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, null, "key", value, headers)).get(30, TimeUnit.SECONDS);
    }

    private static RecordHeaders headers(String type, String ceId) {
        RecordHeaders h = new RecordHeaders();
        h.add("ce_specversion", bytes("1.0"));
        if (ceId != null) {
            h.add("ce_id", bytes(ceId));
        }
        h.add("ce_type", bytes(type));
        h.add("ce_source", bytes("/test"));
        h.add("content-type", bytes("application/json"));
        h.add("ce_time", bytes(Instant.now().toString()));
        return h;
    }

    static String promotion(String promotionId, String personId) {
        return """
                {"promotionId":"%s","personId":"%s","maskedIdNumber":"650202********0011","name":"艾力","federation":"KLMY-FTU",
                 "from":{"competition":"KLMY-2026","event":"DELIVERY-RIDER","level":"CITY","entryId":"%s","place":1,"total":96.5,"award":"GOLD"},
                 "to":{"competition":"XJ-2026","event":"DELIVERY-RIDER","level":"PROVINCIAL"}}""".formatted(promotionId, personId, UUID.randomUUID());
    }

    static String honour(String honourId, String kind) {
        return """
                {"honourId":"%s","personId":"%s","kind":"%s","level":"CITY","competition":"KLMY-2026","event":"DELIVERY-RIDER",
                 "place":1,"targetSkillLevel":null}""".formatted(honourId, UUID.randomUUID(), kind);
    }

    private static List<ConsumerRecord<String, String>> deadLetters(String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "read-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.size() < expected && System.currentTimeMillis() < deadline) {
                c.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        assertThat(records).hasSize(expected);
        return records;
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        return CloudEvent.header(r.headers(), name);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
