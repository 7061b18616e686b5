package org.skillscontest.platform.inbox;

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

/**
 * The consumers' failure strategy ({@code failure-strategy=poison-to-dead-letter-queue}): a record
 * that can never be processed goes to the channel's dead-letter topic, as with SmallRye's
 * {@code dead-letter-queue}; a record that failed only because a dependency is away (which reaches
 * here only when the service stops during the outage, see {@link TransientRetry}) is neither
 * dead-lettered nor acknowledged, so its offset is not committed and it comes back after the restart.
 */
@ApplicationScoped
@Identifier(PoisonOnlyDeadLetters.NAME)
public class PoisonOnlyDeadLetters implements KafkaFailureHandler.Factory {

    public static final String NAME = "poison-to-dead-letter-queue";

    private static final Logger LOG = Logger.getLogger(PoisonOnlyDeadLetters.class);

    private final KafkaFailureHandler.Factory deadLetters;

    public PoisonOnlyDeadLetters(@Identifier("dead-letter-queue") KafkaFailureHandler.Factory deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler poison = deadLetters.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (DeliveryFailures.isTransient(reason)) {
                    LOG.infof("%s-%d@%d not acknowledged (%s): delivered again after the restart", record.getTopic(),
                            record.getPartition(), record.getOffset(), reason.getMessage());
                    return Uni.createFrom().nothing();
                }
                return poison.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                poison.terminate();
            }
        };
    }
}
