package org.skillscontest.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;
import org.skillscontest.platform.signals.Signal;

/**
 * The consumers' failure strategy ({@code failure-strategy=poison-to-dead-letter-queue}): a record
 * that can never be processed goes to the channel's dead-letter topic, as with SmallRye's
 * {@code dead-letter-queue}; a record that failed only because a dependency is away (which reaches
 * here only when the service stops during the outage, see {@link TransientRetry}) is neither
 * dead-lettered nor acknowledged, so its offset is not committed and it comes back after the restart.
 *
 * <p>Each record written to a dead-letter topic counts in {@link Signal#DEAD_LETTER_RECORDS}, tagged
 * with the dead-letter topic and the topic the record came from, once the broker took it.
 */
@ApplicationScoped
@Identifier(PoisonOnlyDeadLetters.NAME)
public class PoisonOnlyDeadLetters implements KafkaFailureHandler.Factory {

    public static final String NAME = "poison-to-dead-letter-queue";

    private static final Logger LOG = Logger.getLogger(PoisonOnlyDeadLetters.class);

    private final KafkaFailureHandler.Factory deadLetters;
    private final MeterRegistry registry;

    public PoisonOnlyDeadLetters(@Identifier("dead-letter-queue") KafkaFailureHandler.Factory deadLetters, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler poison = deadLetters.create(config, vertx, consumer, reportFailure);
        // SmallRye's default name when the channel sets none; registered now, at 0, so "nothing dead-lettered" is a figure
        String deadLetterTopic = config.getDeadLetterQueueTopic().orElse("dead-letter-topic-" + config.getChannel());
        Counter sent = Counter.builder(Signal.DEAD_LETTER_RECORDS.meterName())
                .description("Records this service sent to a dead-letter topic")
                .tag("topic", deadLetterTopic)
                .tag("source_topic", config.getTopic().orElse(config.getChannel()))
                .register(registry);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (DeliveryFailures.isTransient(reason)) {
                    LOG.infof("%s-%d@%d not acknowledged (%s): delivered again after the restart", record.getTopic(),
                            record.getPartition(), record.getOffset(), reason.getMessage());
                    return Uni.createFrom().nothing();
                }
                return poison.handle(record, reason, metadata).invoke(() -> sent.increment());
            }

            @Override
            public void terminate() {
                poison.terminate();
            }
        };
    }
}
