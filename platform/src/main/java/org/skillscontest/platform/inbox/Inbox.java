package org.skillscontest.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Makes consumers idempotent: a record's {@code ce_id} is stored in {@code processed_event} in the
 * same transaction as the record's effect, so a redelivered record changes nothing. A record that
 * cannot be read or handled throws, and the channel's dead-letter strategy takes it.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;
    private final ObjectMapper json;

    public Inbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Hands the record's value, read as {@code type}, to {@code effect} unless its event id was
     * processed before. Returns false for a duplicate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> boolean receive(ConsumerRecord<String, String> record, Class<T> type, Consumer<T> effect) {
        String eventId = header(record, "ce_id");
        if (eventId == null) {
            throw new UnprocessableEventException("record has no ce_id header (CloudEvents binary mode required)");
        }
        T value;
        try {
            value = json.readValue(record.value(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnprocessableEventException("value is not a readable " + type.getSimpleName() + ": " + e.getMessage());
        }
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

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
