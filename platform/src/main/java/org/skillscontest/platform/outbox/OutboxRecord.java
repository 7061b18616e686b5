package org.skillscontest.platform.outbox;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be published, written in the same transaction as the change it announces.
 * Its id is the CloudEvents {@code ce_id}: a redelivery carries the same id, so consumers dedupe.
 */
@Entity
@Table(name = "outbox")
public class OutboxRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Publication order: records are relayed by ascending sequence, so one key's records stay in order. */
    @Column(insertable = false, updatable = false)
    public long seq;

    public String topic;

    /** The Kafka record key; none for a bundle, whose lines carry their own. */
    @Column(name = "record_key")
    public String key;

    public String type;

    public String subject;

    /** The event's JSON value, or for a bundle one line per event (see {@link OutboxBundle}). */
    public String payload;

    /** How many events the row holds: 1, or more for a bundle written by a bulk path. */
    public int events = 1;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The W3C trace context of the span that wrote the row, sent as Kafka headers; null where none was current. */
    public String traceparent;

    public String tracestate;
}
