package org.skillscontest.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.skillscontest.contracts.Topic;

/**
 * Where services put the events they publish. {@link #publish} must run inside the transaction of
 * the change the event announces: the row commits with it or not at all, and {@link OutboxRelay}
 * hands it to the broker afterwards.
 */
@ApplicationScoped
public class Outbox implements PanacheRepositoryBase<OutboxRecord, UUID> {

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** Queues {@code value} for its topic with a fresh event id; returns the id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Record value, String key, String subject) {
        return publish(UUID.randomUUID(), value, key, subject);
    }

    /**
     * Queues {@code value} under a chosen event id. Use a deterministic id where the same fact may be
     * derived twice (a replayed results version): the second publication is then the same event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(UUID eventId, Record value, String key, String subject) {
        if (findById(eventId) != null) {
            return eventId;
        }
        Topic topic = Topic.forValue(value);
        OutboxRecord row = new OutboxRecord();
        row.id = eventId;
        row.topic = topic.topicName();
        row.type = topic.ceType();
        row.key = key;
        row.subject = subject;
        row.createdAt = Instant.now();
        try {
            row.payload = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
        persist(row);
        return eventId;
    }
}
