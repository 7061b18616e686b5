package org.skillscontest.platform.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Spans for work done on behalf of something received long before, in another trace: a promotion is
 * set off by the chief judge's lock, but it is the next step of the entrant's journey that began with
 * the federation's intake. The span continues the origin's trace (so one trace runs from the intake
 * to the promotion one level up, and on) and links the span that set the work off (the lock's trace).
 */
@ApplicationScoped
public class OriginSpans {

    private final Tracer tracer;

    public OriginSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Runs {@code work} in a span named {@code name}, a child of {@code origin} (of the current span if
     * the origin is unknown: received before traces were kept), linked to the current span. Events the
     * work writes to the outbox carry this span.
     */
    public void run(String name, TraceContext origin, Attributes attributes, Runnable work) {
        SpanContext cause = Span.current().getSpanContext();
        SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(SpanKind.INTERNAL).setAllAttributes(attributes);
        io.opentelemetry.context.Context parent = origin == null ? null : origin.asParent();
        if (parent != null && Span.fromContext(parent).getSpanContext().isValid()) {
            builder.setParent(parent);
            if (cause.isValid()) {
                builder.addLink(cause);
            }
        }
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
