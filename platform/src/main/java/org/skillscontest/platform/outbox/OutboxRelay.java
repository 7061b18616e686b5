package org.skillscontest.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
        again.set(true);
        if (!passing.tryLock()) {
            return; // the pass under way goes round once more
        }
        try {
            while (again.getAndSet(false)) {
                while (relayBatch() == batchSize) {
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

    @PreDestroy
    void stop() {
        waker.shutdown();
    }

    /** Publishes one batch and returns its size. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxRecord> batch = em.createNativeQuery(
                            "select * from outbox where sent_at is null order by seq limit :n for update skip locked",
                            OutboxRecord.class)
                    .setParameter("n", batchSize)
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            CompletableFuture<?>[] acks = batch.stream().map(this::send).toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(acks).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            // one statement for the batch, not an update per row
            em.createQuery("update OutboxRecord r set r.sentAt = :now where r.id in :ids")
                    .setParameter("now", Instant.now())
                    .setParameter("ids", batch.stream().map(row -> row.id).toList())
                    .executeUpdate();
            return batch.size();
        });
    }

    private CompletableFuture<Void> send(OutboxRecord row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.key)
                .build();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.id.toString())
                .withType(row.type)
                .withSource(source)
                .withSubject(row.subject)
                .withTimestamp(row.createdAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        emitter.send(Message.of(row.payload, Metadata.of(kafka, cloudEvent),
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
