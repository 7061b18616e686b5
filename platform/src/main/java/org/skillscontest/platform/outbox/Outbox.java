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
import java.util.List;
import org.hibernate.Session;
import java.util.UUID;
import org.skillscontest.contracts.Topic;

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
        return findById(eventId) != null ? eventId : insert(eventId, value, key, subject);
    }

    /** An event to queue: its value, record key and CloudEvents subject. */
    public record Pending(Record value, String key, String subject) {
    }

    /**
     * Queues many events in one JDBC batch (bulk paths: thousands of entries in one request), in the
     * caller's transaction, with fresh event ids in the given order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        int n = events.size();
        UUID[] ids = new UUID[n];
        String[] topics = new String[n];
        String[] types = new String[n];
        String[] keys = new String[n];
        String[] subjects = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            Pending e = events.get(i);
            ids[i] = UUID.randomUUID();
            Topic topic = Topic.forValue(e.value());
            topics[i] = topic.topicName();
            types[i] = topic.ceType();
            keys[i] = e.key();
            subjects[i] = e.subject();
            payloads[i] = serialise(e.value());
        }
        // one statement for the whole batch: arrays unnested into rows, in order (seq follows it)
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox (id, topic, record_key, type, subject, payload, created_at)
                    select id, topic, record_key, type, subject, payload, ?
                    from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                         with ordinality as u(id, topic, record_key, type, subject, payload, n)
                    order by n""")) {
                insert.setTimestamp(1, now);
                insert.setArray(2, connection.createArrayOf("uuid", ids));
                insert.setArray(3, connection.createArrayOf("text", topics));
                insert.setArray(4, connection.createArrayOf("text", keys));
                insert.setArray(5, connection.createArrayOf("text", types));
                insert.setArray(6, connection.createArrayOf("text", subjects));
                insert.setArray(7, connection.createArrayOf("text", payloads));
                insert.executeUpdate();
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

    private UUID insert(UUID eventId, Record value, String key, String subject) {
        Topic topic = Topic.forValue(value);
        OutboxRecord row = new OutboxRecord();
        row.id = eventId;
        row.topic = topic.topicName();
        row.type = topic.ceType();
        row.key = key;
        row.subject = subject;
        row.createdAt = Instant.now();
        row.payload = serialise(value);
        persist(row);
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
