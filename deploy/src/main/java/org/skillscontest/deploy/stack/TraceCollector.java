package org.skillscontest.deploy.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.BufferedWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * A local stand-in for an OpenTelemetry collector: it takes what the services export by OTLP over
 * HTTP (protobuf, {@code /v1/traces}), keeps the spans and writes each as one JSON line to a file, so
 * that a run's traces can be read, compared and shown without a tracing backend. Operators point the
 * services at their real collector instead (README, "Signals").
 */
public final class TraceCollector implements AutoCloseable {

    /** One finished span as a service exported it; ids in hex, times in epoch nanoseconds. */
    public record ExportedSpan(String traceId, String spanId, String parentSpanId, String service, String name, String kind,
                               long startNanos, long endNanos, Map<String, String> attributes, List<String> linkedTraces) {

        public long durationMicros() {
            return (endNanos - startNanos) / 1_000;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final Path path;
    private final BufferedWriter file;
    private final List<ExportedSpan> spans = new ArrayList<>();

    private TraceCollector(HttpServer server, Path path, BufferedWriter file) {
        this.server = server;
        this.path = path;
        this.file = file;
    }

    /** Listens on a free local port and appends the spans it receives to {@code file}. */
    public static TraceCollector start(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TraceCollector collector = new TraceCollector(server, file.toAbsolutePath(), Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING));
            server.createContext("/", collector::receive);
            server.setExecutor(Executors.newSingleThreadExecutor());
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JVM options that make a service export its traces here (tracing is off by default). */
    public List<String> serviceOptions() {
        return List.of("-Dquarkus.otel.sdk.disabled=false",
                "-Dquarkus.otel.exporter.otlp.endpoint=http://127.0.0.1:" + server.getAddress().getPort(),
                "-Dquarkus.otel.exporter.otlp.protocol=http/protobuf",
                // short batches: a span is here within a second, and little is lost when a test kills a service
                "-Dquarkus.otel.bsp.schedule.delay=200ms");
    }

    /** Where the spans are written, one JSON object per line. */
    public Path file() {
        return path;
    }

    /** The trace id of the context a record carries (its {@code traceparent} header), or null. */
    public static String traceId(ConsumerRecord<String, String> record) {
        Header parent = record.headers().lastHeader("traceparent");
        if (parent == null || parent.value() == null) {
            return null;
        }
        String[] fields = new String(parent.value(), StandardCharsets.UTF_8).split("-");
        return fields.length == 4 ? fields[1] : null;
    }

    /** Every span received so far. */
    public synchronized List<ExportedSpan> spans() {
        return List.copyOf(spans);
    }

    /** The spans of one trace, in start order. */
    public synchronized List<ExportedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId))
                .sorted(Comparator.comparingLong(ExportedSpan::startNanos)).toList();
    }

    /** A trace as an indented tree: service, span, duration, the attributes that say what it was about. */
    public String describe(String traceId) {
        List<ExportedSpan> trace = trace(traceId);
        StringBuilder out = new StringBuilder("trace " + traceId + " (" + trace.size() + " spans)\n");
        long first = trace.isEmpty() ? 0 : trace.get(0).startNanos();
        List<String> ids = trace.stream().map(ExportedSpan::spanId).toList();
        for (ExportedSpan root : trace) {
            if (root.parentSpanId().isEmpty() || !ids.contains(root.parentSpanId())) {
                describe(root, trace, 0, first, out);
            }
        }
        return out.toString();
    }

    private static void describe(ExportedSpan span, List<ExportedSpan> trace, int depth, long first, StringBuilder out) {
        out.append(String.format("%9.3f s  %s%-13s %s  %,d µs", (span.startNanos() - first) / 1e9, "  ".repeat(depth),
                span.service(), span.name(), span.durationMicros()));
        span.attributes().forEach((k, v) -> {
            if (k.startsWith("contest.") || k.equals("http.route") || k.equals("messaging.message.id")) {
                out.append("  ").append(k).append('=').append(v);
            }
        });
        if (!span.linkedTraces().isEmpty()) {
            out.append("  links→").append(span.linkedTraces());
        }
        out.append('\n');
        for (ExportedSpan child : trace) {
            if (child.parentSpanId().equals(span.spanId())) {
                describe(child, trace, depth + 1, first, out);
            }
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            keep(ExportTraceServiceRequest.parseFrom(body));
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private synchronized void keep(ExportTraceServiceRequest request) throws IOException {
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = attributes(resourceSpans.getResource()).getOrDefault("service.name", "?");
            for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
                for (io.opentelemetry.proto.trace.v1.Span s : scope.getSpansList()) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    s.getAttributesList().forEach(kv -> attributes.put(kv.getKey(), text(kv.getValue())));
                    ExportedSpan span = new ExportedSpan(hex(s.getTraceId()), hex(s.getSpanId()), hex(s.getParentSpanId()),
                            service, s.getName(), s.getKind().name().replace("SPAN_KIND_", ""), s.getStartTimeUnixNano(),
                            s.getEndTimeUnixNano(), attributes, s.getLinksList().stream().map(l -> hex(l.getTraceId())).toList());
                    spans.add(span);
                    file.write(JSON.writeValueAsString(span));
                    file.newLine();
                }
            }
        }
        file.flush();
    }

    private static Map<String, String> attributes(Resource resource) {
        Map<String, String> found = new LinkedHashMap<>();
        for (KeyValue kv : resource.getAttributesList()) {
            found.put(kv.getKey(), text(kv.getValue()));
        }
        return found;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString().strip();
        };
    }

    private static String hex(ByteString bytes) {
        return bytes.isEmpty() ? "" : HEX.formatHex(bytes.toByteArray());
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
