package org.skillscontest.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.PromotionRevoked;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * The trace crosses Kafka through the outbox and the inbox, on the real broker and database: the span
 * that writes an outbox row is the parent of the span that handles the record in the consumer, and the
 * event that handling writes carries the consumer's span further.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class TraceThroughKafkaTest {

    @Inject
    Outbox outbox;

    @Inject
    Tracer tracer;

    @Inject
    EntityManager em;

    @Test
    void theConsumersSpanContinuesTheSpanThatWroteTheOutboxRow() {
        UUID promotion = UUID.randomUUID();
        Span writer = tracer.spanBuilder("federation POST (test)").startSpan();
        try (Scope ignored = writer.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(new PromotionRevoked(promotion, UUID.randomUUID(),
                    new EventRef("trace-test", "trace-test", Level.PROVINCIAL), "trace test"), promotion.toString(), null));
        } finally {
            writer.end();
        }
        SpanContext wrote = writer.getSpanContext();
        assertThat(wrote.isValid()).as("the test runs with the SDK on").isTrue();

        TracedConsumer.Seen seen = await().atMost(Duration.ofSeconds(60))
                .until(() -> TracedConsumer.SEEN.get(promotion), s -> s != null);

        // the record carries the writer's context, sent by the relay from the outbox row
        assertThat(seen.header()).isEqualTo("00-" + wrote.getTraceId() + "-" + wrote.getSpanId() + "-01");
        // the handling span is the writer's child, in the same trace
        assertThat(seen.traceId()).isEqualTo(wrote.getTraceId());
        assertThat(seen.parentSpanId()).isEqualTo(wrote.getSpanId());
        assertThat(seen.spanId()).isNotEqualTo(wrote.getSpanId());
        // and the event the consumer wrote goes on from the handling span: the next hop of the same trace
        String next = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select traceparent from outbox where id = ?1").setParameter(1, seen.followUp()).getSingleResult());
        assertThat(next).isEqualTo("00-" + wrote.getTraceId() + "-" + seen.spanId() + "-01");
    }

    @Inject
    OriginSpans originSpans;

    /** A promotion continues the entrant's registration trace and links the lock's trace that set it off. */
    @Test
    void workOnBehalfOfAnOriginContinuesItsTraceAndLinksWhatSetItOff() {
        Span intake = tracer.spanBuilder("federation POST (test)").startSpan();
        intake.end();
        TraceContext origin = new TraceContext("00-" + intake.getSpanContext().getTraceId() + "-"
                + intake.getSpanContext().getSpanId() + "-01", null);
        Span lock = tracer.spanBuilder("chief judge's lock (test)").startSpan();
        io.opentelemetry.sdk.trace.data.SpanData[] made = new io.opentelemetry.sdk.trace.data.SpanData[1];
        try (Scope ignored = lock.makeCurrent()) {
            originSpans.run("promote entrant", origin, io.opentelemetry.api.common.Attributes.empty(),
                    () -> made[0] = ((io.opentelemetry.sdk.trace.ReadableSpan) Span.current()).toSpanData());
        } finally {
            lock.end();
        }
        assertThat(made[0].getTraceId()).isEqualTo(intake.getSpanContext().getTraceId());
        assertThat(made[0].getParentSpanId()).isEqualTo(intake.getSpanContext().getSpanId());
        assertThat(made[0].getLinks()).extracting(l -> l.getSpanContext().getTraceId()).containsExactly(lock.getSpanContext().getTraceId());

        // an origin received before traces were kept: the work is a child of what set it off
        try (Scope ignored = lock.makeCurrent()) {
            originSpans.run("promote entrant", null, io.opentelemetry.api.common.Attributes.empty(),
                    () -> made[0] = ((io.opentelemetry.sdk.trace.ReadableSpan) Span.current()).toSpanData());
        }
        assertThat(made[0].getTraceId()).isEqualTo(lock.getSpanContext().getTraceId());
        assertThat(made[0].getLinks()).isEmpty();
    }

    @Test
    void anEventWrittenWithNoSpanCarriesNoTraceContext() {
        UUID promotion = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(new PromotionRevoked(promotion, UUID.randomUUID(),
                new EventRef("trace-test", "trace-test", Level.CITY), "no span"), promotion.toString(), null));
        TracedConsumer.Seen seen = await().atMost(Duration.ofSeconds(60))
                .until(() -> TracedConsumer.SEEN.get(promotion), s -> s != null);
        assertThat(seen.header()).isNull();
        // the handling span starts a trace of its own, which the follow-up carries on
        assertThat(seen.parentSpanId()).isEqualTo(SpanContext.getInvalid().getSpanId());
        assertThat(seen.traceId()).isNotEqualTo(SpanContext.getInvalid().getTraceId());
    }
}
