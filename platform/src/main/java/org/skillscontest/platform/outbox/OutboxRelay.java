package org.skillscontest.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
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

    private final EntityManager em;
    private final Emitter<String> emitter;
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

    public OutboxRelay(EntityManager em,
                       @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<String> emitter,
                       @ConfigProperty(name = "quarkus.application.name") String service,
                       @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "outbox.relay.ack-timeout", defaultValue = "PT30S") Duration ackTimeout) {
        this.em = em;
        this.emitter = emitter;
        this.source = URI.create("/" + service);
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
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
            while (again.getAndSet(false)) {
                while (relayBatch() >= batchSize) {
                    // a full batch: more may be waiting
                }
            }
        } catch (RuntimeException e) {
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
        waker.shutdown();
    }

    @PreDestroy
    void stop() {
        waker.shutdown();
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
            CompletableFuture<?>[] acks = rows.stream().flatMap(row -> row.records().stream()).map(this::send)
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(acks).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            markSent(rows.stream().map(Unsent::id).toArray(UUID[]::new));
            return acks.length;
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

    private CompletableFuture<Void> send(Outgoing row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic())
                .withKey(row.key())
                .build();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.id().toString())
                .withType(row.type())
                .withSource(source)
                .withSubject(row.subject())
                .withTimestamp(row.createdAt().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        emitter.send(Message.of(row.payload(), Metadata.of(kafka, cloudEvent),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
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
