package org.skillscontest.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox records to Kafka as CloudEvents in binary mode, with the headers SmallRye's Kafka
 * connector writes for an outgoing CloudEvent and reads on the consumers' side, through the relay's
 * own idempotent producer, and waits until the broker acknowledged every one. Not thread-safe: the
 * relay calls it from one pass at a time.
 */
@ApplicationScoped
class CloudEventSender {

    private static final byte[] SPEC_VERSION = utf8("1.0");
    private static final byte[] JSON = utf8("application/json");

    private final Map<String, Object> producerConfig;
    private final URI source;
    private final Duration ackTimeout;
    private Producer<String, String> producer;
    private boolean closed;

    CloudEventSender(@Identifier("default-kafka-broker") Map<String, Object> kafka, Config config,
                     @ConfigProperty(name = "quarkus.application.name") String service,
                     @ConfigProperty(name = "outbox.relay.ack-timeout", defaultValue = "PT30S") Duration ackTimeout) {
        this.producerConfig = producerConfig(kafka, config, service);
        this.source = URI.create("/" + service);
        this.ackTimeout = ackTimeout;
    }

    /**
     * The relay's own producer: the {@code kafka.*} settings every client of the service shares
     * (brokers, security), then {@code outbox.producer.*} (acks=all, idempotence, batching). The relay
     * hands it whole batches of records; through an emitter, one message at a time, relaying cost more
     * CPU than the intake that wrote the rows.
     */
    private static Map<String, Object> producerConfig(Map<String, Object> kafka, Config config, String service) {
        Map<String, Object> settings = new HashMap<>(kafka);
        String prefix = "outbox.producer.";
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix)) {
                settings.put(name.substring(prefix.length()), config.getValue(name, String.class));
            }
        }
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-" + service);
        return settings;
    }

    Duration ackTimeout() {
        return ackTimeout;
    }

    /**
     * Sends the records in order and returns once the broker acknowledged all of them. Stops at the
     * first failure: a later record of the same key must not overtake a failed one, so nothing more
     * is handed to the producer after it, and the producer is dropped with whatever it still held.
     */
    void sendAll(List<Unsent.Outgoing> records) throws Exception {
        Producer<String, String> producer = producer();
        List<CompletableFuture<Void>> acks = new ArrayList<>(records.size());
        CompletableFuture<Void> failed = new CompletableFuture<>();
        try {
            for (Unsent.Outgoing record : records) {
                if (failed.isCompletedExceptionally()) {
                    failed.join();
                }
                CompletableFuture<Void> ack = send(producer, record);
                ack.whenComplete((ok, failure) -> {
                    if (failure != null) {
                        failed.completeExceptionally(failure);
                    }
                });
                acks.add(ack);
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException | InterruptedException e) {
            discard();
            throw e;
        }
    }

    /** Closes the producer, waiting a little for what it still sends; no records after this. */
    void close() {
        closed = true;
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private Producer<String, String> producer() {
        if (closed) {
            throw new IllegalStateException("the outbox relay has stopped");
        }
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig);
        }
        return producer;
    }

    /**
     * After a failed batch the producer may still hold some of its records and deliver them later,
     * after records sent next: drop it with what it holds, so the next pass sends the rows again, in
     * order, through a fresh producer (a record delivered twice keeps its {@code ce_id}).
     */
    private void discard() {
        Producer<String, String> failed = producer;
        producer = null;
        if (failed != null) {
            failed.close(Duration.ZERO);
        }
    }

    private CompletableFuture<Void> send(Producer<String, String> producer, Unsent.Outgoing row) {
        Headers headers = new RecordHeaders()
                .add("ce_specversion", SPEC_VERSION)
                .add("ce_id", utf8(row.id().toString()))
                .add("ce_type", utf8(row.type()))
                .add("ce_source", utf8(source.toString()))
                .add("content-type", JSON);
        if (row.subject() != null) {
            headers.add("ce_subject", utf8(row.subject()));
        }
        headers.add("ce_time", utf8(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.createdAt().atZone(ZoneOffset.UTC))));
        if (row.trace() != null) {
            // the consumer's span continues the trace of the span that wrote the row (platform tracing/RecordSpans)
            row.trace().headers().forEach(h -> headers.add(h.getKey(), h.getValue()));
        }
        CompletableFuture<Void> acked = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers), (metadata, failure) -> {
            if (failure == null) {
                acked.complete(null);
            } else {
                acked.completeExceptionally(failure);
            }
        });
        return acked;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
