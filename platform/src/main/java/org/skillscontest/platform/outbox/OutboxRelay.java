package org.skillscontest.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox records in order, as soon as the transaction that wrote them commits and on a
 * timer as a safety net, and marks them sent only after the broker acknowledged them.
 *
 * <p>Any number of instances of a service may run: each batch is one transaction that first takes
 * the relay's turn ({@link UnsentRows#takeTurn}, a PostgreSQL advisory lock), so one instance at a
 * time sends, always the oldest unsent rows, and per-key order holds. An instance that finds the
 * turn taken leaves the work to its holder; when the holder dies, its transaction ends and the next
 * tick of any instance carries on. After a crash between acknowledgement and commit the rows are
 * sent again, before anything later, with the same {@code ce_id}, which consumers ignore.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final UnsentRows rows;
    private final CloudEventSender sender;
    private final Clock clock;
    private final int batchSize;
    private final ReentrantLock passing = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant failingSince;
    private volatile String lastFailure;

    public OutboxRelay(UnsentRows rows, CloudEventSender sender, Clock clock,
                       @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "500") int batchSize) {
        this.rows = rows;
        this.sender = sender;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Since when passes fail (the broker or the database away), or null while all goes well. */
    public Instant failingSince() {
        return failingSince;
    }

    public String lastFailure() {
        return lastFailure;
    }

    /** Asks for a relay pass soon: called after a transaction that wrote outbox records committed. */
    void wake() {
        if (!waker.isShutdown()) {
            waker.execute(this::relay);
        }
    }

    /** The safety net: rows left by a failed pass, a crash or another instance's turn go out on the next tick. */
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
            if (failingSince != null) {
                LOG.infof("outbox relay resumed after %d s", Duration.between(failingSince, clock.instant()).toSeconds());
                failingSince = null;
            }
        } catch (Exception e) {
            if (failingSince == null) {
                failingSince = clock.instant();
            }
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("outbox relay paused, will retry: %s", lastFailure);
            return;
        } finally {
            passing.unlock();
        }
        if (again.get()) {
            relay();
        }
    }

    /**
     * Sends one batch, in one transaction holding the relay's turn: the oldest unsent rows holding up
     * to {@code batchSize} events. Returns how many events went out (0 when none were waiting or
     * another instance has the turn).
     */
    int relayBatch() throws Exception {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!rows.takeTurn()) {
                return 0;
            }
            List<Unsent> batch = rows.next(batchSize);
            if (batch.isEmpty() || waker.isShutdown()) {
                return 0;
            }
            List<Unsent.Outgoing> records = batch.stream().flatMap(r -> r.records().stream()).toList();
            sender.sendAll(records);
            rows.markSent(batch, clock.instant());
            return records.size();
        });
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
            if (!passing.tryLock(sender.ackTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                LOG.warn("outbox relay still busy at shutdown; its unsent rows go out after the next start");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            sender.close();
        } finally {
            passing.unlock();
        }
    }

    /** Sent records are kept a while for audit and replay, then removed. */
    @Scheduled(every = "1h", delayed = "1m")
    void purgeSent() {
        QuarkusTransaction.requiringNew().run(() -> rows.purgeSentBefore(clock.instant().minus(Duration.ofDays(7))));
    }
}
