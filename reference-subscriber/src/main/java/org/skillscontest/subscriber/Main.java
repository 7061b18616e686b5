package org.skillscontest.subscriber;

import java.time.Instant;
import java.util.Optional;

/**
 * Runs the reference subscriber until it is stopped (SIGTERM, Ctrl-C). Configured from the environment:
 * <pre>
 * KAFKA_BOOTSTRAP_SERVERS   127.0.0.1:9092
 * SUBSCRIBER_GROUP_ID       reference-subscriber        (its consumer group: its position on the topics)
 * SUBSCRIBER_DLQ_TOPIC      reference-subscriber.dlq
 * SUBSCRIBER_JDBC_URL       jdbc:postgresql://127.0.0.1:5432/subscriber
 * SUBSCRIBER_JDBC_USER      postgres
 * SUBSCRIBER_JDBC_PASSWORD  (empty)
 * SUBSCRIBER_REPLAY_FROM    e.g. 2026-12-01T00:00:00Z: read again from the first record at or after that time
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        String group = env("SUBSCRIBER_GROUP_ID", Subscriber.Settings.DEFAULT_GROUP);
        Subscriber.Settings settings = new Subscriber.Settings(
                env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"), group, env("SUBSCRIBER_DLQ_TOPIC", group + ".dlq"),
                env("SUBSCRIBER_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/subscriber"), env("SUBSCRIBER_JDBC_USER", "postgres"),
                env("SUBSCRIBER_JDBC_PASSWORD", ""), Optional.ofNullable(System.getenv("SUBSCRIBER_REPLAY_FROM"))
                .filter(s -> !s.isBlank()).map(Instant::parse));
        Subscriber subscriber = new Subscriber(settings).start();
        Runtime.getRuntime().addShutdownHook(new Thread(subscriber::close, "shutdown"));
        subscriber.awaitStopped(); // until the shutdown hook stops it
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
