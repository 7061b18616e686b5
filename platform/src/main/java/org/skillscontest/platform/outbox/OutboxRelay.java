package org.skillscontest.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Publishes outbox records in order, as soon as the transaction that wrote them commits and on a
 * timer as a safety net, and marks them sent only after the broker acknowledged them
 * ({@code acks=all}, idempotent producer). Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances of a service share the work without publishing a row twice in the normal case;
 * after a crash between acknowledgement and commit a row is published again with the same
 * {@code ce_id}, which consumers ignore.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final byte[] SPEC_VERSION = utf8("1.0");
    private static final byte[] JSON = utf8("application/json");

    private final EntityManager em;
    private final Map<String, Object> producerConfig;
    private volatile Producer<String, String> producer;
    private final URI source;
    private final int batchSize;
    private final Duration ackTimeout;
    private final ReentrantLock passing = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    public OutboxRelay(EntityManager em, @Identifier("default-kafka-broker") Map<String, Object> kafka, Config config,
                       @ConfigProperty(name = "quarkus.application.name") String service,
                       @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "outbox.relay.ack-timeout", defaultValue = "PT30S") Duration ackTimeout) {
        this.em = em;
        this.producerConfig = producerConfig(kafka, config, service);
        this.source = URI.create("/" + service);
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
    }

    /**
     * The relay's own producer: the {@code kafka.*} settings every client of the service shares
     * (brokers, security), then {@code outbox.producer.*} (acks=all, idempotence, batching). The relay
     * hands it whole batches of records; through an emitter, one message at a time, relaying cost more
     * CPU than the intake that wrote the rows.
     */
    private static Map<String, Object> producerConfig(Map<String, Object> kafka, Config config, String service) {
        Map<String, Object> settings = new HashMap<>(kafka);
        String prefix = "outbox.producer.";
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix)) {
                settings.put(name.substring(prefix.length()), config.getValue(name, String.class));
            }
        }
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-" + service);
        return settings;
    }

    /** Called under {@code passing} only; null once the relay has stopped. */
    private Producer<String, String> producer() {
        if (producer == null && !waker.isShutdown()) {
            producer = new KafkaProducer<>(producerConfig);
        }
        return producer;
    }

    /**
     * After a failed pass the producer may still hold some of its records and deliver them later,
     * after records sent next: drop it with what it holds, so the next pass sends the rows again, in
     * order, through a fresh producer (a record delivered twice keeps its {@code ce_id}).
     */
    private void discardProducer() {
        Producer<String, String> failed = producer;
        producer = null;
        if (failed != null) {
            failed.close(Duration.ZERO);
        }
    }

    /** Asks for a relay pass soon: called after a transaction that wrote outbox records committed. */
    void wake() {
        if (!waker.isShutdown()) {
            waker.execute(this::relay);
        }
    }

    /** The safety net: records left by a failed pass or a crash are relayed on the next tick. */
    @Scheduled(every = "${outbox.relay.interval:1s}", delayed = "${outbox.relay.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (waker.isShutdown()) {
            return; // shutting down: the database may be gone already; the next start relays what is left
        }
        again.set(true);
        if (!passing.tryLock()) {
            return; // the pass under way goes round once more
        }
        try {
            while (again.getAndSet(false) && !waker.isShutdown()) {
                while (!waker.isShutdown() && relayBatch() >= batchSize) {
                    // a full batch: more may be waiting
                }
            }
        } catch (RuntimeException e) {
            discardProducer();
            LOG.warnf("outbox relay paused, will retry: %s", e.getMessage());
            return;
        } finally {
            passing.unlock();
        }
        if (again.get()) {
            relay();
        }
    }

    /** Stops relaying before the persistence unit closes; unsent rows wait for the next start. */
    void stop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    @PreDestroy
    void stop() {
        waker.shutdown();
        try {
            // a pass under way ends after its batch (bounded by the ack timeout); what it did not mark sent is sent again
            if (!passing.tryLock(ackTimeout.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                LOG.warn("outbox relay still busy at shutdown; its unsent rows go out after the next start");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
                producer = null;
            }
        } finally {
            passing.unlock();
        }
    }

    /** An unsent row as the relay reads it (one event, or a bundle of many); no managed entity. */
    private record Unsent(UUID id, String topic, String key, String type, String subject, String payload, int events,
                          Instant createdAt) {

        /** The Kafka records to send: the row itself, or each line of a bundle with its own id. */
        List<Outgoing> records() {
            if (events == 1) {
                return List.of(new Outgoing(id, topic, key, type, subject, payload, createdAt));
            }
            return OutboxBundle.read(payload).stream()
                    .map(l -> new Outgoing(l.id(), topic, l.key(), type, l.subject(), l.value(), createdAt)).toList();
        }
    }

    /** One Kafka record; its id is the CloudEvents id. */
    private record Outgoing(UUID id, String topic, String key, String type, String subject, String payload, Instant createdAt) {
    }

    /** Publishes one batch of rows and returns how many events they held. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Unsent> rows = claim();
            if (rows.isEmpty()) {
                return 0;
            }
            Producer<String, String> producer = producer();
            if (producer == null) {
                return 0; // stopped
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>();
            CompletableFuture<Void> failed = new CompletableFuture<>();
            for (Unsent row : rows) {
                for (Outgoing record : row.records()) {
                    if (failed.isCompletedExceptionally()) {
                        failed.join(); // nothing after a failed record: a later record of its key must not overtake it
                    }
                    CompletableFuture<Void> ack = send(producer, record);
                    ack.whenComplete((ok, failure) -> {
                        if (failure != null) {
                            failed.completeExceptionally(failure);
                        }
                    });
                    acks.add(ack);
                }
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            markSent(rows.stream().map(Unsent::id).toArray(UUID[]::new));
            return acks.size();
        });
    }

    /**
     * The oldest unsent rows holding up to {@code batchSize} events (at least one row), locked for
     * this transaction; rows another instance holds are skipped. The rows are chosen by their event
     * counts first, so a bundle's large payload is read only when it is sent. Plain JDBC: the relay
     * only reads and marks rows, so Hibernate need not manage them.
     */
    private List<Unsent> claim() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<UUID> chosen = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, events from outbox where sent_at is null order by seq limit ? for update skip locked""")) {
                select.setInt(1, batchSize);
                int events = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (events < batchSize && rs.next()) {
                        chosen.add(rs.getObject(1, UUID.class));
                        events += rs.getInt(2);
                    }
                }
            }
            List<Unsent> rows = new ArrayList<>(chosen.size());
            if (chosen.isEmpty()) {
                return rows;
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, topic, record_key, type, subject, payload, events, created_at from outbox
                    where id = any(?::uuid[]) order by seq""")) {
                select.setArray(1, connection.createArrayOf("uuid", chosen.toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Unsent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getObject(8, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return rows;
        });
    }

    /** One statement for the batch, the ids as one array parameter. */
    private void markSent(UUID[] ids) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update outbox set sent_at = ? where id = any(?::uuid[])")) {
                update.setTimestamp(1, Timestamp.from(Instant.now()));
                update.setArray(2, connection.createArrayOf("uuid", ids));
                update.executeUpdate();
            }
        });
    }

    /**
     * One record in CloudEvents binary mode, with the headers SmallRye's Kafka connector writes for an
     * outgoing CloudEvent and reads on the consumers' side.
     */
    private CompletableFuture<Void> send(Producer<String, String> producer, Outgoing row) {
        Headers headers = new RecordHeaders()
                .add("ce_specversion", SPEC_VERSION)
                .add("ce_id", utf8(row.id().toString()))
                .add("ce_type", utf8(row.type()))
                .add("ce_source", utf8(source.toString()))
                .add("content-type", JSON);
        if (row.subject() != null) {
            headers.add("ce_subject", utf8(row.subject()));
        }
        headers.add("ce_time", utf8(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.createdAt().atZone(ZoneOffset.UTC))));
        CompletableFuture<Void> acked = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers), (metadata, failure) -> {
            if (failure == null) {
                acked.complete(null);
            } else {
                acked.completeExceptionally(failure);
            }
        });
        return acked;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Sent records are kept a while for audit and replay, then removed. */
    @Scheduled(every = "1h", delayed = "1m")
    void purgeSent() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("delete from OutboxRecord r where r.sentAt < :before")
                .setParameter("before", Instant.now().minus(Duration.ofDays(7)))
                .executeUpdate());
    }
}
