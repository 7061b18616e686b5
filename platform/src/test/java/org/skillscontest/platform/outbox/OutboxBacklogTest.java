package org.skillscontest.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.platform.signals.Scrape;
import org.skillscontest.platform.signals.Signal;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * The backlog gauges as a scrape shows them: while another instance holds the relay's turn (here, the
 * test holding its lock) a committed event waits, the backlog counts it and its age grows; once the
 * turn is free, the relay sends it and both fall back to 0.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class OutboxBacklogTest {

    @Inject
    Outbox outbox;

    @Inject
    DataSource db;

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void aWaitingEventShowsInTheBacklogUntilItIsSent() throws Exception {
        String unsent = Signal.OUTBOX_UNSENT_EVENTS.prometheusName();
        String age = Signal.OUTBOX_OLDEST_UNSENT_AGE.prometheusName();
        try (Connection peer = db.getConnection()) {
            peer.setAutoCommit(false);
            try (PreparedStatement lock = peer.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, UnsentRows.RELAY_LOCK);
                lock.execute();
            }
            String key = "backlog-" + UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(
                    new EntryWithdrawn(UUID.randomUUID(), UUID.randomUUID(), "backlog-test", key, "waits", null), key, null));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Scrape scrape = Scrape.of(metrics);
                assertThat(scrape.value(unsent, Map.of()).orElse(Double.NaN)).isGreaterThanOrEqualTo(1);
                assertThat(scrape.value(age, Map.of()).orElse(Double.NaN)).isGreaterThan(1);
            });
            peer.rollback(); // the relay's turn is free again
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape scrape = Scrape.of(metrics);
            assertThat(scrape.value(unsent, Map.of()).orElse(Double.NaN)).isZero();
            assertThat(scrape.value(age, Map.of()).orElse(Double.NaN)).isZero();
        });
    }
}
