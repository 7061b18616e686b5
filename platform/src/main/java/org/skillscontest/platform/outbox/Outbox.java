package org.skillscontest.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import java.util.UUID;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.tracing.TraceContext;

/**
 * Where services put the events they publish. {@link #publish} must run inside the transaction of
 * the change the event announces: the row commits with it or not at all, and {@link OutboxRelay}
 * hands it to the broker afterwards.
 */
@ApplicationScoped
public class Outbox implements PanacheRepositoryBase<OutboxRecord, UUID> {

    private static final Object WAKE_RELAY = new Object();

    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Queues {@code value} for its topic with a fresh event id; returns the id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Record value, String key, String subject) {
        return insert(UUID.randomUUID(), value, key, subject);
    }

    /**
     * Queues {@code value} under a chosen event id. Use a deterministic id where the same fact may be
     * derived twice (a replayed results version): the second publication is then the same event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(UUID eventId, Record value, String key, String subject) {
        return insert(eventId, value, key, subject);
    }

    /** An event to queue: its value, record key and CloudEvents subject. */
    public record Pending(Record value, String key, String subject) {
    }

    /**
     * Queues many events (bulk paths: thousands of entries in one request), in the caller's
     * transaction, with fresh event ids in the given order. They are written as bundles of at most
     * {@link OutboxBundle#MAX_EVENTS} events per row: the relay publishes every event as its own
     * record, while the database takes a few rows instead of thousands.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        TraceContext trace = TraceContext.current();
        List<OutboxBundle> bundles = new ArrayList<>();
        OutboxBundle current = null;
        for (Pending e : events) {
            Topic topic = Topic.forValue(e.value());
            if (current == null || current.topic() != topic || current.isFull()) {
                current = new OutboxBundle(topic);
                bundles.add(current);
            }
            current.add(UUID.randomUUID(), e.key(), e.subject(), serialise(e.value()));
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox (id, topic, record_key, type, subject, payload, events, created_at, traceparent, tracestate)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (OutboxBundle bundle : bundles) {
                    // a bundle of one is an ordinary row: the event's own id, key and value
                    boolean single = bundle.size() == 1;
                    OutboxBundle.Line only = single ? bundle.single() : null;
                    insert.setObject(1, single ? only.id() : UUID.randomUUID());
                    insert.setString(2, bundle.topic().topicName());
                    insert.setString(3, single ? only.key() : null);
                    insert.setString(4, bundle.topic().ceType());
                    insert.setString(5, single ? only.subject() : null);
                    insert.setString(6, single ? only.value() : bundle.payload());
                    insert.setInt(7, bundle.size());
                    insert.setTimestamp(8, now);
                    insert.setString(9, trace == null ? null : trace.traceparent());
                    insert.setString(10, trace == null ? null : trace.tracestate());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
    }

    private String serialise(Record value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * One statement that writes the row unless one with its id is there already (no read before it), at
     * once rather than at Hibernate's flush: rows get their {@code seq}, and so their relay order, in
     * the order of the calls, as {@link #publishAll}'s do.
     */
    private UUID insert(UUID eventId, Record value, String key, String subject) {
        Topic topic = Topic.forValue(value);
        String payload = serialise(value);
        // the span that writes the event (a request's, or a consumed record's) goes on in its consumers
        TraceContext trace = TraceContext.current();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox (id, topic, record_key, type, subject, payload, created_at, traceparent, tracestate)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do nothing""")) {
                insert.setObject(1, eventId);
                insert.setString(2, topic.topicName());
                insert.setString(3, key);
                insert.setString(4, topic.ceType());
                insert.setString(5, subject);
                insert.setString(6, payload);
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.setString(8, trace == null ? null : trace.traceparent());
                insert.setString(9, trace == null ? null : trace.tracestate());
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
        return eventId;
    }

    /** Once per transaction: when it commits, the relay publishes at once instead of on its next tick. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_RELAY) != null) {
            return;
        }
        transactions.putResource(WAKE_RELAY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
