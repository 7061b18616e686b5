package org.skillscontest.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.skillscontest.platform.tracing.TraceContext;

/** An unsent outbox row as the relay reads it: one event, or a bundle of many. No managed entity. */
record Unsent(UUID id, String topic, String key, String type, String subject, String payload, int events, Instant createdAt,
              TraceContext trace) {

    /** One Kafka record to send; its id is the CloudEvents id; {@code trace} (may be null) goes in its headers. */
    record Outgoing(UUID id, String topic, String key, String type, String subject, String payload, Instant createdAt,
                    TraceContext trace) {
    }

    /** The Kafka records to send: the row itself, or each line of a bundle with its own id, in order. */
    List<Outgoing> records() {
        if (events == 1) {
            return List.of(new Outgoing(id, topic, key, type, subject, payload, createdAt, trace));
        }
        // a bundle is written by one transaction, so its events share the writer's trace context
        return OutboxBundle.read(payload).stream()
                .map(l -> new Outgoing(l.id(), topic, l.key(), type, l.subject(), l.value(), createdAt, trace)).toList();
    }
}
