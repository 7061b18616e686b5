package org.skillscontest.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.skillscontest.platform.tracing.RecordSpans;
import org.skillscontest.platform.tracing.TraceContext;

/**
 * The {@link Inbox} for a channel consumed in batches (a poll's worth of records at once): the
 * batch is deduplicated and applied in one transaction, so a bulk intake of thousands of entrants
 * costs a few commits, not thousands.
 *
 * <p>A transient failure (the database away, a lock timeout) holds the batch and tries it again until
 * it goes through; none of its records reaches the dead-letter topic for it. Dead-lettering stays
 * per record. SmallRye's nack of a batch would send every record of it to
 * the dead-letter topic, so the batch is never nacked: when its transaction fails, it is rolled back
 * and the records are taken again one transaction each; those that fail on their own are nacked one
 * by one (each goes through the channel's failure strategy, with its reason), the others are applied.
 *
 * <p>Acknowledgement: in batch mode the connector tracks, for committing offsets, only the last
 * record of each partition in the batch. The failed records are nacked first, in offset order (the
 * dead-letter strategy acknowledges each once it is on the dead-letter topic); then the last record
 * of each partition is acknowledged unless it was one of them. No offset is committed past a record
 * before that record is applied or on the dead-letter topic.
 */
@ApplicationScoped
public class BatchInbox {

    private static final Logger LOG = Logger.getLogger(BatchInbox.class);

    private final Inbox inbox;
    private final TransientRetry retry;
    private final RecordSpans spans;

    public BatchInbox(Inbox inbox, TransientRetry retry, RecordSpans spans) {
        this.inbox = inbox;
        this.retry = retry;
        this.spans = spans;
    }

    /**
     * Applies {@code effect} to the values of the batch's records never processed before, and
     * acknowledges the batch. Call it from a blocking consumer method that acknowledges manually;
     * the answer completes once every record is acknowledged or on its dead-letter topic.
     */
    public <T> CompletionStage<Void> receive(KafkaRecordBatch<String, String> batch, Class<T> type, Consumer<List<T>> effect) {
        return receiveWithTraces(batch, type, received -> effect.accept(received.stream().map(Received::value).toList()));
    }

    /** {@link #receive}, each value with the trace context its record carried. */
    public <T> CompletionStage<Void> receiveWithTraces(KafkaRecordBatch<String, String> batch, Class<T> type,
                                                       Consumer<List<Received<T>>> effect) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        if (records.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<ConsumerRecord<String, String>> consumed = new ArrayList<>(records.size());
        records.forEach(r -> consumed.add(consumerRecord(r)));
        String what = "a batch of " + records.size() + " from " + Inbox.describe(consumed.get(0));
        try {
            // a transient failure (the database away) holds the whole batch until it goes through
            spans.processAll(consumed, () -> {
                retry.run(what, () -> QuarkusTransaction.requiringNew().run(() -> inbox.receiveAllWithTraces(consumed, type, effect)));
                return null;
            });
            return batch.ack();
        } catch (DeliveryDeferredException e) {
            throw e; // stopping during an outage: nothing acknowledged, all of it comes again after the restart
        } catch (RuntimeException e) {
            LOG.warnf("%s failed as a whole (%s); taking them one at a time", what, reason(e).getMessage());
        }
        Map<KafkaRecord<String, String>, Throwable> failed = new IdentityHashMap<>();
        List<KafkaRecord<String, String>> failedInOrder = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = consumed.get(i);
            try {
                inbox.consume(record, type, value -> effect.accept(List.of(new Received<>(value, TraceContext.of(record.headers())))));
            } catch (DeliveryDeferredException e) {
                throw e;
            } catch (RuntimeException e) {
                failed.put(records.get(i), reason(e));
                failedInOrder.add(records.get(i));
            }
        }
        CompletionStage<Void> done = CompletableFuture.completedFuture(null);
        for (KafkaRecord<String, String> record : failedInOrder) {
            done = done.thenCompose(ignored -> record.nack(failed.get(record)));
        }
        Set<KafkaRecord<String, String>> nacked = Collections.newSetFromMap(new IdentityHashMap<>());
        nacked.addAll(failedInOrder);
        return done.thenCompose(ignored -> CompletableFuture.allOf(batch.getLatestOffsetRecords().values().stream()
                .filter(last -> !nacked.contains(last))
                .map(last -> last.ack().toCompletableFuture())
                .toArray(CompletableFuture[]::new)));
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> (ConsumerRecord<String, String>) m.getRecord())
                .orElseThrow(() -> new IllegalStateException("not an incoming Kafka record: " + record));
    }

    /** What the dead-letter topic should say: the unprocessable cause if there is one, else the failure itself. */
    private static Throwable reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnprocessableEventException) {
                return t;
            }
        }
        return failure;
    }
}
