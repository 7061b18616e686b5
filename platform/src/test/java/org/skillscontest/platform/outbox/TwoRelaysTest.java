package org.skillscontest.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.KafkaBroker;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * Two instances of a service share one outbox: both relays run passes as fast as they can while
 * events are committed on many keys, and every key's events still reach the topic in commit order.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class TwoRelaysTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    UnsentRows rows;

    @Inject
    Clock clock;

    @Inject
    Config config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    EntityManager em;

    @Test
    void perKeyOrderHoldsWithTwoRelaysOnOneOutbox() throws Exception {
        // the second instance: its own relay and producer on the same outbox, small batches to interleave often
        OutboxRelay peer = new OutboxRelay(rows, new CloudEventSender(kafka, config, "platform-test-peer", Duration.ofSeconds(30)),
                clock, 7);
        RelayedEvents events = new RelayedEvents();
        AtomicBoolean publishing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int w = writer;
                work.add(threads.submit(() -> {
                    for (int n = 0; n < 60; n++) {
                        for (int k = w * 5; k < w * 5 + 5; k++) {
                            events.publishOne(outbox, events.key(k), n);
                        }
                    }
                }));
            }
            for (OutboxRelay instance : List.of(relay, peer)) {
                threads.submit(() -> {
                    while (publishing.get()) {
                        instance.relay();
                    }
                });
            }
            for (Future<?> f : work) {
                f.get(5, TimeUnit.MINUTES);
            }
            publishing.set(false);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                relay.relay();
                return unsent() == 0;
            });
            assertThat(events.total()).isEqualTo(4 * 60 * 5);
            events.assertAllDeliveredInOrder(KafkaBroker.bootstrapServers());
        } finally {
            publishing.set(false);
            threads.shutdown();
            threads.awaitTermination(1, TimeUnit.MINUTES);
            peer.stop();
        }
    }

    private long unsent() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outbox where sent_at is null").getSingleResult()).longValue());
    }
}
