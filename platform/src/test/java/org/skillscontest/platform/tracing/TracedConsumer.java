package org.skillscontest.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.contracts.HonourWithdrawn;
import org.skillscontest.contracts.PromotionRevoked;
import org.skillscontest.platform.inbox.Inbox;
import org.skillscontest.platform.outbox.Outbox;

/**
 * Consumes revoked promotions through the inbox as a service does, notes what each record's handling
 * saw (the record's traceparent header, the span current in the effect and its parent) and, like a
 * service reacting to an event, writes a follow-up event to the outbox: the next hop of the trace.
 */
@ApplicationScoped
public class TracedConsumer {

    /** What one handled record saw; {@code followUp} is the id of the event its effect wrote. */
    public record Seen(String header, String traceId, String spanId, String parentSpanId, UUID followUp) {
    }

    static final Map<UUID, Seen> SEEN = new ConcurrentHashMap<>();

    private final Inbox inbox;
    private final Outbox outbox;

    public TracedConsumer(Inbox inbox, Outbox outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @Incoming("traced")
    @Blocking
    public void onRevoked(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(TraceContext.TRACEPARENT);
        inbox.consume(record, PromotionRevoked.class, revoked -> {
            Span current = Span.current();
            String parent = current instanceof ReadableSpan readable ? readable.getParentSpanContext().getSpanId() : null;
            UUID followUp = outbox.publish(new HonourWithdrawn(UUID.randomUUID(), revoked.personId(), HonourKind.TECHNICAL_EXPERT,
                    "trace-test", "trace-test", "follow-up of " + revoked.promotionId()), revoked.promotionId().toString(), null);
            SEEN.put(revoked.promotionId(), new Seen(header == null ? null : new String(header.value(), StandardCharsets.UTF_8),
                    current.getSpanContext().getTraceId(), current.getSpanContext().getSpanId(), parent, followUp));
        });
    }
}
