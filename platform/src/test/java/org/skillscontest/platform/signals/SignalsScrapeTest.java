package org.skillscontest.platform.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Topics;

/**
 * A real scrape of {@code /q/metrics} with the real broker and database: every signal the platform
 * makes in each service (outbox backlog, dead letters) and the Kafka consumers' lag is there under the
 * name {@link Signal} gives it, and a record sent to a dead-letter topic moves that topic's counter.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class SignalsScrapeTest {

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void everySignalOfThePlatformAndTheKafkaClientIsScraped() {
        List<String> expected = Stream.concat(Signal.from(Signal.Source.PLATFORM).stream(),
                Signal.from(Signal.Source.KAFKA_CLIENT).stream()).map(Signal::prometheusName).toList();
        // the consumers' lag appears once they were assigned their partitions and fetched
        Topics.send("platform.probes", "lag", UUID.randomUUID().toString(), "{\"id\":\"" + UUID.randomUUID() + "\",\"action\":\"ok\"}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Scrape.of(metrics).names()).containsAll(expected));
        Scrape scrape = Scrape.of(metrics);
        assertThat(scrape.value(Signal.CONSUMER_RECORDS_LAG.prometheusName(), Map.of("topic", "platform.probes")))
                .as("lag of platform.probes among %s", scrape.series().stream()
                        .filter(s -> s.name().equals(Signal.CONSUMER_RECORDS_LAG.prometheusName())).toList())
                .isPresent();
        assertThat(scrape.value(Signal.DEAD_LETTER_RECORDS.prometheusName(),
                Map.of("topic", "platform.probe-batches.dlq", "source_topic", "platform.probe-batches"))).isPresent();
    }

    @Test
    void aRecordSentToTheDeadLetterTopicIsCountedThere() {
        Map<String, String> probesDlq = Map.of("topic", "platform.probes.dlq", "source_topic", "platform.probes");
        String name = Signal.DEAD_LETTER_RECORDS.prometheusName();
        await().atMost(Duration.ofSeconds(60)).until(() -> Scrape.of(metrics).value(name, probesDlq).isPresent());
        double before = Scrape.of(metrics).value(name, probesDlq).getAsDouble();
        String poison = UUID.randomUUID().toString();
        Topics.send("platform.probes", "dlq-count", poison, "{\"id\":\"" + poison + "\",\"action\":\"poison\"}");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Scrape.of(metrics).value(name, probesDlq).getAsDouble() >= before + 1);
    }
}
