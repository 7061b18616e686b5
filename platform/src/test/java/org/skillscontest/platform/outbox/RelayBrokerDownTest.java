package org.skillscontest.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * The relay with its broker away: the transactions that wrote events commit, the rows stay unsent,
 * readiness is DOWN; once the broker is there, every row goes out, each key in commit order, and
 * readiness is UP again by itself.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
@TestProfile(RelayBrokerDownTest.AbsentBroker.class)
class RelayBrokerDownTest {

    /** The relay's producer points at a port where no broker listens yet. */
    public static class AbsentBroker implements QuarkusTestProfile {
        // the profile is also loaded by the application's class loader: one port for both, through the JVM
        static final int PORT = Integer.parseInt(System.getProperties().computeIfAbsent("relay-test.broker-port",
                k -> String.valueOf(freePort())).toString());

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbox.producer.bootstrap.servers", "127.0.0.1:" + PORT,
                    "outbox.producer.max.block.ms", "1000",
                    "outbox.producer.delivery.timeout.ms", "3000",
                    "outbox.producer.request.timeout.ms", "2000",
                    "outbox.relay.ack-timeout", "PT5S");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @TestHTTPResource("/q/health/ready")
    URI readiness;

    @Test
    void eventsCommittedWhileTheBrokerIsAwayGoOutInOrderWhenItIsBack() throws Exception {
        RelayedEvents events = new RelayedEvents();
        events.publish(outbox, 5, 40);

        await().atMost(Duration.ofSeconds(60)).until(() -> relay.failingSince() != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> readinessStatus() == 503);
        assertThat(unsent()).isEqualTo(events.total());

        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().withKafkaPort(AbsentBroker.PORT).withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(p -> p.put("num.partitions", "3")).start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getAdvertisedListeners()))) {
            // as every deployment does (the stack, the manifests): the contract's topics exist before services run
            createTopic(admin);
            await().atMost(Duration.ofSeconds(90)).until(() -> unsent() == 0);
            events.assertAllDeliveredInOrder(broker.getAdvertisedListeners());
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.failingSince() == null);
            await().atMost(Duration.ofSeconds(30)).until(() -> readinessStatus() == 200);
        } finally {
            broker.close();
        }
    }

    /** The relay's producer may have had the broker create it already, on its first metadata request. */
    private static void createTopic(Admin admin) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(RelayedEvents.TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private long unsent() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select coalesce(sum(events), 0) from outbox where sent_at is null").getSingleResult()).longValue());
    }

    private int readinessStatus() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
