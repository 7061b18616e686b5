package org.skillscontest.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker per test JVM: a container where Docker answers, otherwise Kafka's own KRaft
 * broker in this JVM (the same release as the clients). Stopped when the JVM exits.
 */
public final class KafkaBroker {

    private static String bootstrapServers;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = Docker.available() ? startContainer() : startEmbedded();
        }
        return bootstrapServers;
    }

    private static String startContainer() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop));
        return kafka.getBootstrapServers();
    }

    private static String startEmbedded() {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(p -> {
                    p.put("num.partitions", "3");
                    p.put("group.initial.rebalance.delay.ms", "0");
                })
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        return broker.getAdvertisedListeners();
    }
}
