package org.skillscontest.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A span's W3C trace context ({@code traceparent}, {@code tracestate}) as the outbox stores it and
 * the relay sends it in Kafka headers. The services publish through their own producer and consume
 * through the inbox, where no automatic instrumentation links one service's span to the next: this
 * carries the link by hand, always with the W3C format, whatever propagators the SDK is given.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** The column's size; a longer tracestate is dropped (the spec lets a hop drop it), never cut. */
    static final int MAX_TRACESTATE = 512;

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            if (headers == null) {
                return null;
            }
            Header header = headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /**
     * The current span's context, or null when there is none to continue (a timer's work, or tracing
     * switched off with no context come in from a request or a record).
     */
    public static TraceContext current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        String parent = carrier.get(TRACEPARENT);
        if (parent == null) {
            return null;
        }
        String state = carrier.get(TRACESTATE);
        return new TraceContext(parent, kept(state));
    }

    /** The context a record's headers carry as it came, or null when they carry none. */
    public static TraceContext of(Headers headers) {
        String parent = KAFKA_HEADERS.get(headers, TRACEPARENT);
        if (parent == null) {
            return null;
        }
        String state = KAFKA_HEADERS.get(headers, TRACESTATE);
        return new TraceContext(parent, kept(state));
    }

    /** A tracestate as a hop passes it on: dropped when empty or longer than the column (the spec lets a hop drop it). */
    private static String kept(String state) {
        return state == null || state.isEmpty() || state.length() > MAX_TRACESTATE ? null : state;
    }

    /** This context as a remote parent (root if it is not a valid one). */
    public Context asParent() {
        Map<String, String> carrier = tracestate == null
                ? Map.of(TRACEPARENT, traceparent)
                : Map.of(TRACEPARENT, traceparent, TRACESTATE, tracestate);
        return W3C.extract(Context.root(), carrier, MAP);
    }

    /** The remote context a record's headers carry, as a parent for the span that handles it (root if none). */
    public static Context fromHeaders(Headers headers) {
        return W3C.extract(Context.root(), headers, KAFKA_HEADERS);
    }

    /** The header names and values to send with a record. */
    public List<Map.Entry<String, byte[]>> headers() {
        return tracestate == null
                ? List.of(Map.entry(TRACEPARENT, utf8(traceparent)))
                : List.of(Map.entry(TRACEPARENT, utf8(traceparent)), Map.entry(TRACESTATE, utf8(tracestate)));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
