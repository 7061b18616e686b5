package org.skillscontest.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The consumers' spans: one per handled record, a child of the context its headers carry (the span
 * that wrote the record's outbox row in the service that sent it), current while the record's
 * transaction runs, so the events it writes to the outbox carry the same trace further on.
 *
 * <p>With {@code quarkus.otel.sdk.disabled=true} (the default) the SDK still makes spans, it only
 * exports none; a no-op tracer would make the incoming context current as it is. Either way the
 * trace passes on through a service that does not export it.
 */
@ApplicationScoped
public class RecordSpans {

    private final Tracer tracer;

    public RecordSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Runs {@code work} for one record inside its span; an exception marks the span failed and goes on. */
    public <T> T process(ConsumerRecord<String, String> record, Supplier<T> work) {
        Span span = start(record, TraceContext.fromHeaders(record.headers())).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Runs {@code work} for a batch of records: a span per record as the child of its own context,
     * and the batch's work in a span of its own that continues the first record's trace and links the
     * others (one transaction serves them all, so it can have one parent only).
     */
    public <T> T processAll(List<ConsumerRecord<String, String>> records, Supplier<T> work) {
        List<Span> each = new ArrayList<>(records.size());
        SpanBuilder batch = tracer.spanBuilder("process " + records.get(0).topic() + " batch")
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", records.get(0).topic())
                .setAttribute("messaging.batch.message_count", (long) records.size());
        for (int i = 0; i < records.size(); i++) {
            Context parent = TraceContext.fromHeaders(records.get(i).headers());
            each.add(start(records.get(i), parent).startSpan());
            if (i == 0) {
                batch.setParent(parent);
            } else {
                batch.addLink(Span.fromContext(parent).getSpanContext());
            }
        }
        Span span = batch.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
            each.forEach(Span::end);
        }
    }

    private SpanBuilder start(ConsumerRecord<String, String> record, Context parent) {
        SpanBuilder span = tracer.spanBuilder("process " + record.topic())
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset());
        Header id = record.headers().lastHeader("ce_id");
        if (id != null && id.value() != null) {
            span.setAttribute("messaging.message.id", new String(id.value(), StandardCharsets.UTF_8));
        }
        return span;
    }

    private static void failed(Span span, RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
    }
}
