package org.skillscontest.platform.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Topics;

/**
 * A real scrape of {@code /q/metrics} with the real broker and database: every signal the platform
 * makes in each service is there under the name {@link Signal} gives it; a record sent to a
 * dead-letter topic moves that topic's counter; records held behind one that waits for the database
 * show as the topic's consumer lag until they are applied.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class SignalsScrapeTest {

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Inject
    DataSource db;

    @Test
    void everySignalOfThePlatformIsScraped() {
        List<String> expected = Signal.from(Signal.Source.PLATFORM).stream().map(Signal::prometheusName).toList();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Scrape.of(metrics).names()).containsAll(expected));
        Scrape scrape = Scrape.of(metrics);
        // one lag gauge per topic an incoming channel reads, one dead-letter counter per channel, from the start
        for (String topic : List.of("platform.probes", "platform.probe-batches", "ranking.promotion-revoked.v1")) {
            assertThat(scrape.value(Signal.CONSUMER_LAG.prometheusName(), Map.of("topic", topic))).as(topic).isPresent();
        }
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
        Topics.send("platform.probes", "dlq-count", poison, probe(poison, "poison"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Scrape.of(metrics).value(name, probesDlq).getAsDouble() >= before + 1);
    }

    @Test
    void recordsHeldBehindAWaitingOneAreTheTopicsLagUntilApplied() throws Exception {
        String lag = Signal.CONSUMER_LAG.prometheusName();
        Map<String, String> probes = Map.of("topic", "platform.probes");
        String key = "lag-" + UUID.randomUUID();
        try (Connection holder = db.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("select id from probe_gate where id = 1 for update");
            Topics.send("platform.probes", key, UUID.randomUUID().toString(), probe(UUID.randomUUID().toString(), "gate"));
            for (int i = 0; i < 3; i++) {
                Topics.send("platform.probes", key, UUID.randomUUID().toString(), probe(UUID.randomUUID().toString(), "ok"));
            }
            // the gated record and the three behind it on its partition are not committed
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Scrape.of(metrics).value(lag, probes).orElse(Double.NaN) >= 4);
            holder.rollback();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Scrape.of(metrics).value(lag, probes).orElse(Double.NaN) == 0);
    }

    private static String probe(String id, String action) {
        return "{\"id\":\"" + id + "\",\"action\":\"" + action + "\"}";
    }
}
