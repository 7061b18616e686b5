package org.skillscontest.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hibernate.Session;
import org.skillscontest.platform.tracing.RecordSpans;
import org.skillscontest.platform.tracing.TraceContext;

/**
 * Makes consumers idempotent: a record's {@code ce_id} is stored in {@code processed_event} in the
 * same transaction as the record's effect, so a redelivered record changes nothing. A record that
 * cannot be read or handled throws, and the channel's failure strategy sends it to the dead-letter
 * topic; a failure of the database itself is retried in place ({@link #consume}).
 */
@ApplicationScoped
public class Inbox {

    /** One statement for a whole batch: the ids it returns are those never processed before. */
    private static final String INSERT_NEW = """
            insert into processed_event (event_id, topic, processed_at)
            select id, topic, now() from unnest(?::varchar[], ?::varchar[]) as received(id, topic)
            on conflict do nothing
            returning event_id""";

    private final EntityManager em;
    private final ObjectMapper json;
    private final TransientRetry retry;
    private final RecordSpans spans;

    public Inbox(EntityManager em, ObjectMapper json, TransientRetry retry, RecordSpans spans) {
        this.em = em;
        this.json = json;
        this.retry = retry;
        this.spans = spans;
    }

    /**
     * What a consumer method calls for one record: {@link #receive} in a transaction of its own,
     * tried again (and the partition held) for as long as it fails transiently. Returns false for a
     * duplicate; throws for a record that can never be processed. It runs in the record's span, which
     * continues the trace of the span that wrote the record's outbox row (its {@code traceparent}).
     */
    public <T> boolean consume(ConsumerRecord<String, String> record, Class<T> type, Consumer<T> effect) {
        return spans.process(record, () -> retry.call(describe(record),
                () -> QuarkusTransaction.requiringNew().call(() -> receive(record, type, effect))));
    }

    /** {@code topic-partition@offset}: where a record is, for logs and readiness. */
    static String describe(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /**
     * Hands the record's value, read as {@code type}, to {@code effect} unless its event id was
     * processed before. Returns false for a duplicate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> boolean receive(ConsumerRecord<String, String> record, Class<T> type, Consumer<T> effect) {
        String eventId = eventId(record);
        T value = read(record, type);
        int inserted = em.createNativeQuery(
                        "insert into processed_event (event_id, topic, processed_at) values (:id, :topic, :at) on conflict do nothing")
                .setParameter("id", eventId)
                .setParameter("topic", record.topic())
                .setParameter("at", Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        effect.accept(value);
        return true;
    }

    /**
     * A poll's worth of records in the caller's transaction: every value is read first (one that
     * cannot be read throws, and with it the whole batch), the event ids are recorded in one
     * statement, and {@code effect} gets the values never processed before, in record order, each
     * once. Returns how many that was (0: the effect is not called).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> int receiveAll(List<ConsumerRecord<String, String>> records, Class<T> type, Consumer<List<T>> effect) {
        return receiveAllWithTraces(records, type, received -> effect.accept(received.stream().map(Received::value).toList()));
    }

    /** {@link #receiveAll}, each value with the trace context its record carried. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> int receiveAllWithTraces(List<ConsumerRecord<String, String>> records, Class<T> type,
                                        Consumer<List<Received<T>>> effect) {
        Map<String, Received<T>> values = new LinkedHashMap<>();
        Map<String, String> topics = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String eventId = eventId(record);
            T value = read(record, type);
            if (values.putIfAbsent(eventId, new Received<>(value, TraceContext.of(record.headers()))) == null) {
                topics.put(eventId, record.topic());
            }
        }
        if (values.isEmpty()) {
            return 0;
        }
        Set<String> fresh = recordNew(topics);
        List<Received<T>> effects = new ArrayList<>(fresh.size());
        values.forEach((id, value) -> {
            if (fresh.contains(id)) {
                effects.add(value);
            }
        });
        if (!effects.isEmpty()) {
            effect.accept(effects);
        }
        return effects.size();
    }

    /** Inserts the ids (id → topic) that are not there yet; returns those. */
    private Set<String> recordNew(Map<String, String> topics) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_NEW)) {
                Array ids = connection.createArrayOf("varchar", topics.keySet().toArray());
                Array names = connection.createArrayOf("varchar", topics.values().toArray());
                insert.setArray(1, ids);
                insert.setArray(2, names);
                Set<String> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getString(1));
                    }
                }
                return inserted;
            }
        });
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        String eventId = header(record, "ce_id");
        if (eventId == null) {
            throw new UnprocessableEventException("record has no ce_id header (CloudEvents binary mode required)");
        }
        return eventId;
    }

    private <T> T read(ConsumerRecord<String, String> record, Class<T> type) {
        if (record.value() == null) {
            throw new UnprocessableEventException("value is not a readable " + type.getSimpleName() + ": the record has no value");
        }
        try {
            return json.readValue(record.value(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnprocessableEventException("value is not a readable " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
